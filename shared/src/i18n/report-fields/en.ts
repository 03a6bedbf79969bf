import type { ReportFieldsKey } from './fr.js';
export const reportFieldsEn: Record<ReportFieldsKey, string> = {
  'report.title': 'Report a problem',
  'report.errors.title': 'There is a problem',
  'report.category': 'Category',
  'report.address': 'Address or place (for example: 12 rue de la Station)',
  'report.description': 'Description',
  'report.email': 'E-mail address',
  'report.photos': 'Photos (3 at most)',
  'report.error.category': 'Choose a category.',
  'report.error.place': 'Place the marker on the map or type an address.',
  'report.error.outside': 'This place is outside the municipality. Move the marker or type an address.',
  'report.error.description': 'Describe the problem in at least 10 characters.',
  'report.error.email': 'Type a valid e-mail address, for example name@example.be, or leave the field empty.',
  'report.error.answer': 'Answer this question.',
  'report.error.number': 'Type a number.',
  'report.error.photos': 'A photo could not be sent. Remove it or choose another one.',
};
