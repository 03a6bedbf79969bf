import { describe, expect, it } from 'vitest';
import { notifiedItemPath } from '../notifications/push.js';
import { fieldPushTarget, sameOriginPath } from './field-push-target.js';

const ORIGIN = 'https://tandem.example';

describe('fieldPushTarget', () => {
  it('opens a task in the field app, whatever link the payload carries', () => {
    const item = { kind: 'task', id: 'ABCD-1234' } as const;
    expect(fieldPushTarget('soignies', ORIGIN, { item, link: notifiedItemPath('soignies', item) })).toBe(
      '/soignies/terrain/#/tache/ABCD-1234',
    );
    expect(fieldPushTarget('soignies', ORIGIN, { item: { kind: 'task', id: 'a/b#c' }, link: '//evil.example/' })).toBe(
      '/soignies/terrain/#/tache/a%2Fb%23c',
    );
  });

  it('opens another item in the staff app, on this origin only', () => {
    const item = { kind: 'report', id: 'SOI-0042' } as const;
    expect(fieldPushTarget('soignies', ORIGIN, { item, link: notifiedItemPath('soignies', item) })).toBe(
      '/soignies/agents/signalements/SOI-0042/',
    );
    for (const link of ['//evil.example/x', '/\\evil.example/y', 'https://evil.example/', 'javascript:alert(1)', 42, undefined])
      expect(fieldPushTarget('soignies', ORIGIN, { item, link })).toBe('/soignies/terrain/');
  });

  it('opens the app’s start for a payload that is not an object or names no task', () => {
    for (const payload of [null, 'x', [], { item: { kind: 'task', id: '' } }, { item: { kind: 'task', id: 7 } }])
      expect(fieldPushTarget('soignies', ORIGIN, payload)).toBe('/soignies/terrain/');
  });

  it('keeps the query and hash of a same-origin path', () => {
    expect(sameOriginPath('/soignies/agents/projets/P1/?tab=a#b', ORIGIN)).toBe('/soignies/agents/projets/P1/?tab=a#b');
  });
});
