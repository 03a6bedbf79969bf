/**
 * « Mes données »: one download of what the space keeps about me (docs/citizen-space.md): the account and every
 * linked request as the privacy copy shows it, as indented JSON so that it reads in any text editor.
 */
import { useState } from 'preact/hooks';
import { brusselsDate } from '@tandem/shared/brussels-time';
import { saveFile } from '../../lib/save-file';
import { tr } from '../../lib/locale';
import { myDataCopy } from './account-calls';

export default function MyDataDownload({ commune }: { commune: string }) {
  const [status, setStatus] = useState<{ file: string } | 'failed' | undefined>();
  const [busy, setBusy] = useState(false);

  const download = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const copy = await myDataCopy(commune);
      // The day of the copy in Brussels (the instant is UTC: before 01:00, 02:00 in summer, it is still the day before there).
      const file = `mes-donnees-${commune}-${brusselsDate(copy.exportedAt)}.json`;
      saveFile(file, new Blob([JSON.stringify(copy, null, 2)], { type: 'application/json' }));
      setStatus({ file });
    } catch {
      setStatus('failed');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="my-data-title" class="account-section">
      <h2 id="my-data-title">{tr('myAccount.data.title')}</h2>
      <p>{tr('myAccount.data.intro')}</p>
      <button
        type="button"
        class="button secondary"
        aria-disabled={busy ? 'true' : undefined}
        onClick={download}
        data-testid="my-data-download"
      >
        {tr('myAccount.data.download')}
      </button>
      <div role="status" aria-live="polite">
        {status === 'failed' && <p class="notice warn">{tr('space.failed')}</p>}
        {status && status !== 'failed' && <p class="notice">{tr('myAccount.data.ready', { file: status.file })}</p>}
      </div>
    </section>
  );
}
