/**
 * « Tâches récurrentes » (`/{commune}/agents/taches/?vue=recurrentes`): the commune's recurrences (workers: their
 * departments'), « Nouvelle tâche récurrente » for those who may create one, and the form to create or change one.
 * Pausing, resuming and deleting send the version shown; a stale one (409) reloads the list and says so in the
 * status line. Focus: the form's heading when it opens, the view's heading when it closes.
 */
import { useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { ApiError, uuid } from '../../../../lib/api';
import { tr } from '../../../../lib/locale';
import { may } from '../../may';
import { SignedOut } from '../../session';
import { problemText } from '../../staff-text';
import { sendJson } from '../task-api';
import { useLoad } from '../use-load';
import { fetchRecurrences, recurrencePath, type RecurrenceView } from './recurrence-api';
import RecurrenceCard, { type CardAction } from './RecurrenceCard';
import RecurrenceForm, { type FormOutcome } from './RecurrenceForm';
import './recurrences.css';

const focusHeading = () => setTimeout(() => document.getElementById('recurrences-title')?.focus(), 0);

export default function RecurrencesView({ commune, onSignedOut }: { commune: PublicCommuneConfig; onSignedOut(): void }) {
  const list = useLoad(() => fetchRecurrences(commune.id), [commune.id], onSignedOut);
  const [editing, setEditing] = useState<'new' | RecurrenceView>();
  const [said, setSaid] = useState('');
  const [busy, setBusy] = useState('');
  const mayCreate = commune.departments.some((d) =>
    may(commune, 'POST /api/{commune}/staff/recurrences', 'create', { department: d.code }),
  );

  const done = (o: FormOutcome) => {
    setEditing(undefined);
    if ('saved' in o) setSaid(tr('recurring.ui.saved.said', { title: o.saved.title }));
    if ('conflict' in o) setSaid(tr('recurring.ui.conflict', { title: o.conflict }));
    if (!('cancelled' in o)) void list.reload();
    focusHeading();
  };

  const act = async (a: CardAction, r: RecurrenceView) => {
    if (a === 'edit') return setEditing(r);
    if (a === 'delete' && !window.confirm(tr('recurring.ui.confirmDelete', { title: r.title }))) return;
    setBusy(r.id);
    setSaid('');
    try {
      if (a === 'delete') await sendJson(commune.id, 'DELETE', `${recurrencePath(r.id)}?version=${r.version}`, uuid());
      else await sendJson(commune.id, 'PATCH', recurrencePath(r.id), uuid(), { active: a === 'resume', version: r.version });
      setSaid(tr(`recurring.ui.${a === 'delete' ? 'deleted' : a === 'pause' ? 'paused' : 'resumed'}.said`, { title: r.title }));
      await list.reload();
    } catch (e) {
      if (e instanceof SignedOut) return onSignedOut();
      if (e instanceof ApiError && e.status === 409) {
        setSaid(tr('recurring.ui.conflict', { title: r.title }));
        await list.reload();
      } else setSaid(problemText(e));
    } finally {
      setBusy('');
    }
  };

  return (
    <section
      class="recurrences"
      aria-labelledby="recurrences-title"
      aria-busy={list.loading ? 'true' : undefined}
      data-testid="recurrences"
    >
      <div class="tasks-head">
        <h1 id="recurrences-title" tabindex={-1}>
          {tr('recurring.ui.view')}
        </h1>
        {mayCreate && !editing && (
          <button type="button" class="button" onClick={() => setEditing('new')} data-testid="recurrence-new">
            {tr('recurring.ui.new')}
          </button>
        )}
      </div>
      <p>{tr('recurring.ui.intro')}</p>
      <p role="status" class="recurrences-said" data-testid="recurrences-said">
        {said}
      </p>
      {editing && (
        <RecurrenceForm
          key={editing === 'new' ? 'new' : `${editing.id}@${editing.version}`}
          commune={commune}
          editing={editing === 'new' ? undefined : editing}
          onDone={done}
          onSignedOut={onSignedOut}
        />
      )}
      {list.error && (
        <p class="notice" role="alert">
          {list.error}
        </p>
      )}
      {list.data && list.data.length === 0 && <p>{tr('recurring.ui.none')}</p>}
      {list.data && list.data.length > 0 && (
        <ul class="recurrence-list">
          {list.data.map((r) => (
            <RecurrenceCard key={r.id} commune={commune} r={r} busy={busy === r.id} onAction={act} />
          ))}
        </ul>
      )}
    </section>
  );
}
