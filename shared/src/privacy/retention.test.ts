import { describe, expect, it } from 'vitest';
import { CommuneConfig } from '../commune-config.js';
import { monthsBefore, PrivacyConfig, retentionCutoff, retentionMonthsOf } from './retention.js';

describe('retention', () => {
  it('counts calendar months, ending on the month’s last day when the day does not exist', () => {
    expect(monthsBefore('2025-02-10', 12)).toBe('2024-02-10');
    expect(monthsBefore('2025-03-31', 1)).toBe('2025-02-28');
    expect(monthsBefore('2024-03-31', 1)).toBe('2024-02-29');
    expect(monthsBefore('2025-01-15', 13)).toBe('2023-12-15');
  });

  it('cuts at midnight in Brussels, winter and summer, whatever the process’s zone', () => {
    expect(retentionCutoff('2025-02-10', 12)).toBe('2024-02-09T23:00:00.000Z');
    expect(retentionCutoff('2025-08-10', 12)).toBe('2024-08-09T22:00:00.000Z');
  });

  it('is 12 months unless the commune says otherwise, and refuses nonsense', () => {
    expect(retentionMonthsOf({})).toBe(12);
    expect(retentionMonthsOf({ privacy: { retentionMonths: 6 } })).toBe(6);
    expect(PrivacyConfig.safeParse({ retentionMonths: 0 }).success).toBe(false);
    expect(PrivacyConfig.safeParse({ retentionMonths: 1.5 }).success).toBe(false);
    expect(CommuneConfig.shape.privacy.parse(undefined)).toEqual({ retentionMonths: 12 });
  });
});
