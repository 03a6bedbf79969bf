/** The task's files (photos, documents: presigned links) and joining a new one (PDF, JPEG or PNG, through the upload step). */
import { useState } from 'preact/hooks';
import { tr } from '../../../lib/locale';
import { uploadDocument } from '../../../lib/upload';
import { problemText } from '../staff-text';
import type { TaskView } from './task-api';
import type { PatchTask } from './TaskDetail';

/** Files as links opening in a new tab (the task's files, a comment's files). */
export function FileLinks({ files }: { files: readonly { url: string; name: string }[] }) {
  return (
    <ul>
      {files.map((f) => (
        <li key={f.url}>
          <a href={f.url} target="_blank" rel="noopener">
            {f.name}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** `canAdd`: join files (as ticking a checklist: who does the task may). */
export default function TaskFiles({
  commune,
  task,
  patch,
  canAdd,
}: {
  commune: string;
  task: TaskView;
  patch: PatchTask;
  canAdd: boolean;
}) {
  const [file, setFile] = useState<File>();
  const [said, setSaid] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <section class="task-files" aria-labelledby="files-title" data-testid="task-files">
      <h2 id="files-title">{tr('workTasks.files.title')}</h2>
      {task.files.length === 0 ? <p class="hint">{tr('workTasks.files.none')}</p> : <FileLinks files={task.files} />}
      {canAdd && (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            const form = e.currentTarget as HTMLFormElement;
            if (busy) return;
            if (!file) return setSaid(tr('workTasks.files.chooseFirst'));
            setBusy(true);
            setSaid(tr('workTasks.files.sending'));
            try {
              const key = await uploadDocument(commune, file);
              if (await patch({ addFiles: [key] }, 'workTasks.saved.files')) {
                setSaid(tr('workTasks.files.added', { name: file.name }));
                setFile(undefined);
                form.reset();
              }
            } catch (err) {
              setSaid(problemText(err));
            } finally {
              setBusy(false);
            }
          }}
        >
          <div class="field">
            <label for="task-file">{tr('workTasks.files.choose')}</label>
            <span class="hint" id="task-file-hint">
              {tr('workTasks.files.hint')}
            </span>
            <input
              id="task-file"
              type="file"
              accept="application/pdf,image/jpeg,image/png"
              aria-describedby="task-file-hint"
              onChange={(e) => setFile(e.currentTarget.files?.[0])}
            />
          </div>
          <button type="submit" class="button secondary" aria-disabled={busy ? 'true' : undefined}>
            {tr('workTasks.files.add')}
          </button>
        </form>
      )}
      <p role="status" aria-live="polite">
        {said}
      </p>
    </section>
  );
}
