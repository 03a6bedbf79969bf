/**
 * Writing a comment on a work item (a task; a project through the same route shape: `itemPath` is
 * `staff/tasks/{id}` or `staff/projects/{id}`), with @mentions of colleagues and departments (they find it under
 * « Mentions »). One Idempotency-Key per intended comment, kept while the same comment is retried.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { ApiError, uuid } from '../../../lib/api';
import { lt, tr } from '../../../lib/locale';
import { ErrorSummary, type FieldErrors } from '../../report/form-errors';
import { useFormSubmit } from '../use-form-submit';
import { SignedOut } from '../session';
import { sendJson, type ActivityView, type PersonView } from './task-api';
import { mentionsIn, type Mentionable } from './mentions';
import MentionField from './MentionField';
import { trOr } from './task-format';

export default function TaskComments({
  commune,
  itemPath,
  people,
  mayRead,
  onPosted,
  onSignedOut,
}: {
  commune: PublicCommuneConfig;
  /** Under /api/{commune}/, e.g. staff/tasks/ABCD-1234. */
  itemPath: string;
  people: PersonView[] | undefined;
  /** Who may read the item: only they are offered (the API refuses a mention of anyone else). */
  mayRead(p: PersonView): boolean;
  onPosted(): Promise<void>;
  onSignedOut(): void;
}) {
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<Mentionable[]>([]);
  const [said, setSaid] = useState('');
  const key = useRef<{ body: string; key: string }>();
  const { summary, busy, onSubmit } = useFormSubmit();
  const mentionable = useMemo<Mentionable[]>(
    () => [
      ...(people ?? []).filter(mayRead).map((p) => ({ id: p.id, name: p.name, detail: trOr(`workTasks.role.${p.role}`, p.role) })),
      ...commune.departments.map((d) => ({ id: `dept:${d.code}`, name: lt(d.name), detail: tr('workTasks.mention.department') })),
    ],
    [people, mayRead, commune.id],
  );
  const send = async () => {
    const body = { text: text.trim(), mentions: mentionsIn(text, chosen) };
    const sig = JSON.stringify(body);
    if (key.current?.body !== sig) key.current = { body: sig, key: uuid() };
    try {
      await sendJson<ActivityView>(commune.id, 'POST', `${itemPath}/comments`, key.current.key, body);
    } catch (e) {
      if (e instanceof ApiError) key.current = undefined;
      if (e instanceof SignedOut) {
        onSignedOut();
        return false;
      }
      throw e;
    }
    key.current = undefined;
    await onPosted();
    setSaid(tr(body.mentions.length ? 'workTasks.comment.postedMentions' : 'workTasks.comment.posted', { n: body.mentions.length }));
    return true;
  };
  return (
    <section class="task-comment" aria-labelledby="comment-title" data-testid="task-comment">
      <h2 id="comment-title">{tr('workTasks.comment.title')}</h2>
      <form
        onSubmit={onSubmit(
          (): FieldErrors => (text.trim() ? {} : { 'comment-text': tr('workTasks.comment.empty') }),
          send,
          () => {
            setText('');
            setChosen([]);
          },
        )}
        noValidate
      >
        <ErrorSummary prefix="comment" order={['comment-text']} level={3} {...summary} />
        <MentionField
          id="comment-text"
          label={tr('workTasks.comment.label')}
          hint={tr('workTasks.comment.hint')}
          value={text}
          people={mentionable}
          onValue={(v) => {
            setText(v);
            setSaid('');
          }}
          onMention={(m) => setChosen((c) => [...c.filter((x) => x.id !== m.id), m])}
        />
        <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined} data-testid="comment-send">
          {tr('workTasks.comment.send')}
        </button>
      </form>
      <p role="status" aria-live="polite" data-testid="comment-status">
        {said}
      </p>
    </section>
  );
}
