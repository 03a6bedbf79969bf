import type { EventPattern, PatternValue } from './event-catalogue.js';

/**
 * Matches an event against an EventBridge pattern, for the operators Tandem uses: exact values,
 * prefix, anything-but, exists, nested objects. Arrays in the event match if any element matches.
 */
export function matchesPattern(event: unknown, pattern: EventPattern): boolean {
  if (typeof event !== 'object' || event === null) return false;
  const obj = event as Record<string, unknown>;
  for (const [field, rule] of Object.entries(pattern)) {
    const value = obj[field];
    if (Array.isArray(rule)) {
      if (!matchesValues(value, rule, field in obj)) return false;
    } else {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
      if (!matchesPattern(value, rule)) return false;
    }
  }
  return true;
}

function matchesValues(value: unknown, rules: PatternValue[], present: boolean): boolean {
  const candidates = Array.isArray(value) ? value : [value];
  return rules.some((rule) => {
    if (rule !== null && typeof rule === 'object') {
      if ('exists' in rule) return rule.exists === (present && value !== undefined);
      if (!present) return false;
      if ('prefix' in rule) return candidates.some((v) => typeof v === 'string' && v.startsWith(rule.prefix));
      if ('anything-but' in rule) return candidates.every((v) => !rule['anything-but'].includes(v as string | number));
      return false;
    }
    return present && candidates.some((v) => v === rule);
  });
}
