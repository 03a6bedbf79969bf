import { describe, expect, it } from 'vitest';
import { NOTIFIED_ITEM_KINDS } from '@tandem/shared';
import { PUSHED_KINDS, PushPayload } from '@tandem/shared/notifications/push';
import { pushPayload } from './push-payload.js';

describe('a push’s payload', () => {
  it('says what and where in generic French words, with ids only, for every pushed kind and item kind', () => {
    for (const kind of PUSHED_KINDS)
      for (const itemKind of NOTIFIED_ITEM_KINDS) {
        const p = pushPayload({ commune: 'soignies', kind, item: { kind: itemKind, id: 'ABCD-1234' } });
        expect(PushPayload.parse(p)).toEqual(p);
        expect(p.link).toMatch(/^\/soignies\/agents\/[a-z]+\/ABCD-1234\/$/);
        expect(p.title.length).toBeGreaterThan(5);
        expect(p.body.length).toBeGreaterThan(5);
      }
  });

  it('carries nothing but the kind, the item and the words: no actor, no state, no cause', () => {
    const p = pushPayload({
      commune: 'soignies',
      kind: 'mention',
      item: { kind: 'task', id: 'ABCD-1234' },
      ...({ actorSub: 'sub-of-marie', cause: 'C#soignies#TASK#x', state: 'done' } as object),
    });
    expect(Object.keys(p).sort()).toEqual(['body', 'item', 'kind', 'link', 'title', 'v']);
    expect(JSON.stringify(p)).not.toMatch(/marie|C#soignies|done/);
  });
});
