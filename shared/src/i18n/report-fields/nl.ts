import type { ReportFieldsKey } from './fr.js';
export const reportFieldsNl: Record<ReportFieldsKey, string> = {
  'report.title': 'Een probleem melden',
  'report.errors.title': 'Er is een probleem',
  'report.category': 'Categorie',
  'report.address': 'Adres of plaats (bijvoorbeeld: rue de la Station 12)',
  'report.description': 'Beschrijving',
  'report.email': 'E-mailadres',
  'report.photos': 'Foto’s (maximaal 3)',
  'report.error.category': 'Kies een categorie.',
  'report.error.place': 'Plaats de markering op de kaart of typ een adres.',
  'report.error.outside': 'Deze plaats ligt buiten de gemeente. Verplaats de markering of typ een adres.',
  'report.error.description': 'Beschrijf het probleem in minstens 10 tekens.',
  'report.error.email': 'Typ een geldig e-mailadres, bijvoorbeeld naam@voorbeeld.be, of laat het veld leeg.',
  'report.error.answer': 'Beantwoord deze vraag.',
  'report.error.number': 'Typ een getal.',
  'report.error.photos': 'Een foto kon niet worden verzonden. Verwijder ze of kies een andere.',
};
