/**
 * What the request form needs past its first screen, as one module (fetched by load-form-rest.ts): the later
 * steps' fields, the checks (zod, the shared schemas and rules), the screen shown once the request is filed
 * (there before anything is sent) and the citizen's session (« Mon espace »: what the account knows fills in
 * the form, and a request filed signed in joins the account).
 */
export * as checks from './request-checks';
export { default as LaterSteps } from './LaterSteps';
export { default as PermitDone } from './PermitDone';
export * as citizen from '../citizen/citizen-session';
