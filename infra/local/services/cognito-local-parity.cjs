/**
 * Starts cognito-local with what it lacks for Tandem to behave on one machine as it does against Cognito
 * (loaded by cognito-local.ts in place of cognito-local's own bin; plain CommonJS so plain node runs it):
 *
 * - UpdateUserAttributes honours the app client's WriteAttributes (cognito-local checks only the schema), so a
 *   staff member cannot rename themselves with their own access token: Cognito answers NotAuthorizedException
 *   "A client attempted to write unauthorized attribute" (STAFF_SELF_WRITABLE_ATTRIBUTES in shared/src/identity.ts).
 * - A disabled user cannot sign in, answer a challenge (a new password) or refresh (cognito-local signs them in):
 *   NotAuthorizedException "User is disabled."
 * - AdminUserGlobalSignOut exists (cognito-local does not know it) and forgets the user's refresh tokens.
 * - The invitation AdminCreateUser sends reaches the local outbox (TANDEM_OUTBOX_DIR), in the pool's
 *   InviteMessageTemplate, as Cognito would mail it; cognito-local only logs the code in its own output.
 *
 * Everything else is cognito-local's (it keeps its data in ./.cognito of the working directory).
 */
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { Targets } = require('cognito-local/lib/targets/targets');
const { NotAuthorizedError } = require('cognito-local/lib/errors');

const attr = (user, name) => (user?.Attributes ?? []).find((a) => a.Name === name)?.Value;
const decode = (jwt) => {
  try {
    return JSON.parse(Buffer.from(String(jwt).split('.')[1], 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
};

const initiateAuth = Targets.InitiateAuth;
Targets.InitiateAuth = (services) => {
  const target = initiateAuth(services);
  return async (ctx, req) => {
    const pool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
    const p = req.AuthParameters ?? {};
    const user = p.REFRESH_TOKEN
      ? await pool.getUserByRefreshToken(ctx, p.REFRESH_TOKEN)
      : p.USERNAME
        ? await pool.getUserByUsername(ctx, p.USERNAME)
        : null;
    if (user && user.Enabled === false) throw new NotAuthorizedError('User is disabled.');
    return target(ctx, req);
  };
};

const respondToAuthChallenge = Targets.RespondToAuthChallenge;
Targets.RespondToAuthChallenge = (services) => {
  const target = respondToAuthChallenge(services);
  return async (ctx, req) => {
    const username = req.ChallengeResponses?.USERNAME;
    if (username && req.ClientId) {
      const pool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
      const user = await pool.getUserByUsername(ctx, username);
      if (user && user.Enabled === false) throw new NotAuthorizedError('User is disabled.');
    }
    return target(ctx, req);
  };
};

const updateUserAttributes = Targets.UpdateUserAttributes;
Targets.UpdateUserAttributes = (services) => {
  const target = updateUserAttributes(services);
  return async (ctx, req) => {
    const token = decode(req.AccessToken);
    const client = token?.client_id ? await services.cognito.getAppClient(ctx, token.client_id) : null;
    const writable = client?.WriteAttributes;
    if (writable?.length && (req.UserAttributes ?? []).some((a) => !writable.includes(a.Name))) {
      throw new NotAuthorizedError('A client attempted to write unauthorized attribute');
    }
    return target(ctx, req);
  };
};

Targets.AdminUserGlobalSignOut =
  ({ cognito }) =>
  async (ctx, req) => {
    const pool = await cognito.getUserPool(ctx, req.UserPoolId);
    const user = await pool.getUserByUsername(ctx, req.Username);
    if (!user) throw new NotAuthorizedError('User does not exist.');
    await pool.saveUser(ctx, { ...user, RefreshTokens: [] });
    return {};
  };

const adminCreateUser = Targets.AdminCreateUser;
Targets.AdminCreateUser = (services) => {
  const outbox = process.env.TANDEM_OUTBOX_DIR;
  if (!outbox) return adminCreateUser(services);
  const messages = {
    deliver: async (ctx, source, clientId, userPoolId, user, code, clientMetadata, details) => {
      await services.messages.deliver(ctx, source, clientId, userPoolId, user, code, clientMetadata, details);
      if (details?.DeliveryMedium !== 'EMAIL') return;
      const pool = await services.cognito.getUserPool(ctx, userPoolId);
      const template = pool.options.AdminCreateUserConfig?.InviteMessageTemplate ?? {};
      const fill = (s) =>
        String(s)
          .replaceAll('{username}', attr(user, 'email') ?? user.Username)
          .replaceAll('{####}', code);
      const body = fill(template.EmailMessage ?? 'Your username is {username} and temporary password is {####}.');
      const id = `cognito-invitation-${user.Username}`.replace(/[^A-Za-z0-9_-]/g, '_');
      mkdirSync(outbox, { recursive: true });
      const mail = {
        id,
        from: 'Tandem <no-reply@verificationemail.com>',
        to: details.Destination,
        subject: fill(template.EmailSubject ?? 'Your temporary password'),
        // Cognito sends the template as HTML; the outbox keeps text: line breaks instead of <br>.
        text: body.replace(/<br\s*\/?>/gi, '\n'),
        tags: { kind: 'staff-invitation', pool: userPoolId, user: user.Username },
        sentAt: new Date().toISOString(),
      };
      writeFileSync(join(outbox, `${id}.json`), JSON.stringify(mail, null, 2));
    },
  };
  return adminCreateUser({ ...services, messages });
};

require('cognito-local/lib/bin/start');
