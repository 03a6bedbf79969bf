import { Duration, RemovalPolicy, Stack, Tags, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  type CfnUserPoolClient,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  type UserPoolClient,
  UserPoolEmail,
  UserPoolGroup,
  type UserPoolProps,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import {
  CITIZEN_CLIENT_AUTH_FLOWS,
  CITIZEN_CODE,
  CLIENT_AUTH_FLOWS,
  PASSWORD_POLICY,
  SELF_SIGN_UP,
  ROLE_GROUPS,
  STAFF_CUSTOM_ATTRIBUTES,
  STAFF_POOL_TAGS,
  STAFF_READABLE_ATTRIBUTES,
  STAFF_ROLES,
  STAFF_SELF_WRITABLE_ATTRIBUTES,
  TOKEN_VALIDITY,
  staffInvitation,
  clientName,
  departmentGroup,
  poolName,
  type CommuneConfig,
  federationInCloud,
} from '@tandem/shared';
import { CitizenFederation } from './citizen-federation.js';

const PASSWORD_REASON =
  'Password policy from shared/src/identity.ts: 12 characters minimum with mixed case and digits; symbols are not forced (NIST SP 800-63B favours length over composition rules).';

/**
 * A commune's two Cognito pools, as defined in shared/src/identity.ts: staff (invited by an admin, groups per
 * role and per department, optional TOTP MFA, threat protection) and citizens (self sign-up, e-mail).
 */
export class CommunePools extends Construct {
  readonly staffPool: UserPool;
  readonly staffClient: UserPoolClient;
  readonly citizenPool: UserPool;
  readonly citizenClient: UserPoolClient;
  /** eID/itsme through FAS, when the commune gave its client details (docs/citizen-federation.md). */
  readonly citizenFederation?: CitizenFederation;

  constructor(scope: Construct, id: string, props: { config: CommuneConfig; mailFrom?: string; siteUrl?: string }) {
    super(scope, id);
    const c = props.config;
    const common: UserPoolProps = {
      signInAliases: { email: true },
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      passwordPolicy: {
        minLength: PASSWORD_POLICY.minLength,
        requireLowercase: PASSWORD_POLICY.requireLowercase,
        requireUppercase: PASSWORD_POLICY.requireUppercase,
        requireDigits: PASSWORD_POLICY.requireDigits,
        requireSymbols: PASSWORD_POLICY.requireSymbols,
        tempPasswordValidity: Duration.days(7),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    };

    this.staffPool = new UserPool(this, 'StaffPool', {
      ...common,
      userPoolName: poolName(c.id, 'staff'),
      selfSignUpEnabled: SELF_SIGN_UP.staff,
      customAttributes: {
        [STAFF_CUSTOM_ATTRIBUTES.commune]: new StringAttribute({ mutable: false, minLen: 2, maxLen: 41 }),
        [STAFF_CUSTOM_ATTRIBUTES.displayName]: new StringAttribute({ mutable: true, maxLen: 100 }),
      },
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      userVerification: verificationMessage(c.name),
      userInvitation: { emailSubject: staffInvitation(c.name).subject, emailBody: staffInvitation(c.name).body },
    });
    // IAM grants the staff-account admin actions only on pools with these tags (FunctionAccess.cognitoAdmin).
    for (const [key, value] of Object.entries(STAFF_POOL_TAGS)) Tags.of(this.staffPool).add(key, value);
    Validations.of(this.staffPool).acknowledge(
      { id: 'AwsSolutions-COG1', reason: PASSWORD_REASON },
      {
        id: 'AwsSolutions-COG2',
        reason:
          'Staff MFA (TOTP) is optional so that field workers on shared phones can sign in; threat protection (Plus plan) adds adaptive checks to every sign-in.',
      },
    );
    for (const role of STAFF_ROLES) {
      new UserPoolGroup(this, `Role-${role}`, {
        userPool: this.staffPool,
        groupName: ROLE_GROUPS[role],
        description: `Tandem role: ${role}`,
      });
    }
    for (const d of c.departments) {
      new UserPoolGroup(this, `Dept-${d.code}`, { userPool: this.staffPool, groupName: departmentGroup(d.code), description: d.name.fr });
    }
    // Staff write nothing that shows authority about themselves: only admins set their name and commune.
    this.staffClient = webClient('StaffClient', this.staffPool, clientName(c.id, 'staff'), new ClientAttributes());
    const staffClient = this.staffClient.node.defaultChild as CfnUserPoolClient;
    staffClient.writeAttributes = [...STAFF_SELF_WRITABLE_ATTRIBUTES];
    staffClient.readAttributes = [...STAFF_READABLE_ATTRIBUTES];

    this.citizenPool = new UserPool(this, 'CitizenPool', {
      ...common,
      userPoolName: poolName(c.id, 'citizens'),
      selfSignUpEnabled: SELF_SIGN_UP.citizens,
      // Choice-based sign-in (docs/citizen-space.md): an e-mail code, no password to remember; a password for
      // those who set one. E-mail codes need the Essentials plan and mail sent through SES (the platform's sender).
      signInPolicy: { allowedFirstAuthFactors: { password: true, emailOtp: true } },
      // SES in the stack's own region (where the platform's sender is verified); named, as an environment-agnostic app has no region yet.
      ...(props.mailFrom
        ? { email: UserPoolEmail.withSES({ fromEmail: props.mailFrom, fromName: `Tandem ${c.name}`, sesRegion: Stack.of(this).region }) }
        : {}),
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      featurePlan: FeaturePlan.ESSENTIALS,
      userVerification: verificationMessage(c.name),
    });
    Validations.of(this.citizenPool).acknowledge(
      { id: 'AwsSolutions-COG1', reason: PASSWORD_REASON },
      {
        id: 'AwsSolutions-COG2',
        reason:
          'Citizens need no account to report; those who create one may enable TOTP, but forcing MFA would keep residents without a second device out.',
      },
      {
        id: 'AwsSolutions-COG8',
        reason:
          'Citizen accounts are optional and low-privilege (own requests only); the Plus plan is billed per active user, which communes cannot budget for the whole population. The staff pool uses Plus.',
      },
    );
    this.citizenClient = webClient(
      'CitizenClient',
      this.citizenPool,
      clientName(c.id, 'citizens'),
      new ClientAttributes().withStandardAttributes({ email: true }),
      CITIZEN_CLIENT_AUTH_FLOWS,
    );
    // A code takes a person to their mailbox and back: the sign-in's session lasts as long as the code (3 minutes by default).
    (this.citizenClient.node.defaultChild as CfnUserPoolClient).authSessionValidity = CITIZEN_CODE.minutes;
    const federation = c.citizenFederation;
    if (federationInCloud(federation)) {
      if (!props.siteUrl) throw new Error(`${c.id}: the FAS sign-in needs the site's URL (its return page is the OAuth callback)`);
      this.citizenFederation = new CitizenFederation(this, 'CitizenFederation', {
        commune: c.id,
        federation,
        pool: this.citizenPool,
        client: this.citizenClient,
        siteUrl: props.siteUrl,
      });
    }
  }
}

/** E-mail verification message, in French first (the communes' language). */
function verificationMessage(communeName: string) {
  return { emailSubject: `Votre code de vérification — ${communeName}`, emailBody: 'Votre code de vérification Tandem est {####}.' };
}

/** A public web client: no secret, the auth flows of CLIENT_AUTH_FLOWS, token validity of TOKEN_VALIDITY. */
function webClient(
  id: string,
  userPool: UserPool,
  name: string,
  writeAttributes: ClientAttributes,
  flows: readonly string[] = CLIENT_AUTH_FLOWS,
): UserPoolClient {
  const client = userPool.addClient(id, {
    userPoolClientName: name,
    generateSecret: false,
    disableOAuth: true,
    authFlows: { userPassword: true },
    preventUserExistenceErrors: true,
    enableTokenRevocation: true,
    idTokenValidity: Duration.minutes(TOKEN_VALIDITY.idTokenMinutes),
    accessTokenValidity: Duration.minutes(TOKEN_VALIDITY.accessTokenMinutes),
    refreshTokenValidity: Duration.days(TOKEN_VALIDITY.refreshTokenDays),
    writeAttributes,
  });
  // Exactly the flows defined once in shared (the local runtime configures cognito-local with the same list).
  (client.node.defaultChild as CfnUserPoolClient).explicitAuthFlows = [...flows];
  return client;
}
