/**
 * « Télécharger (CSV) » beside a list the staff app already holds (tasks, projects): the rows shown, written with the
 * one CSV writer (csv-download.ts → shared/src/csv.ts), the file named after the list, the commune and the Brussels
 * day, and said in a live region once it is saved.
 */
import { useState } from 'preact/hooks';
import { brusselsDate } from '@tandem/shared/brussels-time';
import type { CsvTable } from '@tandem/shared/work/work-csv';
import { downloadCsv } from './csv-download';

export function CsvButton({
  name,
  commune,
  table,
  label,
  done,
  testId,
}: {
  /** The file's first word: `taches` → taches-soignies-2026-12-01.csv. */
  name: string;
  commune: string;
  /** The rows, made when the button is pressed. */
  table(): CsvTable;
  label: string;
  done(file: string): string;
  testId: string;
}) {
  const [said, setSaid] = useState('');
  return (
    <p class="csv-download">
      <button
        type="button"
        class="button secondary"
        data-testid={testId}
        onClick={() => {
          const file = `${name}-${commune}-${brusselsDate(Date.now())}.csv`;
          const { header, rows } = table();
          downloadCsv(file, header, rows);
          setSaid(done(file));
        }}
      >
        {label}
      </button>{' '}
      <span role="status" class="hint">
        {said}
      </span>
    </p>
  );
}
