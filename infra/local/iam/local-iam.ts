/**
 * IAM on one machine: every AWS call a handler makes through functions/src/lib/aws.ts is checked against the
 * statements its declared access produces (accessStatements, the same ones CDK puts in its roles). A call not
 * allowed throws an error shaped like AWS's (AccessDeniedException / AccessDenied, HTTP 403), so the handler
 * fails as it would in Lambda: a logged 500 problem, a retried then dead-lettered event.
 * A call signed with tenant credentials (localTenantCredentials: the stand-in for STS AssumeRole with the session
 * tag commune=<id>) is evaluated against the function's tenant statements with that tag, dynamodb:LeadingKeys
 * and object prefixes included; any other call against its base statements.
 */
import {
  API_FUNCTIONS,
  BACKGROUND_FUNCTIONS,
  REALTIME_FUNCTIONS,
  accessStatements,
  bareAddress,
  isAllowed,
  type AccessRequest,
  type AccessStatement,
  type DeploymentArns,
  type FunctionAccess,
  type PrincipalTags,
} from '@tandem/shared';
import { installLocalAccessCheck, installTenantCredentials } from '../../../functions/src/lib/aws.js';
import { localTenantCredentials } from './tenant-credentials.js';
import { currentFunction } from './function-identity.js';
import { LOCAL_POOL_TAGS_ENV } from '../handlers/handler-env.js';
import { iamRequests, localArns, type AwsService, type LocalNames } from './sdk-requests.js';
import { LOCAL_PUSH_KEYS_SECRET } from '../../../functions/src/notifications/push-keys.js';

export const LOCAL_ACCOUNT = '000000000000';

/** The error AWS answers when IAM refuses a call: S3 names it AccessDenied, the JSON services AccessDeniedException. */
export class LocalAccessDenied extends Error {
  readonly $fault = 'client' as const;
  readonly $metadata = { httpStatusCode: 403 };
  constructor(
    service: AwsService,
    readonly functionName: string,
    readonly request: AccessRequest,
    readonly sessionTags?: PrincipalTags,
  ) {
    const fn = `tandem-local-${functionName.replace('/', '-')}`;
    const role = sessionTags
      ? `arn:aws:sts::${LOCAL_ACCOUNT}:assumed-role/${fn}-tenant/commune-${sessionTags.commune}`
      : `arn:aws:sts::${LOCAL_ACCOUNT}:assumed-role/${fn}/${fn}`;
    super(
      `User: ${role} is not authorized to perform: ${request.action} on resource: "${request.resource}" because no identity-based policy ` +
        `allows the ${request.action} action (local IAM: function ${functionName} does not declare it in shared/src/routes.ts)`,
    );
    this.name = service === 's3' ? 'AccessDenied' : 'AccessDeniedException';
  }
  /** S3 errors carry their code as Code too. */
  get Code(): string {
    return this.name;
  }
}

export interface LocalIamOptions {
  /** Declared access per function; default API_FUNCTIONS, BACKGROUND_FUNCTIONS and REALTIME_FUNCTIONS (tests override entries). */
  access?: Record<string, FunctionAccess>;
  /** Names of the deployment; default: the handlers' environment (TABLE_NAME, UPLOADS_BUCKET, EVENT_BUS_NAME, AWS_REGION). */
  names?: LocalNames;
  /** Every refusal, e.g. for the runtime's log. */
  onDenied?: (error: LocalAccessDenied) => void;
}

/** The tags of the local user pools (cognito-local keeps none), as the provisioning set them in the handler env. */
function poolTagsFromEnv(): LocalNames['poolTags'] {
  try {
    return JSON.parse(process.env[LOCAL_POOL_TAGS_ENV] ?? '{}') as LocalNames['poolTags'];
  } catch {
    return {};
  }
}

function namesFromEnv(): LocalNames {
  const e = process.env;
  return {
    region: e.AWS_REGION ?? 'eu-west-1',
    account: LOCAL_ACCOUNT,
    tableName: e.TABLE_NAME ?? '',
    bucket: e.UPLOADS_BUCKET ?? '',
    busName: e.EVENT_BUS_NAME ?? '',
    poolTags: poolTagsFromEnv(),
  };
}

export function deploymentArnsOf(n: LocalNames): DeploymentArns {
  const a = localArns(n);
  return {
    table: a.table(n.tableName),
    bucket: a.bucket(n.bucket),
    bus: a.bus(n.busName),
    userPools: a.userPool('*'),
    mailIdentities: a.mailIdentity('*'),
    connections: a.connection('*', '*'),
    pushKeys: a.secret(LOCAL_PUSH_KEYS_SECRET),
  };
}

/** Turns enforcement on for every client the functions create from now on; returns what turns it off. */
export function installLocalIam(options: LocalIamOptions = {}): () => void {
  const access: Record<string, FunctionAccess> = { ...API_FUNCTIONS, ...BACKGROUND_FUNCTIONS, ...REALTIME_FUNCTIONS, ...options.access };
  const statements = new Map<string, { base: AccessStatement[]; tenant: AccessStatement[] }>();
  const statementsOf = (fn: string) => {
    let s = statements.get(fn);
    if (!s) {
      s = access[fn] ? accessStatements(access[fn]) : { base: [], tenant: [] };
      statements.set(fn, s);
    }
    return s;
  };
  // The deployment's names, ARNs and sender, worked out again only when the handlers' environment changed (every AWS
  // call is checked: reading and parsing them each time was a good part of the local runtime's cost per call).
  let deployment: { env: string; names: LocalNames; arns: DeploymentArns; platformAddress: string } | undefined;
  const deploymentNow = () => {
    const e = process.env;
    const env = [e.AWS_REGION, e.TABLE_NAME, e.UPLOADS_BUCKET, e.EVENT_BUS_NAME, e[LOCAL_POOL_TAGS_ENV], e.MAIL_FROM].join('\n');
    if (deployment?.env !== env) {
      const names = options.names ?? namesFromEnv();
      deployment = { env, names, arns: deploymentArnsOf(names), platformAddress: bareAddress(e.MAIL_FROM ?? '') };
    }
    return deployment;
  };
  installLocalAccessCheck((service, operation, input, sessionTags) => {
    const fn = currentFunction();
    if (!fn) return;
    const { names, arns, platformAddress } = deploymentNow();
    // The session's role: the tenant role when the credentials carry a commune tag, the function's own otherwise.
    const granted = sessionTags ? statementsOf(fn).tenant : statementsOf(fn).base;
    for (const request of iamRequests(service, operation, input, names)) {
      if (isAllowed(granted, request, arns, platformAddress, sessionTags)) continue;
      const denied = new LocalAccessDenied(service, fn, request, sessionTags);
      options.onDenied?.(denied);
      throw denied;
    }
  });
  installTenantCredentials(localTenantCredentials);
  return () => {
    installLocalAccessCheck(undefined);
    installTenantCredentials(undefined);
  };
}
