/**
 * Plain data and lookups about permit kinds, free of zod so that light pages (the chooser) can use them:
 * default fees per occupation use, reference prefixes (documents: see posterVariant in permit-rules.ts).
 */
import type { FeeRule, OccupationKindConfig, OccupationUseConfig } from './permit-config.js';
import type { OccupationUse, PermitKind } from './permit-details.js';

/** Fees a commune starts from when its config says nothing about a use (euro cents). */
export const DEFAULT_USE_FEES: Record<OccupationUse, FeeRule> = {
  container: { flat: 0, perDay: 500, perMetrePerDay: 0, minimum: 1500 },
  scaffolding: { flat: 0, perDay: 0, perMetrePerDay: 50, minimum: 2500 },
  lift: { flat: 1500, perDay: 0, perMetrePerDay: 0, minimum: 1500 },
  removal_van: { flat: 1000, perDay: 0, perMetrePerDay: 0, minimum: 1000 },
  terrace: { flat: 0, perDay: 0, perMetrePerDay: 20, minimum: 2500 },
  works_site: { flat: 0, perDay: 0, perMetrePerDay: 50, minimum: 2500 },
};

/** The effective settings of one occupation use: the commune's, else the defaults. */
export function occupationUse(cfg: OccupationKindConfig, use: OccupationUse): OccupationUseConfig {
  return cfg.uses[use] ?? { enabled: true, fee: DEFAULT_USE_FEES[use], reviewers: [] };
}

/** Reference prefix per kind: EV-2026-0042. */
export const KIND_REFERENCE_PREFIX: Record<PermitKind, string> = { event: 'EV', occupation: 'OC' };
