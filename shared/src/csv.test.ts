import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, csvDocument, csvFile, csvRow } from './csv.js';

describe('CSV writer', () => {
  it('leaves plain cells as they are and writes empty cells for missing values', () => {
    expect(csvRow(['a', 1, undefined, null, 'é → ü'])).toBe('a,1,,,é → ü\r\n');
  });

  it('quotes a cell with a comma, a quote or a line break, doubling the quotes (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('il a dit "oui"')).toBe('"il a dit ""oui"""');
    expect(csvCell('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"');
    expect(csvCell('ligne 1\r\nligne 2')).toBe('"ligne 1\r\nligne 2"');
  });

  it('makes a cell that a spreadsheet would run as a formula plain text', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","clic")')).toBe(`"'=HYPERLINK(""http://evil.example"",""clic"")"`);
    expect(csvCell('+32 65 00 00 00')).toBe("'+32 65 00 00 00");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1+1')).toBe("'\t=1+1");
    expect(csvCell('\r=1+1')).toBe(`"'\r=1+1"`);
    // Only the first character counts.
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('Marie-Claire')).toBe('Marie-Claire');
  });

  it('writes the header row first, every row ending with CRLF', () => {
    const file = csvFile(
      ['at', 'name'],
      [
        ['2026-12-01', 'Anne'],
        ['2026-12-02', '=1+1'],
      ],
    );
    expect(file).toBe("at,name\r\n2026-12-01,Anne\r\n2026-12-02,'=1+1\r\n");
    expect(csvFile(['only'], [])).toBe('only\r\n');
  });

  it('writes numbers as numbers (a negative one is no formula) and leaves out what is not a finite number', () => {
    expect(csvRow([-3, 2.5, 0, Number.NaN, true])).toBe('-3,2.5,0,,true\r\n');
    expect(csvCell('-3')).toBe("'-3");
  });

  it('starts a download with the byte order mark, so that spreadsheets read UTF-8', () => {
    const doc = csvDocument(['nom'], [['Élodie']]);
    expect(doc.startsWith(CSV_BOM)).toBe(true);
    expect(Buffer.from(doc, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(doc.slice(1)).toBe('nom\r\nÉlodie\r\n');
  });
});
