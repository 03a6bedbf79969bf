/**
 * zod compiles object parsers with `new Function` when it may, and probes whether it may by trying once. The
 * site's Content-Security-Policy allows no eval (shared/src/security-headers.ts), so the probe would only be
 * refused and reported as a violation: in the browser, zod parses without compiling (jitless) and never probes.
 */
import { config } from 'zod';

config({ jitless: true });
