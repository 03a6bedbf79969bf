/**
 * A CSV of rows the staff app already holds (a list's current rows), written with the platform's one CSV writer
 * (shared/src/csv.ts: RFC 4180, formula cells made text, byte order mark) and saved as a download. For lists without a
 * CSV route of their own; the statistics and the reports and permits lists have one (docs/statistics.md).
 */
import { csvDocument, type CsvValue } from '@tandem/shared/csv';
import { saveFile } from '../../lib/save-file';

export function downloadCsv(fileName: string, header: readonly string[], rows: readonly (readonly CsvValue[])[]): void {
  saveFile(fileName, new Blob([csvDocument(header, rows)], { type: 'text/csv;charset=utf-8' }));
}
