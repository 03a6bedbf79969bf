/**
 * « Signaler ce que je vois » in three taps: a photo, what it is (the commune's report categories, as pictograms),
 * and send, with the phone's position found meanwhile. Position refused or not found: said so, try again, or take
 * the place of a task instead. Becomes a report « signalé par le service » once the outbox has sent it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { pictogramKind } from '@tandem/shared/field/pictogram-kind';
import { placePoint } from '@tandem/shared/field/today-order';
import type { FieldTaskView, OutboxApi, TodayStore } from '../contract';
import { lt, tr } from '../../../lib/locale';
import { PhotoPicker } from './PhotoPicker';
import { Pictogram } from './Pictogram';
import { askPosition, position } from './position';
import { say, go, hrefOf, reportDraft } from './route';
import { placeText } from './words';

type Missing = 'photo' | 'category' | 'position';

export function ReportScreen({
  taskId,
  store,
  outbox,
  commune,
}: {
  taskId?: string;
  store: TodayStore;
  outbox: OutboxApi;
  commune: PublicCommuneConfig;
}) {
  const draft = reportDraft.peek();
  const [photos, setPhotos] = useState<Blob[]>(draft?.photos ?? []);
  const [category, setCategory] = useState('');
  const [description, setDescription] = useState('');
  const [standIn, setStandIn] = useState<FieldTaskView>();
  const [missing, setMissing] = useState<Missing>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    askPosition(true);
    return () => {
      reportDraft.value = undefined;
    };
  }, []);

  const pos = position.value;
  const today = store.today.value;
  // The places that may stand in for the phone's position: the task it was opened from, else the worker's tasks.
  const places = [...(today?.mine ?? []), ...(today?.team ?? [])]
    .filter((t) => placePoint(t.place?.geometry) && (!taskId || t.id === taskId))
    .slice(0, 3);
  const at = standIn ? { ...placePoint(standIn.place?.geometry)!, accuracy: undefined } : pos.state === 'known' ? pos.at : undefined;

  const send = async (e: Event) => {
    e.preventDefault();
    const first: Missing | undefined = !photos.length ? 'photo' : !category ? 'category' : !at ? 'position' : undefined;
    setMissing(first);
    if (first) {
      document
        .getElementById(first === 'photo' ? 'fa-report-photo' : first === 'category' ? 'fa-report-categories' : 'fa-report-where')
        ?.focus();
      return;
    }
    if (!at) return;
    setBusy(true);
    try {
      await outbox.add({
        kind: 'report',
        category,
        lng: at.lng,
        lat: at.lat,
        ...(at.accuracy === undefined ? {} : { accuracy: Math.round(at.accuracy) }),
        description: description.trim(),
        photos,
      });
      if (draft?.conflictId) await outbox.dismiss(draft.conflictId);
      say(tr('field.report.sent'), { name: 'today' });
      go({ name: 'today' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="fa-report-form" onSubmit={(e) => void send(e)} noValidate>
      <a class="fa-back" href={taskId ? hrefOf({ name: 'task', id: taskId }) : hrefOf({ name: 'today' })}>
        {tr('field.back')}
      </a>
      <h1 tabIndex={-1}>{tr('field.report.title')}</h1>
      <fieldset>
        <legend>{tr('field.report.step1')}</legend>
        <PhotoPicker
          id="fa-report-photo"
          photos={photos}
          onChange={setPhotos}
          invalid={missing === 'photo'}
          describedBy={missing === 'photo' ? 'fa-report-missing' : undefined}
        />
      </fieldset>
      <fieldset id="fa-report-categories" tabIndex={-1}>
        <legend>{tr('field.report.step2')}</legend>
        <div class="fa-tiles">
          {commune.categories.map((c) => (
            <label key={c.code} class={`fa-tile${category === c.code ? ' fa-chosen' : ''}`}>
              <input type="radio" name="fa-category" value={c.code} checked={category === c.code} onChange={() => setCategory(c.code)} />
              <Pictogram kind={pictogramKind(c.code, c.label.fr, c.group?.fr, c.department)} named={false} />
              <span>{lt(c.label)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset id="fa-report-where" tabIndex={-1}>
        <legend>{tr('field.report.step3')}</legend>
        {standIn ? (
          <p role="status">{tr('field.report.locatedAt', { place: placeText(standIn) })}</p>
        ) : pos.state === 'known' ? (
          <p role="status">{tr('field.report.located', { n: Math.max(1, Math.round(pos.at.accuracy)) })}</p>
        ) : pos.state === 'refused' ? (
          <>
            <p role="alert">{tr('field.report.refused')}</p>
            <div class="fa-actions">
              <button type="button" class="fa-button fa-secondary" onClick={() => askPosition(true)}>
                {tr('field.report.retry')}
              </button>
              {places.map((t) => (
                <button key={t.id} type="button" class="fa-button fa-secondary" onClick={() => setStandIn(t)}>
                  {tr('field.report.useTask', { place: placeText(t) })}
                </button>
              ))}
            </div>
          </>
        ) : (
          <p role="status">{tr('field.report.locating')}</p>
        )}
      </fieldset>
      <label class="fa-field" for="fa-report-description">
        {tr('field.report.description')}
      </label>
      <textarea
        id="fa-report-description"
        rows={3}
        value={description}
        onInput={(e) => setDescription(e.currentTarget.value)}
        maxLength={2000}
      />
      {missing && (
        <p id="fa-report-missing" class="fa-error" role="alert">
          {tr(
            missing === 'photo'
              ? 'field.report.photoRequired'
              : missing === 'category'
                ? 'field.report.categoryRequired'
                : 'field.report.positionRequired',
          )}
        </p>
      )}
      <div class="fa-actions">
        <button type="submit" class="fa-button fa-primary" disabled={busy}>
          {tr('field.report.send')}
        </button>
      </div>
    </form>
  );
}
