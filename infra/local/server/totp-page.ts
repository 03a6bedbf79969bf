/**
 * /_local/totp (loopback only, like every /_local/ page): the demo accounts' current TOTP codes, computed from
 * the secrets the local identity provider keeps in the local data folder, so that `npm start` lets anyone sign
 * in as a demo admin without an authenticator app. The secret is shown too, for trying a real app.
 */
import { LocalIdentityStore } from '../../../functions/src/auth/local-identity-store.js';
import { TOTP_STEP_SECONDS, otpauthUri, totpCode } from '../../../functions/src/auth/totp.js';
import { clock } from '../../../functions/src/lib/clock.js';

export interface DemoTotpCode {
  username: string;
  code: string;
  /** Seconds the code stays current. */
  secondsLeft: number;
  secret: string;
  otpauthUri: string;
}

export function demoTotpCodes(identityDir: string | undefined, now = clock.ms()): DemoTotpCode[] {
  if (!identityDir) return [];
  return new LocalIdentityStore(identityDir).demoTotps().map((r) => ({
    username: r.username,
    code: totpCode(r.secret!, now),
    secondsLeft: TOTP_STEP_SECONDS - (Math.floor(now / 1000) % TOTP_STEP_SECONDS),
    secret: r.secret!,
    otpauthUri: otpauthUri('Tandem (local)', r.username, r.secret!),
  }));
}

const esc = (s: unknown) =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function totpHtml(codes: DemoTotpCode[]): string {
  const rows = codes
    .map(
      (c) =>
        `<tr><th scope="row">${esc(c.username)}</th><td class="code">${esc(c.code)}</td><td>${c.secondsLeft} s</td><td><code>${esc(c.secret)}</code></td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="5">
<title>Codes TOTP de démonstration — Tandem</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; padding: 1rem; max-width: 60rem; color: #1a1a1a; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid #c8c8c8; }
  .code { font: 700 1.4rem/1 ui-monospace, monospace; letter-spacing: .1em; }
</style>
</head>
<body>
<h1>Codes TOTP des comptes de démonstration</h1>
<p>Les administrateurs de démonstration ont une double authentification : donnez le code ci-dessous après le mot de passe
(la page se met à jour toutes les 5 secondes), ou ajoutez la clé secrète à une application d’authentification.
Ces secrets restent dans le dossier de données local (<code>.data/identity/</code>) ; <code>npm run reset</code> les renouvelle.</p>
${codes.length ? `<table><thead><tr><th scope="col">Compte</th><th scope="col">Code actuel</th><th scope="col">Valable encore</th><th scope="col">Clé secrète</th></tr></thead><tbody>${rows}</tbody></table>` : '<p>Aucun compte de démonstration avec TOTP.</p>'}
</body>
</html>`;
}
