/**
 * A comment on a project, through the tasks API's `POST projects/{id}/comments` (its generic comments route): the
 * form shows once that route is in the route table, so the screens need no change when it lands.
 */
import { useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { ROUTES } from '@tandem/shared/routes';
import { tr } from '../../../lib/locale';
import { ApiError } from '../../../lib/api';
import { ErrorSummary, FieldError, type FieldErrors, describedBy } from '../../report/form-errors';
import { SignedOut, staffFetch } from '../session';
import { useFormSubmit } from '../use-form-submit';
import { useRetryKey } from '../../../lib/use-retry-key';

const COMMENTS = '/api/{commune}/staff/projects/{id}/comments';
export const commentsReady = () => ROUTES.some((r) => r.method === 'POST' && (r.path as string) === COMMENTS);

export default function ProjectComment({
  commune,
  projectId,
  onSent,
  onSignedOut,
}: {
  commune: PublicCommuneConfig;
  projectId: string;
  onSent(): void;
  onSignedOut(): void;
}) {
  const [text, setText] = useState('');
  const [sent, setSent] = useState(false);
  const form = useFormSubmit();
  const retry = useRetryKey();
  if (!commentsReady()) return null;
  const send = async () => {
    const body = { text: text.trim() };
    const key = retry.keyFor(body);
    try {
      await staffFetch(commune.id, `staff/projects/${encodeURIComponent(projectId)}/comments`, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'idempotency-key': key },
      });
      retry.forget();
      setText('');
      setSent(true);
      onSent();
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
    <form
      noValidate
      onSubmit={form.onSubmit((): FieldErrors => (text.trim() ? {} : { 'project-comment': tr('projects.comment.required') }), send)}
      data-testid="project-comment"
    >
      <ErrorSummary order={['project-comment']} {...form.summary} prefix="project-comment" level={3} />
      <div class="field">
        <label for="project-comment">{tr('projects.comment.label')}</label>
        <textarea
          id="project-comment"
          rows={3}
          maxLength={5000}
          value={text}
          aria-describedby={describedBy('project-comment', form.errors)}
          onInput={(e) => {
            setText(e.currentTarget.value);
            setSent(false);
          }}
        />
        <FieldError id="project-comment" errors={form.errors} />
      </div>
      <p>
        <button type="submit" class="button secondary" disabled={form.busy}>
          {tr('projects.comment.send')}
        </button>
      </p>
      {sent && (
        <p class="notice ok" role="status">
          {tr('projects.comment.sent')}
        </p>
      )}
    </form>
  );
}
