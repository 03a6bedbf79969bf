/** The agent's saved views of the list: open one, save the current filters under a name, forget one. */
import { useState } from 'preact/hooks';
import { tr } from '../../../lib/locale';
import { deleteView, readViews, saveView, type ListFilters } from './saved-views';

export default function SavedViews({ commune, current, onOpen }: { commune: string; current: ListFilters; onOpen(f: ListFilters): void }) {
  const [views, setViews] = useState(() => readViews(commune));
  const [name, setName] = useState('');
  const [said, setSaid] = useState('');
  return (
    <section class="saved-views" aria-labelledby="saved-views-title" data-testid="saved-views">
      <h2 id="saved-views-title">{tr('workTasks.views.title')}</h2>
      {views.length === 0 ? (
        <p class="hint">{tr('workTasks.views.none')}</p>
      ) : (
        <ul>
          {views.map((v) => (
            <li key={v.name}>
              <button type="button" class="button secondary small" onClick={() => onOpen(v.filters)}>
                {v.name}
              </button>{' '}
              <button
                type="button"
                class="button secondary small"
                onClick={() => {
                  setViews(deleteView(commune, v.name));
                  setSaid(tr('workTasks.views.deleted', { name: v.name }));
                }}
              >
                {tr('workTasks.views.delete')}
                <span class="visually-hidden"> {v.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const n = name.trim();
          if (!n) return setSaid(tr('workTasks.views.nameFirst'));
          setViews(saveView(commune, { name: n.slice(0, 60), filters: current }));
          setName('');
          setSaid(tr('workTasks.views.saved', { name: n }));
        }}
      >
        <div class="field">
          <label for="view-name">{tr('workTasks.views.name')}</label>
          <input id="view-name" type="text" maxLength={60} value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </div>
        <button type="submit" class="button secondary">
          {tr('workTasks.views.save')}
        </button>
      </form>
      <p role="status" aria-live="polite">
        {said}
      </p>
    </section>
  );
}
