/**
 * The commune home page's « Actualités et avis » (docs/news.md): the current notices, alerts first, read from the API
 * once the page has loaded, written with textContent (the staff's words are data) into the section the page already
 * holds (its heading and « Toutes les actualités » are in the HTML, so nothing above moves). No framework: the home
 * page stays light (docs/page-budgets.md). Other languages: the kinds' names carry data-i18n, and the news messages
 * are fetched only when the page is not in French.
 */
import { newsLabelsFr } from '@tandem/shared/i18n/news-labels/fr';
import type { PublicNews } from '@tandem/shared/schemas/news';

const section = document.querySelector<HTMLElement>('[data-home-news]');
const list = section?.querySelector<HTMLUListElement>('ul');

function element<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text = ''): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = cls;
  el.textContent = text;
  return el;
}

function item(n: PublicNews): HTMLLIElement {
  const li = element('li', `news-item news-kind-${n.kind}`);
  const kind = element('span', 'news-kind', newsLabelsFr[`news.kind.${n.kind}`]);
  kind.dataset.i18n = `news.kind.${n.kind}`;
  const title = element('a', 'news-title', n.title);
  title.href = n.url;
  li.append(kind, ' ', title);
  if (n.place?.label) li.append(element('span', 'news-place', n.place.label));
  return li;
}

/** The section's words in the visitor's language: the news messages join the page's (lib/locale re-translates data-i18n). */
const translated = () => import('../../lib/messages/news');

if (section && list) {
  if (document.documentElement.lang !== 'fr') void translated();
  document.addEventListener('click', (e) => {
    if ((e.target as HTMLElement).closest('[data-lang-choice]')) void translated();
  });
  fetch(`/api/${encodeURIComponent(section.dataset.homeNews ?? '')}/news?current=true`)
    .then((r) => (r.ok ? (r.json() as Promise<{ items: PublicNews[] }>) : Promise.reject(r.status)))
    .then(({ items }) => {
      list.replaceChildren(...items.map(item));
      section.querySelector<HTMLElement>('[data-news-none]')!.hidden = items.length > 0;
      section.dataset.ready = 'true';
    })
    .catch(() => {
      section.dataset.ready = 'failed';
    });
}
