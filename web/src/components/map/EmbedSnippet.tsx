/** The <iframe> a commune pastes into its own website: the embed page (map and list, no site header, the commune's colours). */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { locale, tr } from '../../lib/locale';

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedCode(origin: string, commune: Pick<PublicCommuneConfig, 'id' | 'name'>, lang: string, title: string): string {
  const src = `${origin}/${commune.id}/carte/integrer/${lang === 'fr' ? '' : `?lang=${lang}`}`;
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="760" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

export default function EmbedSnippet({ commune }: { commune: PublicCommuneConfig }) {
  const [origin, setOrigin] = useState('');
  const [status, setStatus] = useState<'' | 'copied' | 'failed'>('');
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => setOrigin(window.location.origin), []);
  const code = origin ? embedCode(origin, commune, locale.value, tr('map.embed.frameTitle', { commune: commune.name })) : '';

  const copy = async () => {
    area.current?.select();
    try {
      await navigator.clipboard.writeText(code);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <section class="map-embed" aria-labelledby="map-embed-title">
      <h2 id="map-embed-title">{tr('map.embed.title')}</h2>
      <p>{tr('map.embed.intro')}</p>
      <div class="field">
        <label for="map-embed-code">{tr('map.embed.label')}</label>
        <textarea
          id="map-embed-code"
          ref={area}
          readOnly
          rows={4}
          spellcheck={false}
          class="code"
          data-testid="map-embed-snippet"
          value={code}
          onFocus={(e) => (e.target as HTMLTextAreaElement).select()}
        />
      </div>
      <div class="button-row">
        <button type="button" class="button secondary" onClick={copy} disabled={!code}>
          {tr('map.embed.copy')}
        </button>
        <span role="status" class="status">
          {status === 'copied' ? tr('map.embed.copied') : status === 'failed' ? tr('map.embed.copyFailed') : ''}
        </span>
      </div>
    </section>
  );
}
