/**
 * The reporter's answer to « Réparé » on the tracking page (docs/reopen-and-satisfaction.md), shown only when the page
 * was opened with the « réparé » mail's link (`#avis=…`): « Ce n’est pas réparé » (words, an optional photo) and
 * « Êtes-vous satisfait ? ». The link's secret is read from the fragment and taken out of the address bar, so that a
 * copied or shared address does not carry it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { feedbackLastDay } from '@tandem/shared/report-feedback';
import { formatDayInWords } from '@tandem/shared/brussels-time';
import { REOPEN_WORDS_MAX, REOPEN_WORDS_MIN, RATING_COMMENT_MAX } from '@tandem/shared/schemas/report-feedback';
import type { PublicReport } from '@tandem/shared/schemas/report';
import { locale, tr } from '../../lib/locale';
import { apiFetch, apiPath, ApiError, uuid } from '../../lib/api';
import { resizePhoto } from '../../lib/photo-resize';
import { uploadPhoto } from '../../lib/upload';
import '../../lib/messages/report-feedback';

type Status = { kind: 'idle' } | { kind: 'sending' } | { kind: 'done' } | { kind: 'error'; message: string; field?: boolean };

function problemText(e: unknown, field?: string): { message: string; field?: boolean } {
  if (e instanceof ApiError) {
    if (e.status === 410) return { message: tr('feedback.error.expired') };
    if (e.status === 409) return { message: tr('feedback.error.used') };
    if (e.status === 403) return { message: tr('feedback.error.link') };
    if (e.status === 422 && field && e.invalidParams.some((p) => p.name === field))
      return { message: tr('feedback.error.tooShort'), field: true };
  }
  return { message: tr('feedback.error.generic') };
}

export default function ReportFeedback({
  commune,
  report,
  token,
  onReopened,
}: {
  commune: string;
  report: PublicReport;
  token: string;
  onReopened(report: PublicReport): void;
}) {
  const [words, setWords] = useState('');
  const [photo, setPhoto] = useState<File | undefined>();
  const [reopen, setReopen] = useState<Status>({ kind: 'idle' });
  const [satisfied, setSatisfied] = useState<boolean | undefined>();
  const [comment, setComment] = useState('');
  const [rating, setRating] = useState<Status>({ kind: 'idle' });
  const idempotencyKey = useRef(uuid());
  const reopenStatus = useRef<HTMLParagraphElement>(null);
  const ratingStatus = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (reopen.kind === 'done' || reopen.kind === 'error') reopenStatus.current?.focus();
  }, [reopen.kind]);
  useEffect(() => {
    if (rating.kind === 'done' || rating.kind === 'error') ratingStatus.current?.focus();
  }, [rating.kind]);

  const sendReopen = async (ev: Event) => {
    ev.preventDefault();
    if (words.trim().length < REOPEN_WORDS_MIN) return setReopen({ kind: 'error', message: tr('feedback.error.tooShort'), field: true });
    setReopen({ kind: 'sending' });
    try {
      const key = photo ? await uploadPhoto(commune, await resizePhoto(photo)) : undefined;
      const updated = await apiFetch<PublicReport>(apiPath(commune, `reports/${encodeURIComponent(report.code)}/reopen`), {
        method: 'POST',
        headers: { 'idempotency-key': idempotencyKey.current },
        body: JSON.stringify({ token, explanation: words.trim(), ...(key ? { photo: key } : {}) }),
      });
      setReopen({ kind: 'done' });
      onReopened(updated);
    } catch (e) {
      setReopen({ kind: 'error', ...problemText(e, 'explanation') });
    }
  };

  const sendRating = async (ev: Event) => {
    ev.preventDefault();
    if (satisfied === undefined) return setRating({ kind: 'error', message: tr('feedback.rate.choose'), field: true });
    setRating({ kind: 'sending' });
    try {
      await apiFetch(apiPath(commune, `reports/${encodeURIComponent(report.code)}/rating`), {
        method: 'POST',
        body: JSON.stringify({ token, satisfied, ...(comment.trim() ? { comment: comment.trim() } : {}) }),
      });
      setRating({ kind: 'done' });
    } catch (e) {
      setRating({ kind: 'error', ...problemText(e) });
    }
  };

  // The latest fix's instant (its public timeline entry): the window's last day.
  const fixedAt =
    report.state === 'fixed' ? report.timeline.filter((e) => e.kind === 'state_changed' && e.to === 'fixed').at(-1)?.at : undefined;
  const wordsError = reopen.kind === 'error' && reopen.field;
  const ratingError = rating.kind === 'error' && rating.field;
  return (
    <section class="feedback" aria-labelledby="feedback-title" data-testid="report-feedback">
      <h2 id="feedback-title">{tr('feedback.title')}</h2>
      {fixedAt && <p>{tr('feedback.intro', { date: formatDayInWords(feedbackLastDay(fixedAt), locale.value) })}</p>}
      {report.state === 'fixed' && reopen.kind !== 'done' && (
        <form onSubmit={sendReopen} noValidate data-testid="reopen-form">
          <h3>{tr('feedback.notFixed.title')}</h3>
          <div class="field">
            <label for="feedback-words">
              {tr('feedback.notFixed.explain')} <span class="req">*</span>
            </label>
            <span class="hint" id="feedback-words-hint">
              {tr('feedback.notFixed.hint')}
            </span>
            {wordsError && (
              <span class="field-error" id="feedback-words-error">
                {reopen.message}
              </span>
            )}
            <textarea
              id="feedback-words"
              name="explanation"
              required
              maxLength={REOPEN_WORDS_MAX}
              aria-invalid={wordsError ? 'true' : undefined}
              aria-describedby={wordsError ? 'feedback-words-hint feedback-words-error' : 'feedback-words-hint'}
              value={words}
              onInput={(e) => setWords((e.target as HTMLTextAreaElement).value)}
            />
          </div>
          <div class="field">
            <label for="feedback-photo">{tr('feedback.notFixed.photo')}</label>
            <input
              id="feedback-photo"
              type="file"
              accept="image/jpeg,image/png,image/webp"
              onChange={(e) => setPhoto((e.target as HTMLInputElement).files?.[0])}
            />
          </div>
          <button type="submit" class="button" disabled={reopen.kind === 'sending'}>
            {reopen.kind === 'sending' ? tr('feedback.sending') : tr('feedback.notFixed.submit')}
          </button>
          {reopen.kind === 'error' && !reopen.field && (
            <p class="notice warn" role="alert" tabindex={-1} ref={reopenStatus}>
              {reopen.message}
            </p>
          )}
        </form>
      )}
      {reopen.kind === 'done' && (
        <p class="notice" role="status" tabindex={-1} ref={reopenStatus} data-testid="reopen-done">
          {tr('feedback.notFixed.done')}
        </p>
      )}
      {rating.kind === 'done' ? (
        <p class="notice" role="status" tabindex={-1} ref={ratingStatus} data-testid="rating-done">
          {tr('feedback.rate.done')}
        </p>
      ) : (
        <form onSubmit={sendRating} noValidate data-testid="rating-form">
          <fieldset aria-describedby={ratingError ? 'feedback-rating-error' : undefined}>
            <legend>{tr('feedback.rate.title')}</legend>
            {ratingError && (
              <span class="field-error" id="feedback-rating-error">
                {rating.message}
              </span>
            )}
            <div class="choices">
              <label class="choice">
                <input type="radio" name="satisfied" value="yes" checked={satisfied === true} onChange={() => setSatisfied(true)} />
                {tr('feedback.rate.yes')}
              </label>
              <label class="choice">
                <input type="radio" name="satisfied" value="no" checked={satisfied === false} onChange={() => setSatisfied(false)} />
                {tr('feedback.rate.no')}
              </label>
            </div>
          </fieldset>
          <div class="field">
            <label for="feedback-comment">{tr('feedback.rate.comment')}</label>
            <textarea
              id="feedback-comment"
              name="comment"
              maxLength={RATING_COMMENT_MAX}
              value={comment}
              onInput={(e) => setComment((e.target as HTMLTextAreaElement).value)}
            />
          </div>
          <button type="submit" class="button" disabled={rating.kind === 'sending'}>
            {rating.kind === 'sending' ? tr('feedback.sending') : tr('feedback.rate.submit')}
          </button>
          {rating.kind === 'error' && !rating.field && (
            <p class="notice warn" role="alert" tabindex={-1} ref={ratingStatus}>
              {rating.message}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
