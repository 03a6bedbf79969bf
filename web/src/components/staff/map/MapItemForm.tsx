/**
 * The fields of a map item: its kind, title, public description and streets, its drawing on the map (the
 * citizen permit form's GeometryField: a detour is a line), its period with optional hours and weekly
 * schedule, and what only works (who runs them, their phase) or detours (what causes them) have.
 */
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { PUBLISHABLE_KINDS, WORKS_PHASES, type WorksPhase } from '@tandem/shared/map/map-items';
import { lt, tr, type MessageKey } from '../../../lib/locale';
import { describedBy, ErrorSummary, FieldError, type FieldErrors } from '../../report/form-errors';
import { RadioGroup, RequiredMark, SelectField, TextField } from '../../permits/fields';
import GeometryField from '../../permits/GeometryField';
import { F, FIELD_ORDER, shapeForKind, shapesFor, type MapItemDraft, type PublishableKind } from './map-item-draft';
import { itemPeriodText, mapKindLabel, phaseLabel, weekdayName, type StaffMapItem } from './map-item-format';
import { may } from '../may';
import '../../permits/permits.css';
import './map-staff.css';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

interface Props {
  commune: PublicCommuneConfig;
  draft: MapItemDraft;
  set(patch: Partial<MapItemDraft>): void;
  errors: FieldErrors;
  summary: { errors: FieldErrors; general: string; focusKey: number };
  busy: boolean;
  onSubmit(e: Event): void;
  submitLabel: MessageKey;
  /** What a detour may be caused by (undefined while loading). */
  causes: StaffMapItem[] | undefined;
  testId: string;
  children?: ComponentChildren;
}

export default function MapItemForm({
  commune,
  draft,
  set,
  errors,
  summary,
  busy,
  onSubmit,
  submitLabel,
  causes,
  testId,
  children,
}: Props) {
  const times = (k: 'startTime' | 'endTime' | 'from' | 'to') => (v: string) => set({ [k]: v });
  const toggleDay = (day: number, on: boolean) =>
    set({ days: on ? [...draft.days.filter((d) => d !== day), day].sort((a, b) => a - b) : draft.days.filter((d) => d !== day) });
  const causeOptions = (causes ?? []).filter((c) => c.properties.kind !== 'detour' && c.properties.kind !== 'report');
  // The departments the person may give the item to (role matrix); a choice only when there is one to make.
  const owners = commune.departments.filter(
    (d) => !d.reviewOnly && may(commune, 'POST /api/{commune}/staff/map/items', 'create', { department: d.code }),
  );
  // What the select shows is what is sent: a new item starts with the first department offered.
  useEffect(() => {
    if (owners.length > 1 && !draft.department) set({ department: owners[0].code });
  }, [owners.length, draft.department]);
  return (
    <form class="map-item-form" onSubmit={onSubmit} noValidate data-testid={testId}>
      <ErrorSummary order={FIELD_ORDER} {...summary} />
      <RadioGroup<PublishableKind>
        id={F.kind}
        legend={tr('mapStaff.f.kind')}
        options={PUBLISHABLE_KINDS.map((k) => ({ value: k, label: tr(`mapStaff.f.kind.${k}` as MessageKey) }))}
        value={draft.kind}
        errors={errors}
        onValue={(kind) => set({ kind, ...shapeForKind(kind, draft.shape, draft.points) })}
      />
      {owners.length > 1 && (
        <SelectField
          id={F.department}
          label={tr('mapStaff.f.department')}
          hint={tr('mapStaff.f.department.hint')}
          value={draft.department}
          errors={errors}
          onValue={(department) => set({ department })}
        >
          {owners.map((d) => (
            <option value={d.code} key={d.code}>
              {lt(d.name)}
            </option>
          ))}
        </SelectField>
      )}
      <TextField
        id={F.title}
        label={tr('mapStaff.f.title')}
        hint={tr('mapStaff.f.title.hint')}
        required
        maxLength={120}
        errors={errors}
        value={draft.title}
        onValue={(title) => set({ title })}
      />
      <TextField
        id={F.description}
        label={tr('mapStaff.f.description')}
        hint={tr('mapStaff.f.description.hint')}
        multiline
        errors={errors}
        value={draft.description}
        onValue={(description) => set({ description })}
      />
      <TextField
        id={F.streets}
        label={tr('mapStaff.f.streets')}
        hint={tr('mapStaff.f.streets.hint')}
        multiline
        errors={errors}
        value={draft.streets}
        onValue={(streets) => set({ streets })}
      />

      {draft.kind === 'detour' && <p class="hint">{tr('mapStaff.f.geometry.detourHint')}</p>}
      <GeometryField
        commune={commune}
        shape={draft.shape}
        points={draft.points}
        shapes={shapesFor(draft.kind)}
        errors={errors}
        onChange={(shape, points) => set({ shape, points })}
      />

      <fieldset>
        <legend>{tr('mapStaff.f.period')}</legend>
        <div class="field-pair">
          <TextField
            id={F.start}
            type="date"
            label={tr('mapStaff.f.start')}
            required
            errors={errors}
            value={draft.start}
            onValue={(start) => set({ start })}
          />
          <TextField
            id={F.startTime}
            type="time"
            label={tr('mapStaff.f.startTime')}
            errors={errors}
            value={draft.startTime}
            onValue={times('startTime')}
          />
        </div>
        <div class="field-pair">
          <TextField
            id={F.end}
            type="date"
            min={draft.start || undefined}
            label={tr('mapStaff.f.end')}
            required
            errors={errors}
            value={draft.end}
            onValue={(end) => set({ end })}
          />
          <TextField
            id={F.endTime}
            type="time"
            label={tr('mapStaff.f.endTime')}
            errors={errors}
            value={draft.endTime}
            onValue={times('endTime')}
          />
        </div>
        <fieldset class="inline-fieldset" aria-describedby="mi-schedule-hint">
          <legend>
            {tr('mapStaff.f.schedule')}
            <RequiredMark />
          </legend>
          <span class="hint" id="mi-schedule-hint">
            {tr('mapStaff.f.schedule.hint')}
          </span>
          <fieldset class="inline-fieldset" aria-describedby={describedBy(F.days, errors)}>
            <legend>{tr('mapStaff.f.schedule.days')}</legend>
            <FieldError id={F.days} errors={errors} />
            <div class="weekdays">
              {WEEKDAYS.map((d) => (
                <label class="check" key={d}>
                  <input
                    type="checkbox"
                    id={d === 1 ? F.days : `${F.days}-${d}`}
                    name={F.days}
                    value={String(d)}
                    checked={draft.days.includes(d)}
                    aria-invalid={errors[F.days] ? 'true' : undefined}
                    data-testid={`mi-day-${d}`}
                    onChange={(e) => toggleDay(d, e.currentTarget.checked)}
                  />
                  {weekdayName(d)}
                </label>
              ))}
            </div>
          </fieldset>
          <div class="field-pair">
            <TextField
              id={F.from}
              type="time"
              label={tr('mapStaff.f.schedule.from')}
              errors={errors}
              value={draft.from}
              onValue={times('from')}
            />
            <TextField id={F.to} type="time" label={tr('mapStaff.f.schedule.to')} errors={errors} value={draft.to} onValue={times('to')} />
          </div>
        </fieldset>
      </fieldset>

      {draft.kind === 'works' && (
        <fieldset data-testid="mi-works">
          <legend>{tr('mapStaff.f.works')}</legend>
          <TextField
            id={F.party}
            label={tr('mapStaff.f.party')}
            hint={tr('mapStaff.f.party.hint')}
            maxLength={120}
            errors={errors}
            value={draft.managingParty}
            onValue={(managingParty) => set({ managingParty })}
          />
          <SelectField
            id={F.phase}
            label={tr('mapStaff.f.phase')}
            value={draft.phase}
            errors={errors}
            onValue={(v) => set({ phase: v as WorksPhase | '' })}
          >
            <option value="">{tr('mapStaff.f.phase.none')}</option>
            {WORKS_PHASES.map((p) => (
              <option value={p} key={p}>
                {phaseLabel(p)}
              </option>
            ))}
          </SelectField>
        </fieldset>
      )}
      {draft.kind === 'detour' && (
        <SelectField
          id={F.causedBy}
          label={tr('mapStaff.f.causedBy')}
          hint={tr('mapStaff.f.causedBy.hint')}
          value={draft.causedBy}
          errors={errors}
          onValue={(causedBy) => set({ causedBy })}
        >
          <option value="">{causes ? tr('mapStaff.f.causedBy.none') : tr('mapStaff.f.causedBy.loading')}</option>
          {/* The item it points at stays offered even when it is no longer listed. */}
          {draft.causedBy && causes && !causeOptions.some((c) => c.id === draft.causedBy) && (
            <option value={draft.causedBy}>{draft.causedBy}</option>
          )}
          {causeOptions.map((c) => (
            <option value={c.id} key={c.id}>
              {`${c.properties.title} — ${mapKindLabel(c.properties.kind)}, ${itemPeriodText(c.properties)}`}
            </option>
          ))}
        </SelectField>
      )}
      {children}
      <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined} data-testid="mi-submit">
        {tr(submitLabel)}
      </button>
    </form>
  );
}
