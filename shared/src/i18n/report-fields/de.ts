import type { ReportFieldsKey } from './fr.js';
export const reportFieldsDe: Record<ReportFieldsKey, string> = {
  'report.title': 'Ein Problem melden',
  'report.errors.title': 'Es gibt ein Problem',
  'report.category': 'Kategorie',
  'report.address': 'Adresse oder Ort (zum Beispiel: rue de la Station 12)',
  'report.description': 'Beschreibung',
  'report.email': 'E-Mail-Adresse',
  'report.photos': 'Fotos (höchstens 3)',
  'report.error.category': 'Wählen Sie eine Kategorie.',
  'report.error.place': 'Setzen Sie die Markierung auf der Karte oder geben Sie eine Adresse ein.',
  'report.error.outside': 'Dieser Ort liegt außerhalb der Gemeinde. Verschieben Sie die Markierung oder geben Sie eine Adresse ein.',
  'report.error.description': 'Beschreiben Sie das Problem mit mindestens 10 Zeichen.',
  'report.error.email': 'Geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.be, oder lassen Sie das Feld leer.',
  'report.error.answer': 'Beantworten Sie diese Frage.',
  'report.error.number': 'Geben Sie eine Zahl ein.',
  'report.error.photos': 'Ein Foto konnte nicht gesendet werden. Entfernen Sie es oder wählen Sie ein anderes.',
};
