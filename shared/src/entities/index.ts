/** One module per stored entity: its keys, sort-key constants, index keys, stored shape and pure builders. */
export * from './key-parts.js';
export * from './timeline.js';
export * from './commune-registration.js';
export * from './report.js';
export * from './permit.js';
export * from './permit-key.js';
export * from './opinion.js';
export * from './permit-counter.js';
export * from './map-item.js';
export * from './idempotency.js';
export * from './mail-sent.js';
export * from './open311-key.js';
export * from './audit-entry.js';
export * from './mail-confirmation.js';
export * from './personal-data.js';
export * from './totp-setup.js';
