import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Architecture, LoggingFormat, ApplicationLogLevel, Runtime, SystemLogLevel } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { type ILogGroup, LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { observabilityEnv } from '@tandem/shared';
import { copyDocumentFontsCommands } from './document-fonts-bundling.js';
import { resolveHandlerEntry } from './handler-entry.js';
import { PROJECT_ROOT } from './paths.js';

/** The runtime the issue pins for every Lambda function. */
export const FUNCTION_RUNTIME = Runtime.NODEJS_22_X;
export const LOG_RETENTION = RetentionDays.THREE_MONTHS;

/** ESM bundles still meet CommonJS dependencies that call require(): give them one. */
const REQUIRE_SHIM =
  "import { createRequire as __tandemCreateRequire } from 'node:module'; const require = __tandemCreateRequire(import.meta.url);";

export interface TandemFunctionProps {
  /** Function key from API_FUNCTIONS / BACKGROUND_FUNCTIONS: functions/src/<key>.ts exporting `handler`. */
  handlerKey: string;
  environment: Record<string, string>;
  timeout?: Duration;
  memorySize?: number;
  description?: string;
  /**
   * A log group shared with other functions (the API's: one group instead of fifty keeps the platform stack under
   * CloudFormation's 500 resources; Lambda names each stream after its function). Absent: the function's own.
   */
  logGroup?: ILogGroup;
}

/**
 * One Lambda function of Tandem: nodejs22.x on arm64, bundled by esbuild (ESM, minified, with source maps),
 * JSON logs into its own log group with a fixed retention. Permissions are granted by the caller.
 */
export class TandemFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly logGroup: ILogGroup;

  constructor(scope: Construct, id: string, props: TandemFunctionProps) {
    super(scope, id);
    this.logGroup = props.logGroup ?? new LogGroup(this, 'Logs', { retention: LOG_RETENTION, removalPolicy: RemovalPolicy.RETAIN });
    this.fn = new NodejsFunction(this, 'Function', {
      entry: resolveHandlerEntry(this, props.handlerKey),
      handler: 'handler',
      description: props.description ?? `Tandem ${props.handlerKey}`,
      runtime: FUNCTION_RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: `${PROJECT_ROOT}/package-lock.json`,
      logGroup: this.logGroup,
      loggingFormat: LoggingFormat.JSON,
      applicationLogLevelV2: ApplicationLogLevel.INFO,
      systemLogLevelV2: SystemLogLevel.WARN,
      environment: { NODE_OPTIONS: '--enable-source-maps', ...observabilityEnv('cloud'), ...props.environment },
      bundling: {
        format: OutputFormat.ESM,
        target: 'node22',
        platform: 'node',
        minify: true,
        sourceMap: true,
        sourcesContent: false,
        mainFields: ['module', 'main'],
        // Bundle the AWS SDK too: the deployed code runs exactly the versions the tests ran, and starts faster. Leaving
        // '@aws-sdk/*' to the runtime's copy would cut each bundle by 340–490 KiB, but importing that unminified SDK made the
        // cold module-init 2–5× slower (`npm run bundles -- --init`; docs/cloud.md, "Function bundles").
        externalModules: [],
        banner: REQUIRE_SHIM,
        tsconfig: `${PROJECT_ROOT}/tsconfig.json`,
        // The PDF fonts, copied beside the JS of the bundle that renders the permit documents only.
        commandHooks: { beforeBundling: () => [], beforeInstall: () => [], afterBundling: copyDocumentFontsCommands },
      },
    });
  }
}
