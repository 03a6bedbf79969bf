/** The one CSV writer lives in shared (the staff app writes client-side downloads with it too): shared/src/csv.ts. */
import { CSV_CONTENT_TYPE, csvDocument, type CsvValue } from '@tandem/shared';
import type { ApiResult } from './http.js';

export { CSV_BOM, CSV_CONTENT_TYPE, csvCell, csvDocument, csvFile, csvRow, type CsvValue } from '@tandem/shared';

/** A CSV download as the API answers it: the document (byte order mark, header, rows) as an attachment named `fileName`. */
export function csvDownload(fileName: string, header: readonly string[], rows: readonly (readonly CsvValue[])[]): ApiResult {
  return {
    statusCode: 200,
    headers: { 'content-type': CSV_CONTENT_TYPE, 'content-disposition': `attachment; filename="${fileName}"`, 'cache-control': 'no-store' },
    body: csvDocument(header, rows),
  };
}
