import { describe, expect, it } from 'vitest';
import { byHomeOrder, byNewest, isCurrentNews, isPublicNews, newsPagePath, type NewsTiming } from './news-kinds.js';
import { escapeXml } from './atom-feed.js';

const n = (id: string, over: Partial<NewsTiming> = {}): NewsTiming => ({ id, kind: 'info', published: true, from: '2026-12-02', ...over });

describe('which notices the public sees, by the Brussels day given', () => {
  it('from the first day on; on the home page until the last day included; never when unpublished', () => {
    const notice = n('A', { from: '2026-12-02', until: '2026-12-05' });
    expect(isPublicNews(notice, '2026-12-01')).toBe(false);
    expect(isCurrentNews(notice, '2026-12-02')).toBe(true);
    expect(isCurrentNews(notice, '2026-12-05')).toBe(true);
    expect(isCurrentNews(notice, '2026-12-06')).toBe(false);
    expect(isPublicNews(notice, '2026-12-06')).toBe(true);
    expect(isCurrentNews(n('B', { until: undefined }), '2030-01-01')).toBe(true);
    expect(isPublicNews(n('C', { published: false }), '2026-12-03')).toBe(false);
  });

  it('orders the home page alerts first then newest, the list newest first', () => {
    const list = [
      n('A', { from: '2026-12-01' }),
      n('B', { kind: 'alerte', from: '2026-11-20' }),
      n('C', { from: '2026-12-02' }),
      n('D', { from: '2026-12-02' }),
    ];
    expect([...list].sort(byHomeOrder).map((x) => x.id)).toEqual(['B', 'D', 'C', 'A']);
    expect([...list].sort(byNewest).map((x) => x.id)).toEqual(['D', 'C', 'A', 'B']);
  });

  it('links each notice to its anchor on « Actualités », and escapes words as XML without control characters', () => {
    expect(newsPagePath('soignies', 'ABCD-1234')).toBe('/soignies/actualites/#avis-ABCD-1234');
    expect(escapeXml(`<a href="x">'Tom' & Jerry</a>\u0000\u001b`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;Tom&apos; &amp; Jerry&lt;/a&gt;',
    );
  });
});
