import type { PushKey } from './fr.js';
export const pushNl: Record<PushKey, string> = {
  'push.title.mention': 'U bent vermeld in Tandem',
  'push.title.assignment': 'Er is u werk toegewezen in Tandem',
  'push.title.urgent': 'Er wacht een dringende taak op u in Tandem',
  'push.body.task': 'Er wacht een taak op u. Open ze voor meer informatie.',
  'push.body.project': 'Er wacht een project op u. Open het voor meer informatie.',
  'push.body.report': 'Er wacht een melding op u. Open ze voor meer informatie.',
  'push.body.permit': 'Er wacht een vergunningsaanvraag op u. Open ze voor meer informatie.',
  'push.prefs.subscribed': 'Deze browser ontvangt uw pushmeldingen.',
  'push.prefs.unsupported': 'Deze browser ondersteunt geen pushmeldingen: kies een andere manier om verwittigd te worden.',
  'push.prefs.denied': 'Meldingen zijn geblokkeerd voor deze site: sta ze toe in de browserinstellingen en sla opnieuw op.',
  'push.prefs.failed': 'Het abonnement op pushmeldingen is mislukt. Probeer het zo dadelijk opnieuw.',
};
