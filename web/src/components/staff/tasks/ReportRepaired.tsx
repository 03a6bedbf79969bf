/**
 * A done task that answers an open report offers « Marquer le signalement comme réparé »: the agent reads (and may
 * change) the public message the reporter will get, then confirms; it is the report's own transition route
 * (POST staff/reports/{code}/transitions, to « fixed »), with the report's version (409: reloaded and said).
 */
import { useEffect, useState } from 'preact/hooks';
import type { StaffReport } from '@tandem/shared/schemas/report';
import { canTransition } from '@tandem/shared/report-states';
import { ApiError } from '../../../lib/api';
import { tr } from '../../../lib/locale';
import { ErrorSummary } from '../../report/form-errors';
import { staffFetch, SignedOut } from '../session';
import { useFormSubmit } from '../use-form-submit';
import { sendJson, type TaskView } from './task-api';
import { useRetryKey } from '../../../lib/use-retry-key';

export default function ReportRepaired({ commune, task, onSignedOut }: { commune: string; task: TaskView; onSignedOut(): void }) {
  const codes = task.status === 'done' ? task.links.filter((l) => l.kind === 'report').map((l) => l.id) : [];
  return (
    <>
      {codes.map((code) => (
        <RepairedOffer key={code} commune={commune} code={code} onSignedOut={onSignedOut} />
      ))}
    </>
  );
}

function RepairedOffer({ commune, code, onSignedOut }: { commune: string; code: string; onSignedOut(): void }) {
  const [report, setReport] = useState<StaffReport>();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState(() => tr('workTasks.repaired.defaultMessage'));
  const [said, setSaid] = useState('');
  const retry = useRetryKey();
  const { summary, busy, onSubmit } = useFormSubmit();
  const load = () =>
    staffFetch<StaffReport>(commune, `staff/reports/${encodeURIComponent(code)}`)
      .then(setReport)
      .catch((e) => e instanceof SignedOut && onSignedOut());
  useEffect(() => {
    void load();
  }, [code]);
  if (!report) return null;
  if (!canTransition(report.state, 'fixed'))
    return said ? (
      <p class="notice ok" role="status" data-testid="report-repaired-done">
        {said}
      </p>
    ) : null;
  const send = async () => {
    const body = { to: 'fixed', version: report.version, message: message.trim() };
    const key = retry.keyFor(body);
    try {
      await sendJson(commune, 'POST', `staff/reports/${encodeURIComponent(code)}/transitions`, key, body);
    } catch (e) {
      if (e instanceof ApiError) retry.forget();
      if (e instanceof SignedOut) {
        onSignedOut();
        return false;
      }
      if (e instanceof ApiError && e.status === 409) {
        await load();
        setSaid(tr('workTasks.repaired.conflict', { code }));
        return false;
      }
      throw e;
    }
    setSaid(tr('workTasks.repaired.done', { code }));
    await load();
    return true;
  };
  return (
    <section class="report-repaired" aria-labelledby={`repaired-${code}`} data-testid="report-repaired">
      <h2 id={`repaired-${code}`}>{tr('workTasks.repaired.title', { code })}</h2>
      {!open ? (
        <button type="button" class="button" onClick={() => setOpen(true)}>
          {tr('workTasks.repaired.offer')}
        </button>
      ) : (
        <form
          onSubmit={onSubmit(() => (message.trim() ? {} : { [`repaired-message-${code}`]: tr('workTasks.repaired.messageFirst') }), send)}
          noValidate
        >
          <ErrorSummary prefix={`repaired-${code}`} order={[`repaired-message-${code}`]} level={3} {...summary} />
          <div class="field">
            <label for={`repaired-message-${code}`}>{tr('workTasks.repaired.message')}</label>
            <span class="hint" id={`repaired-message-${code}-hint`}>
              {tr('workTasks.repaired.hint')}
            </span>
            <textarea
              id={`repaired-message-${code}`}
              rows={4}
              maxLength={2000}
              value={message}
              aria-describedby={`repaired-message-${code}-hint`}
              onInput={(e) => setMessage(e.currentTarget.value)}
            />
          </div>
          <div class="button-row">
            <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined}>
              {tr('workTasks.repaired.confirm')}
            </button>
            <button type="button" class="button secondary" onClick={() => setOpen(false)}>
              {tr('workTasks.cancel')}
            </button>
          </div>
        </form>
      )}
      <p role="status" aria-live="polite">
        {said}
      </p>
    </section>
  );
}
