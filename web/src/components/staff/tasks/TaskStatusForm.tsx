/** The task's status: the statuses it may move to (task-states.ts), one select and a button. */
import { useState } from 'preact/hooks';
import { BOARD_COLUMNS, canMoveTask, type TaskStatus } from '@tandem/shared/work/task-states';
import { tr } from '../../../lib/locale';
import { ErrorSummary } from '../../report/form-errors';
import { useFormSubmit } from '../use-form-submit';
import type { TaskView } from './task-api';
import { statusLabel } from './task-format';
import type { PatchTask } from './TaskDetail';

export default function TaskStatusForm({ task, patch }: { task: TaskView; patch: PatchTask }) {
  const targets = BOARD_COLUMNS.filter((s) => canMoveTask(task.status, s));
  const [to, setTo] = useState<TaskStatus>(targets[0]);
  const { summary, busy, onSubmit } = useFormSubmit();
  const value = targets.includes(to) ? to : targets[0];
  return (
    <form
      class="task-status-form"
      onSubmit={onSubmit(
        () => ({}),
        () => patch({ status: value }, 'workTasks.saved.status'),
      )}
      data-testid="task-status-form"
    >
      <ErrorSummary prefix="status" order={[]} level={3} {...summary} />
      <div class="field">
        <label for="task-status-to">{tr('workTasks.status.moveTo')}</label>
        <select id="task-status-to" value={value} onChange={(e) => setTo(e.currentTarget.value as TaskStatus)}>
          {targets.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined}>
        {tr('workTasks.status.save')}
      </button>
    </form>
  );
}
