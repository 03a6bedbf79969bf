/** The staff search box, in the frame of every screen: it opens the results at /{commune}/agents/recherche/?q=. */
import { useEffect, useState } from 'preact/hooks';
import { tr } from '../../../lib/locale';
import { currentPath, navigate } from '../router';

export const searchPath = (commune: string) => `/${commune}/agents/recherche/`;
export const isSearchPath = (path: string) => /\/agents\/recherche\/?$/.test(path);

export default function SearchBox({ commune }: { commune: string }) {
  const fromUrl = () => (isSearchPath(currentPath.value.split('?')[0]) ? (new URLSearchParams(location.search).get('q') ?? '') : '');
  const [q, setQ] = useState(fromUrl);
  useEffect(() => setQ(fromUrl()), [currentPath.value]);
  return (
    <search class="staff-search-region">
      <form
        class="staff-search"
        data-testid="staff-search"
        onSubmit={(e) => {
          e.preventDefault();
          if (q.trim()) navigate(`${searchPath(commune)}?q=${encodeURIComponent(q.trim())}`);
        }}
      >
        <label for="staff-search-q">{tr('backoffice.search.label')}</label>
        <input
          id="staff-search-q"
          type="search"
          name="q"
          value={q}
          maxLength={100}
          autocomplete="off"
          aria-describedby="staff-search-hint"
          onInput={(e) => setQ(e.currentTarget.value)}
        />
        <span id="staff-search-hint" class="visually-hidden">
          {tr('backoffice.search.hint')}
        </span>
        <button type="submit" class="button small">
          {tr('backoffice.search.submit')}
        </button>
      </form>
    </search>
  );
}
