/**
 * « Nouvelle tâche » (`/{commune}/agents/taches/nouvelle/`, `?service=` chooses the department, `?signalement=` links
 * a report): the task's fields, sent once (one Idempotency-Key per intended task), then its page opens.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { TRACKING_CODE_PATTERN } from '@tandem/shared/tracking-code';
import { ApiError } from '../../../lib/api';
import { tr } from '../../../lib/locale';
import { ErrorSummary } from '../../report/form-errors';
import { navigate } from '../router';
import { session, SignedOut } from '../session';
import { staffGroups } from '../staff-groups';
import { BackLink } from '../page-states';
import { useFormSubmit } from '../use-form-submit';
import { sendJson, type TaskView } from './task-api';
import { checkDraft, emptyDraft, inputOf, TF_ORDER, type TaskDraft } from './task-draft';
import { taskHref, tasksHref } from './tasks-route';
import { usePeople } from './use-people';
import TaskFields from './TaskFields';
import { useRetryKey } from '../../../lib/use-retry-key';

export default function NewTask({
  commune,
  params,
  onSignedOut,
}: {
  commune: PublicCommuneConfig;
  params: URLSearchParams;
  onSignedOut(): void;
}) {
  const codes = commune.departments.map((d) => d.code);
  const s = session.value;
  const mine = s ? codes.find((c) => staffGroups(s).departments.includes(c)) : undefined;
  const asked = params.get('service') ?? '';
  const [draft, setDraft] = useState<TaskDraft>(() => emptyDraft(codes.includes(asked) ? asked : (mine ?? codes[0])));
  const report = params.get('signalement') ?? '';
  const links = TRACKING_CODE_PATTERN.test(report) ? [{ kind: 'report' as const, id: report }] : [];
  const people = usePeople(commune.id);
  const { errors, summary, busy, onSubmit } = useFormSubmit();
  const retry = useRetryKey();
  useEffect(() => document.getElementById('new-task-title')?.focus(), []);
  const send = async () => {
    const body = inputOf(draft, links);
    const key = retry.keyFor(body);
    try {
      const t = await sendJson<TaskView>(commune.id, 'POST', 'staff/tasks', key, body);
      navigate(taskHref(commune.id, t.id));
      return true;
    } catch (e) {
      if (e instanceof ApiError) retry.forget();
      if (e instanceof SignedOut) {
        onSignedOut();
        return false;
      }
      throw e;
    }
  };
  return (
    <section aria-labelledby="new-task-title" class="task-new" data-testid="task-new-form">
      <BackLink href={tasksHref(commune.id)} label={tr('workTasks.back')} />
      <h1 id="new-task-title" tabindex={-1}>
        {tr('workTasks.new')}
      </h1>
      {links.length > 0 && <p class="notice">{tr('workTasks.new.forReport', { code: report })}</p>}
      <form noValidate onSubmit={onSubmit(() => checkDraft(draft), send)}>
        <ErrorSummary order={TF_ORDER} {...summary} />
        <TaskFields commune={commune} draft={draft} set={(p) => setDraft({ ...draft, ...p })} errors={errors} people={people} />
        <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined} data-testid="task-create">
          {tr('workTasks.new.create')}
        </button>
      </form>
    </section>
  );
}
