/**
 * « Mes données »: one download of what the space keeps about me (docs/citizen-space.md): the account and every
 * linked request as the privacy copy shows it, as indented JSON so that it reads in any text editor.
 */
import { useState } from 'preact/hooks';
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
      const file = `mes-donnees-${commune}-${copy.exportedAt.slice(0, 10)}.json`;
      const url = URL.createObjectURL(new Blob([JSON.stringify(copy, null, 2)], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = file;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
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
