import { describe, expect, it } from 'vitest';
import braine from '../../../infra/communes/braine-le-comte.json' with { type: 'json' };
import { CommuneConfig } from '../commune-config.js';
import { keys } from '../table.js';
import { communeRegistrationItem, parseCommuneRegistration } from './commune-registration.js';
import { cellCopyKeys, mapItemRecords } from './map-item.js';
import { mailSentItem } from './mail-sent.js';
import { mailAddressRequestItem, mailConfirmationTokenItem } from './mail-confirmation.js';
import { pendingOpinionItem } from './opinion.js';
import { newPermitTimelineItem } from './permit.js';
import { permitKeyItem } from './permit-key.js';
import { newTimelineItem, parseReportPk } from './report.js';
import { parseEntityPk, TIMELINE_PREFIX } from './timeline.js';

const auth = {
  staffPoolId: 'eu-west-1_abc',
  staffClientId: 'client',
  staffIssuer: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_abc',
};

describe('entities', () => {
  it('the registration item keeps no demo account and reads back to the same configuration', () => {
    const config = CommuneConfig.parse(braine);
    expect(config.demoAccounts.length).toBeGreaterThan(0);
    const item = communeRegistrationItem(config, auth);
    expect(item).toMatchObject({ ...keys.commune(config.id), ...keys.communeIndex(config.id), type: 'commune', id: config.id, auth });
    expect(JSON.stringify(item)).not.toContain('demoAccounts');
    const back = parseCommuneRegistration(JSON.parse(JSON.stringify(item)));
    expect(back).toEqual({ config: { ...config, demoAccounts: [] }, auth });
    expect(() => parseCommuneRegistration({ ...item, auth: { staffPoolId: 'x' } })).toThrow();
  });

  it('every item of a report or permit lives in its partition, timeline items under the stream prefix', () => {
    const tl = newTimelineItem('soignies', 'ABCD-1234', '2026-03-01T10:00:00.000Z', { kind: 'created', public: true });
    expect(tl.pk).toBe(keys.reportPk('soignies', 'ABCD-1234'));
    expect(tl.sk.startsWith(`${TIMELINE_PREFIX}2026-03-01T10:00:00.000Z#`)).toBe(true);
    expect(parseReportPk(tl.pk)).toEqual({ commune: 'soignies', code: 'ABCD-1234' });
    const ptl = newPermitTimelineItem('soignies', 'EFGH-5678', '2026-03-01T10:00:00.000Z', { kind: 'created', public: false });
    expect(parseEntityPk(ptl.pk)).toEqual({ entity: 'permit', commune: 'soignies', code: 'EFGH-5678' });
    const permit = keys.permit('soignies', 'EFGH-5678');
    for (const item of [
      ptl,
      permitKeyItem({ commune: 'soignies', code: 'EFGH-5678' }, 'k'),
      pendingOpinionItem('soignies', 'EFGH-5678', 'travaux', '2026-03-10', 'x'),
    ]) {
      expect(item.pk).toBe(permit.pk);
      expect(item.sk).not.toBe(permit.sk);
    }
    expect(mailSentItem(permit.pk, ptl.sk, 'x')).toMatchObject({ pk: permit.pk, sk: `MAIL#${ptl.sk}` });
  });

  it('a map item knows the keys of the cell copies written with it', () => {
    const { item, copies } = mapItemRecords('soignies', {
      id: 'works-1',
      kind: 'works',
      title: 'Travaux',
      description: '',
      streets: ['Rue'],
      source: { type: 'staff' },
      geometry: { type: 'Point', coordinates: [4.07, 50.58] },
      period: { start: '2026-03-01', end: '2026-03-31' },
      createdAt: 'x',
      updatedAt: 'x',
      version: 1,
    });
    expect(copies.length).toBeGreaterThan(0);
    expect(cellCopyKeys(item)).toEqual(copies.map(({ pk, sk }) => ({ pk, sk })));
    expect(item).toMatchObject(keys.mapItem('soignies', 'works-1'));
  });

  it('mail confirmation: the address record and the link live under the commune, keyed by hashes; the link expires by TTL', () => {
    const rec = mailAddressRequestItem('soignies', 'ab'.repeat(32), {
      kind: 'permit',
      code: 'EFGH-5678',
      tokenHash: 'cd'.repeat(32),
      tokenValidUntil: '2026-03-08T10:00:00.000Z',
      confirmationSentAt: '2026-03-01T10:00:00.000Z',
    });
    expect(rec).toMatchObject({ pk: `C#soignies#MAILADDR#${'ab'.repeat(32)}`, sk: 'REQ#permit#EFGH-5678', state: 'pending' });
    const link = mailConfirmationTokenItem('cd'.repeat(32), {
      commune: 'soignies',
      addressHash: 'ab'.repeat(32),
      kind: 'permit',
      code: 'EFGH-5678',
      createdAt: '2026-03-01T10:00:00.000Z',
      validUntil: '2026-03-08T10:00:00.000Z',
    });
    expect(link.pk).toBe(`C#soignies#MAILCONFIRM#${'cd'.repeat(32)}`);
    expect(link.expiresAt).toBe(Date.parse('2026-04-07T10:00:00.000Z') / 1000);
    expect(link.sk.startsWith(TIMELINE_PREFIX)).toBe(false);
  });
});
