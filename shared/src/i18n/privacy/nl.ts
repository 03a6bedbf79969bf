import type { PrivacyKey } from './fr.js';
export const privacyNl: Record<PrivacyKey, string> = {
  'privacy.title': 'Mijn gegevens',
  'privacy.intro':
    'Hebt u een melding of een vergunningsaanvraag gedaan? Met de volgcode en het e-mailadres dat u opgaf, kunt u een kopie van uw gegevens krijgen of ze laten wissen.',
  'privacy.kept':
    'De gemeente bewaart uw naam, e-mailadres en telefoonnummer zolang de aanvraag loopt, en daarna {months} maanden na de afsluiting. Dan worden ze automatisch gewist.',
  'privacy.public':
    'Wat openbaar is, blijft openbaar: de stand van de aanvraag, de openbare berichten van de gemeente, de plaats en de foto’s van het probleem.',
  'privacy.code': 'Volgcode',
  'privacy.code.hint': 'Acht tekens, bijvoorbeeld ABCD-1234.',
  'privacy.email': 'Uw e-mailadres',
  'privacy.email.hint': 'Het adres dat u bij de aanvraag opgaf.',
  'privacy.error.code': 'Vul de volgcode in: acht tekens, bijvoorbeeld ABCD-1234.',
  'privacy.error.email': 'Vul een geldig e-mailadres in.',
  'privacy.copy': 'Een kopie van mijn gegevens krijgen',
  'privacy.copy.done': 'Uw gegevens staan klaar. Dit bewaart de gemeente over u:',
  'privacy.copy.download': 'Mijn gegevens downloaden (JSON)',
  'privacy.erase': 'Mijn gegevens wissen',
  'privacy.erase.explain':
    'Uw naam, e-mailadres, telefoonnummer en uw eigen woorden worden gewist. U krijgt geen berichten per e-mail meer. De openbare volgpagina blijft.',
  'privacy.erase.confirm': 'Ja, mijn gegevens wissen',
  'privacy.erase.cancel': 'Nee, mijn gegevens bewaren',
  'privacy.erase.question': 'Wilt u uw gegevens echt wissen? Dit kan niet ongedaan worden gemaakt.',
  'privacy.erase.done': 'Uw gegevens zijn gewist op {date}.',
  'privacy.erase.already': 'Uw gegevens waren al gewist op {date}.',
  'privacy.notfound': 'Geen aanvraag heeft deze code met dit e-mailadres. Controleer de code en het adres.',
  'privacy.failed': 'Het is niet gelukt. Probeer het zo dadelijk opnieuw.',
  'privacy.busy': 'Even geduld…',
  'privacy.link.track': 'Mijn gegevens: kopie of wissen',
  'privacy.erased.retention': 'Persoonsgegevens gewist op {date} (einde van de bewaartermijn).',
  'privacy.erased.request': 'Persoonsgegevens gewist op {date}, op verzoek van de persoon.',
  'privacy.publicPage': 'Zichtbaar voor het publiek?',
  'privacy.publicPage.hint': 'De aanvrager ziet deze tekst altijd. Kies of hij ook op de openbare pagina van de aanvraag staat.',
  'privacy.publicPage.yes': 'Ja, zichtbaar op de openbare pagina',
  'privacy.publicPage.no': 'Nee, alleen voor de aanvrager',
  'privacy.publicPage.error': 'Kies of deze tekst zichtbaar is voor het publiek.',
  'privacy.publicPage.badge': 'zichtbaar voor het publiek',
};
