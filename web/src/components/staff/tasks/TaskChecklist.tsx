/** The task's checklist: tick a point (saved at once, said in the status line) or add one. */
import { useState } from 'preact/hooks';
import { tr } from '../../../lib/locale';
import { uuid } from '../../../lib/api';
import { problemText } from '../staff-text';
import type { TaskView } from './task-api';
import type { PatchTask } from './TaskDetail';

/** `canTick`: tick and untick; `canAdd`: add points (a change of the task's details). */
export default function TaskChecklist({
  task,
  patch,
  canTick,
  canAdd,
}: {
  task: TaskView;
  patch: PatchTask;
  canTick: boolean;
  canAdd: boolean;
}) {
  const [text, setText] = useState('');
  const [said, setSaid] = useState('');
  const [busy, setBusy] = useState(false);
  /** The point being ticked or unticked, shown so while it is saved. */
  const [pending, setPending] = useState<{ id: string; done: boolean }>();
  const list = task.checklist;
  const send = async (checklist: TaskView['checklist'], saidOk: string) => {
    if (busy) return false;
    setBusy(true);
    try {
      const ok = await patch({ checklist }, 'workTasks.saved.checklist');
      if (ok) setSaid(saidOk);
      return ok;
    } catch (e) {
      setSaid(problemText(e));
      return false;
    } finally {
      setBusy(false);
      setPending(undefined);
    }
  };
  const done = list.filter((c) => c.done).length;
  return (
    <section class="task-checklist" aria-labelledby="checklist-title" data-testid="task-checklist">
      <h2 id="checklist-title">
        {tr('workTasks.checklist.title')}{' '}
        {list.length > 0 && <span class="count">({tr('workTasks.checklist.progress', { done, total: list.length })})</span>}
      </h2>
      {list.length > 0 && (
        <ul class="checklist">
          {list.map((c) => (
            <li key={c.id}>
              <label class="choice">
                <input
                  type="checkbox"
                  checked={pending?.id === c.id ? pending.done : c.done}
                  disabled={!canTick}
                  aria-disabled={busy ? 'true' : undefined}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    if (busy) return;
                    setPending({ id: c.id, done: on });
                    void send(
                      list.map((x) => (x.id === c.id ? { ...x, done: on } : x)),
                      tr(on ? 'workTasks.checklist.ticked' : 'workTasks.checklist.unticked', { text: c.text }),
                    );
                  }}
                />
                {c.text}
              </label>
            </li>
          ))}
        </ul>
      )}
      {canAdd && (
        <form
          class="inline-form"
          onSubmit={async (e) => {
            e.preventDefault();
            const t = text.trim();
            if (!t) return setSaid(tr('workTasks.checklist.writeFirst'));
            if (
              await send(
                [...list, { id: uuid().slice(0, 8), text: t.slice(0, 200), done: false }],
                tr('workTasks.checklist.added', { text: t }),
              )
            )
              setText('');
          }}
        >
          <div class="field">
            <label for="checklist-new">{tr('workTasks.checklist.new')}</label>
            <input id="checklist-new" type="text" maxLength={200} value={text} onInput={(e) => setText(e.currentTarget.value)} />
          </div>
          <button type="submit" class="button secondary" aria-disabled={busy ? 'true' : undefined}>
            {tr('workTasks.checklist.add')}
          </button>
        </form>
      )}
      <p role="status" aria-live="polite" data-testid="checklist-status">
        {said}
      </p>
    </section>
  );
}
