/**
 * zod compiles object parsers with `new Function` when it may, and probes whether it may by trying once. The
 * site's Content-Security-Policy allows no eval (shared/src/security-headers.ts), so the probe would only be
 * refused and reported as a violation: in the browser, zod parses without compiling (jitless) and never probes.
 * zod reads its settings from `globalThis.__zod_globalConfig`, whether it loads before or after this module, so
 * setting them there costs the pages that never load zod nothing (no import of zod here).
 */
const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
holder.__zod_globalConfig ??= {};
holder.__zod_globalConfig.jitless = true;
