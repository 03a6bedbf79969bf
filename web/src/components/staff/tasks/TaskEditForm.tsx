/** Changing a task's fields (behind « Modifier la tâche »): only what changed is sent, with the version shown. */
import { useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { tr } from '../../../lib/locale';
import { ErrorSummary } from '../../report/form-errors';
import { useFormSubmit } from '../use-form-submit';
import type { PersonView, TaskView } from './task-api';
import { changeOf, checkDraft, draftOfTask, TF_ORDER, type TaskDraft } from './task-draft';
import TaskFields from './TaskFields';
import type { PatchTask } from './TaskDetail';

export default function TaskEditForm({
  commune,
  task,
  people,
  patch,
}: {
  commune: PublicCommuneConfig;
  task: TaskView;
  people: PersonView[] | undefined;
  patch: PatchTask;
}) {
  const [draft, setDraft] = useState<TaskDraft>(() => draftOfTask(task));
  const [seen, setSeen] = useState(task.version);
  const { errors, summary, busy, onSubmit } = useFormSubmit();
  // A newer task (saved here or elsewhere, reloaded) refills the form.
  if (seen !== task.version) {
    setSeen(task.version);
    setDraft(draftOfTask(task));
  }
  return (
    <details class="task-edit" data-testid="task-edit">
      <summary>{tr('workTasks.edit.title')}</summary>
      <form
        noValidate
        onSubmit={onSubmit(
          () => checkDraft(draft),
          async () => {
            const change = changeOf(draft, task);
            return Object.keys(change).length ? patch(change, 'workTasks.saved.fields') : true;
          },
        )}
      >
        <ErrorSummary prefix="task-edit" order={TF_ORDER} {...summary} />
        <TaskFields commune={commune} draft={draft} set={(p) => setDraft({ ...draft, ...p })} errors={errors} people={people} />
        <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined}>
          {tr('workTasks.edit.save')}
        </button>
      </form>
    </details>
  );
}
