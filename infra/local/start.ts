/**
 * `npm start`: the whole platform on this machine, with its data in .data/ (kept across restarts;
 * `npm run reset` deletes it). Ctrl-C stops every child process.
 *   PORT (default 4321): site and API · DYNAMODB_PORT, S3_PORT, COGNITO_PORT, OIDC_PORT: fixed stand-in ports.
 *   HOST (default 127.0.0.1, this machine only): address of the site and API, e.g. HOST=0.0.0.0 for the local network.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fieldAppPath } from '@tandem/shared';
import { startPlatform } from './platform.js';
import { DEMO_OPEN311_KEY } from './provision/open311-demo-key.js';
import { onShutdownSignals } from './util/children.js';
import { DEFAULT_DATA_DIR, WEB_DIST } from './util/paths.js';
import { DEMO_FEDERATED_IDENTITY, standInCommunes } from './services/oidc-stand-in.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const num = (v: string | undefined) => (v ? Number.parseInt(v, 10) : undefined);
const started = Date.now();
console.log('Tandem démarre… (le site affiche une page d’attente ; les adresses s’affichent ici quand tout est prêt)');

const platform = await startPlatform({
  dataDir: process.env.TANDEM_DATA_DIR ?? DEFAULT_DATA_DIR,
  port: num(process.env.PORT) ?? 4321,
  host: process.env.HOST || undefined,
  ports: {
    dynamodb: num(process.env.DYNAMODB_PORT),
    s3: num(process.env.S3_PORT),
    cognito: num(process.env.COGNITO_PORT),
    oidc: num(process.env.OIDC_PORT),
  },
  seed: true,
}).catch((e: unknown) => {
  const msg = e instanceof Error ? e.message : String(e);
  console.error('Tandem n’a pas pu démarrer :', msg);
  if (msg.includes('EADDRINUSE')) console.error('Le port est déjà utilisé : choisissez-en un autre, par exemple `PORT=4322 npm start`.');
  process.exit(1);
});
onShutdownSignals(() => platform.stop());

const u = platform.url;
const lines: string[] = [];
lines.push('', `Tandem tourne sur ${u}  (prêt en ${((Date.now() - started) / 1000).toFixed(1)} s)`, '');
if (platform.seedFailures.length) {
  lines.push(`  ⚠ Données de démonstration incomplètes (${platform.seedFailures.join(', ')}) : le prochain démarrage les complète.`, '');
}
if (!existsSync(join(WEB_DIST, 'index.html')))
  lines.push('  ⚠ web/dist est absent : lancez `npm run build` (ou `npm start`) pour le site.', '');
const row = (label: string, url: string) => `    ${label.padEnd(28)}${url}`;
for (const c of platform.communes) {
  lines.push(`  ${c.name}`);
  lines.push(row('Signaler un problème', `${u}/${c.id}/signaler/`));
  lines.push(row('Demander une autorisation', `${u}/${c.id}/demandes/`));
  lines.push(row('Espace agents', `${u}/${c.id}/agents/`));
  lines.push(row('Application terrain', `${u}${fieldAppPath(c.id)}`));
  lines.push(row('Configuration (API)', `${u}/api/${c.id}/config`));
  lines.push(row('Carte', `${u}/${c.id}/carte/`));
  lines.push(row('Flux GeoJSON · CIFS · iCal', `${u}/api/feeds/${c.id}/map.geojson`));
  lines.push(row('Actualités et avis', `${u}/${c.id}/actualites/`));
  lines.push(row('Collectes des déchets', `${u}/${c.id}/collectes/?rue=Grand-Place`));
  lines.push(row('Rendez-vous au guichet', `${u}/${c.id}/rendez-vous/`));
}
lines.push('');
lines.push(row('Boîte d’envoi locale', `${u}/_local/outbox/`).slice(2));
lines.push(row('Codes TOTP (admins démo)', `${u}/_local/totp  (le code à donner après le mot de passe)`).slice(2));
lines.push(row('Open311 (découverte)', `${u}/api/open311/v2/discovery.json`).slice(2));
lines.push(row('Open311 api_key (POST)', `${DEMO_OPEN311_KEY}  (clé de démonstration, toutes les communes)`).slice(2));
lines.push(row('Communes (API)', `${u}/api/communes`).slice(2));
lines.push(row('Temps réel (WebSocket)', `${platform.realtimeUrl}?commune=<id>&token=<jeton ID>`).slice(2));
lines.push('');
lines.push(`  Comptes de démonstration (mot de passe : ${platform.demoPassword})`);
for (const c of platform.communes) {
  for (const a of c.demoAccounts) {
    const totp = a.role === 'admin' ? '  + code TOTP : /_local/totp' : '';
    lines.push(`    ${a.username.padEnd(36)} ${a.role.padEnd(7)} ${c.name}${totp}`);
  }
}
const federated = standInCommunes(platform.communes);
if (federated.length) {
  const who = DEMO_FEDERATED_IDENTITY;
  lines.push('', `  « Se connecter avec itsme ou la carte d’identité » (FAS simulé : ${platform.oidcStandIn?.issuer ?? '?'})`);
  lines.push(
    `    ${`${who.given_name} ${who.family_name} <${who.email}>`.padEnd(36)} n’importe quel identifiant et mot de passe ; une adresse e-mail comme identifiant se connecte sous cette adresse · ${federated.map((c) => c.name).join(', ')} → Mon espace`,
  );
}
lines.push('', `  Données : ${platform.paths.root}  (npm run reset pour tout effacer)`, '  Ctrl-C pour arrêter.', '');
console.log(lines.join('\n'));
