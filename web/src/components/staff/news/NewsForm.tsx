/**
 * Writing or changing a practical notice: its kind, title, text, first and last day on the home page, place (an
 * address and/or a point on the map) and link. Checked with the API's schema first; the API's 422 fields are shown
 * next to the fields; a change carries the version shown (409: the screen reloads and says so). Its heading takes
 * the focus when it opens.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { NEWS_KINDS, type NewsKind } from '@tandem/shared/news/news-kinds';
import { ApiError } from '../../../lib/api';
import { tr, type MessageKey } from '../../../lib/locale';
import { ErrorSummary, type FieldErrors } from '../../report/form-errors';
import { RadioGroup, TextField } from '../../permits/fields';
import GeometryField from '../../permits/GeometryField';
// The point is drawn with the permit form's map field: its messages come with the permit labels.
import '../../../lib/messages/permits';
import { SignedOut } from '../session';
import { useFormSubmit } from '../use-form-submit';
import { sendJson } from '../tasks/task-api';
import { NEWS_PATH, newsPath, type NewsView } from './news-api';
import {
  checkNewsDraft,
  draftOfNews,
  emptyNewsDraft,
  newsChangeOf,
  newsInputOf,
  NF,
  NF_ORDER,
  serverNewsErrors,
  type NewsDraft,
} from './news-draft';
import { useRetryKey } from '../../../lib/use-retry-key';

export type NewsFormOutcome = { saved: NewsView } | { conflict: true } | { cancelled: true };

export const kindLabel = (k: NewsKind) => tr(`news.kind.${k}` as MessageKey);

export default function NewsForm({
  commune,
  editing,
  today,
  onDone,
  onSignedOut,
}: {
  commune: PublicCommuneConfig;
  editing?: NewsView;
  today: string;
  onDone(outcome: NewsFormOutcome): void;
  onSignedOut(): void;
}) {
  const [draft, setDraft] = useState<NewsDraft>(() => (editing ? draftOfNews(editing) : emptyNewsDraft(today)));
  const [server, setServer] = useState<FieldErrors>({});
  const { errors, summary, busy, onSubmit } = useFormSubmit();
  const retry = useRetryKey();
  useEffect(() => document.getElementById('news-form-title')?.focus(), []);
  const shown = { ...errors, ...server };
  const set = (p: Partial<NewsDraft>) => setDraft({ ...draft, ...p });

  const send = async () => {
    const body = editing ? { ...newsChangeOf(draft, editing), version: editing.version } : newsInputOf(draft);
    if (editing && Object.keys(body).length === 1) {
      onDone({ cancelled: true });
      return true;
    }
    const key = retry.keyFor(body);
    try {
      const saved = editing
        ? await sendJson<NewsView>(commune.id, 'PATCH', newsPath(editing.id), key, body)
        : await sendJson<NewsView>(commune.id, 'POST', NEWS_PATH, key, body);
      onDone({ saved });
      return true;
    } catch (e) {
      if (e instanceof ApiError) retry.forget();
      if (e instanceof SignedOut) {
        onSignedOut();
        return false;
      }
      if (e instanceof ApiError && e.status === 409 && editing) {
        onDone({ conflict: true });
        return false;
      }
      if (e instanceof ApiError && e.status === 422) setServer(serverNewsErrors(e.invalidParams));
      throw e;
    }
  };
  const check = () => {
    setServer({});
    return checkNewsDraft(draft);
  };

  return (
    <section class="news-form" aria-labelledby="news-form-title" data-testid="news-form">
      <h2 id="news-form-title" tabindex={-1}>
        {editing ? tr('newsStaff.editTitle', { title: editing.title }) : tr('newsStaff.newTitle')}
      </h2>
      <form noValidate onSubmit={onSubmit(check, send)}>
        <ErrorSummary prefix="news" level={3} order={NF_ORDER} {...summary} errors={shown} />
        <RadioGroup
          id={NF.kind}
          legend={tr('newsStaff.f.kind')}
          options={NEWS_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
          value={draft.kind}
          errors={shown}
          onValue={(kind) => set({ kind })}
        />
        <TextField
          id={NF.title}
          label={tr('newsStaff.f.title')}
          required
          errors={shown}
          value={draft.title}
          maxLength={140}
          onValue={(title) => set({ title })}
        />
        <TextField
          id={NF.body}
          label={tr('newsStaff.f.body')}
          hint={tr('newsStaff.f.body.hint')}
          required
          multiline
          errors={shown}
          value={draft.body}
          onValue={(body) => set({ body })}
        />
        <div class="field-row">
          <TextField
            id={NF.from}
            type="date"
            label={tr('newsStaff.f.from')}
            required
            errors={shown}
            value={draft.from}
            onValue={(from) => set({ from })}
          />
          <TextField
            id={NF.until}
            type="date"
            label={tr('newsStaff.f.until')}
            hint={tr('newsStaff.f.until.hint')}
            errors={shown}
            value={draft.until}
            onValue={(until) => set({ until })}
          />
        </div>
        <TextField
          id={NF.placeLabel}
          label={tr('newsStaff.f.placeLabel')}
          errors={shown}
          value={draft.placeLabel}
          maxLength={200}
          onValue={(placeLabel) => set({ placeLabel })}
        />
        <GeometryField
          commune={commune}
          shape="Point"
          points={draft.points}
          errors={shown}
          shapes={['Point']}
          onChange={(_s, points) => set({ points })}
        />
        <TextField
          id={NF.link}
          label={tr('newsStaff.f.link')}
          hint={tr('newsStaff.f.link.hint')}
          errors={shown}
          value={draft.link}
          maxLength={500}
          onValue={(link) => set({ link })}
        />
        <div class="news-form-actions">
          <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined} data-testid="news-save">
            {tr(editing ? 'newsStaff.save' : 'newsStaff.publish')}
          </button>
          <button type="button" class="button secondary" onClick={() => onDone({ cancelled: true })}>
            {tr('newsStaff.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
