import type { FieldShellKey } from './fr.js';
export const fieldShellNl: Record<FieldShellKey, string> = {
  'fieldShell.title': 'Terrein',
  'fieldShell.manifest.name': 'Terrein — {commune}',
  'fieldShell.manifest.shortName': 'Terrein',
  'fieldShell.manifest.description': 'Uw taken van vandaag, ook zonder netwerk.',
  'fieldShell.pin.choose.title': 'Kies uw code',
  'fieldShell.pin.choose.intro': 'Met deze code van 4 tot 6 cijfers opent u de app opnieuw op deze telefoon, zonder wachtwoord.',
  'fieldShell.pin.label': 'Code (4 tot 6 cijfers)',
  'fieldShell.pin.again': 'Dezelfde code, nog een keer',
  'fieldShell.pin.save': 'Code opslaan',
  'fieldShell.pin.invalid': 'De code telt 4 tot 6 cijfers.',
  'fieldShell.pin.mismatch': 'De twee codes zijn niet gelijk.',
  'fieldShell.unlock.title': 'Voer uw code in',
  'fieldShell.unlock.submit': 'Openen',
  'fieldShell.unlock.wrong': 'Verkeerde code. Nog {n} pogingen voor u wordt afgemeld.',
  'fieldShell.unlock.tooMany': 'Te veel pogingen: u bent afgemeld. Meld u aan met uw wachtwoord.',
  'fieldShell.signOut': 'Afmelden',
  'fieldShell.signOut.waiting':
    'Acties nog niet verzonden: {n}. Ze blijven op deze telefoon, op uw naam, en worden verzonden wanneer u zich hier opnieuw aanmeldt.',
  'fieldShell.signOut.anyway': 'Bewaren en afmelden',
  'fieldShell.signOut.cancel': 'Aangemeld blijven',
  'fieldShell.held.one':
    'Deze telefoon bewaart 1 actie die nog niet verzonden is. Ze wordt verzonden wanneer de persoon die ze deed zich hier opnieuw aanmeldt.',
  'fieldShell.held.many':
    'Deze telefoon bewaart {n} acties die nog niet verzonden zijn. Ze worden verzonden wanneer de persoon die ze deed zich hier opnieuw aanmeldt.',
  'fieldShell.held.people':
    'Deze telefoon bewaart {n} acties die nog niet verzonden zijn, van {p} personen. Elke actie wordt verzonden wanneer de persoon die ze deed zich hier opnieuw aanmeldt.',
  'fieldShell.storage.full': 'Het geheugen van de telefoon is bijna vol: verstuur uw acties zodra u netwerk hebt.',
  'fieldShell.staffLink.intro': 'Op het terrein staan uw taken van vandaag ook op de telefoon, zelfs zonder netwerk.',
  'fieldShell.staffLink': 'Terrein-app openen',
};
