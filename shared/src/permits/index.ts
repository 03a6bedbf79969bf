export * from './permit-states.js';
export * from './calendar.js';
export * from './permit-details.js';
export * from './permit-config.js';
export * from './permit-kinds.js';
export * from './permit-rules.js';
export * from './permit-api.js';
export * from './permit-inbox-view.js';
