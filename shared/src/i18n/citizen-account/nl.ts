import type { citizenAccountFr } from './fr.js';

export const citizenAccountNl: Record<keyof typeof citizenAccountFr, string> = {
  'myAccount.prefs.title': 'Mijn e-mails en mijn taal',
  'myAccount.prefs.mails': 'Welke e-mails wilt u ontvangen over uw aanvragen?',
  'myAccount.prefs.every-step': 'Bij elke stap',
  'myAccount.prefs.every-step.hint': 'Een e-mail bij elke wijziging van uw aanvragen.',
  'myAccount.prefs.essential': 'Alleen het belangrijkste',
  'myAccount.prefs.essential.hint': 'Wanneer de gemeente iets van u verwacht, en wanneer uw aanvraag afgerond is.',
  'myAccount.prefs.always':
    'Sommige e-mails krijgt u altijd, wat u ook kiest: het ontvangstbewijs van een vergunningsaanvraag, een vraag om aanvullingen of wijzigingen, de beslissing, het einde van een aanvraag en de afsluiting van een melding.',
  'myAccount.prefs.locale': 'Taal van uw e-mails en van uw ruimte',
  'myAccount.prefs.save': 'Mijn voorkeuren opslaan',
  'myAccount.prefs.saved': 'Uw voorkeuren zijn opgeslagen.',
  'myAccount.prefs.conflict':
    'Uw voorkeuren zijn intussen gewijzigd, misschien in een ander tabblad. Hier zijn de laatste: controleer ze en sla ze opnieuw op.',
  'myAccount.data.title': 'Mijn gegevens',
  'myAccount.data.intro':
    'Download een kopie van wat uw ruimte over u bewaart: uw e-mailadres, uw voorkeuren, en uw aanvragen met uw contactgegevens en wat u geschreven hebt. Het bestand is in JSON-formaat, leesbaar in een teksteditor.',
  'myAccount.data.download': 'Een kopie van mijn gegevens downloaden',
  'myAccount.data.ready': 'Uw kopie is klaar: het bestand {file} is gedownload.',
  'myAccount.delete.title': 'Mijn account verwijderen',
  'myAccount.delete.intro':
    'Uw account en uw ruimte worden verwijderd. Uw aanvragen blijven bij de gemeente, die ze moet bewaren, maar ze zijn niet meer aan u gekoppeld.',
  'myAccount.delete.start': 'Mijn account verwijderen…',
  'myAccount.delete.confirmTitle': 'Wilt u uw account echt verwijderen?',
  'myAccount.delete.point.signIn': 'U kunt uw ruimte niet meer openen met {email}.',
  'myAccount.delete.point.requests':
    'Uw aanvragen blijven bij de gemeente, zonder koppeling met u. U kunt ze nog volgen met hun opvolgingscode.',
  'myAccount.delete.point.again': 'U kunt later een nieuwe ruimte aanmaken met hetzelfde adres, maar die is dan leeg.',
  'myAccount.delete.erase': 'Ook mijn contactgegevens en wat ik geschreven heb uit mijn aanvragen wissen',
  'myAccount.delete.erase.hint':
    'Uw naam, e-mailadres, telefoonnummer, adres en uw eigen woorden worden gewist uit de aanvragen die met uw e-mailadres zijn gedaan. De gemeente kan u er dan niet meer over schrijven, ook niet voor een lopende aanvraag.',
  'myAccount.delete.yes': 'Ja, mijn account verwijderen',
  'myAccount.delete.no': 'Nee, mijn account behouden',
  'myAccount.delete.failed': 'Het verwijderen is niet gelukt. Uw account bestaat nog: probeer het zo meteen opnieuw.',
  'myAccount.delete.done': 'Uw account is verwijderd. Uw aanvragen blijven bij de gemeente, zonder koppeling met u.',
  'myAccount.delete.doneErased': 'Uw account is verwijderd en uw contactgegevens zijn uit uw aanvragen gewist.',
};
