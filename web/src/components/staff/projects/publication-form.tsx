/**
 * The publication form of a works project: why, who, phases (title, first and last day), detours. Filled from the
 * public page when the project is published. A plain form: fields problems come back from the API by name.
 */
import type { PublicWorks } from '@tandem/shared/schemas/worksites';
import { tr } from '../../../lib/locale';

export interface PhaseDraft {
  title: string;
  start: string;
  end: string;
}
export interface PublicationDraft {
  why: string;
  who: string;
  detours: string;
  phases: PhaseDraft[];
}

export const emptyPublication = (start = '', end = ''): PublicationDraft => ({
  why: '',
  who: '',
  detours: '',
  phases: [{ title: '', start, end }],
});

export const draftFromPage = (p: PublicWorks): PublicationDraft => ({
  why: p.why,
  who: p.who,
  detours: p.detours ?? '',
  phases: p.phases.map((ph) => ({ title: ph.title, start: ph.start, end: ph.end })),
});

export const bodyOf = (d: PublicationDraft, version: number) => ({
  version,
  why: d.why.trim(),
  who: d.who.trim(),
  phases: d.phases.map((ph) => ({ title: ph.title.trim(), start: ph.start, end: ph.end })),
  ...(d.detours.trim() ? { detours: d.detours.trim() } : {}),
});

export function PublicationFields({
  draft,
  onChange,
  errors,
}: {
  draft: PublicationDraft;
  onChange(d: PublicationDraft): void;
  errors: Record<string, string>;
}) {
  const set = (patch: Partial<PublicationDraft>) => onChange({ ...draft, ...patch });
  const setPhase = (i: number, patch: Partial<PhaseDraft>) =>
    set({ phases: draft.phases.map((ph, j) => (j === i ? { ...ph, ...patch } : ph)) });
  const field = (name: string) => ({
    'aria-invalid': errors[name] ? ('true' as const) : undefined,
    'aria-describedby': errors[name] ? `pub-err-${name.replace(/\./g, '-')}` : undefined,
  });
  const error = (name: string) =>
    errors[name] ? (
      <p id={`pub-err-${name.replace(/\./g, '-')}`} class="field-error">
        {errors[name]}
      </p>
    ) : null;
  return (
    <>
      <label for="pub-why">{tr('works.staff.why')}</label>
      <textarea
        id="pub-why"
        rows={3}
        value={draft.why}
        onInput={(e) => set({ why: (e.target as HTMLTextAreaElement).value })}
        {...field('why')}
      />
      {error('why')}
      <label for="pub-who">{tr('works.staff.who')}</label>
      <input id="pub-who" value={draft.who} onInput={(e) => set({ who: (e.target as HTMLInputElement).value })} {...field('who')} />
      {error('who')}
      <fieldset>
        <legend>{tr('works.staff.phases')}</legend>
        {draft.phases.map((ph, i) => (
          <div key={i} class="phase-row">
            <label for={`pub-phase-${i}`}>
              {tr('works.staff.phase.title')} {i + 1}
            </label>
            <input
              id={`pub-phase-${i}`}
              value={ph.title}
              onInput={(e) => setPhase(i, { title: (e.target as HTMLInputElement).value })}
              {...field(`phases.${i}.title`)}
            />
            {error(`phases.${i}.title`)}
            <label for={`pub-phase-${i}-start`}>{tr('works.staff.phase.start')}</label>
            <input
              id={`pub-phase-${i}-start`}
              type="date"
              value={ph.start}
              onInput={(e) => setPhase(i, { start: (e.target as HTMLInputElement).value })}
              {...field(`phases.${i}.start`)}
            />
            {error(`phases.${i}.start`)}
            <label for={`pub-phase-${i}-end`}>{tr('works.staff.phase.end')}</label>
            <input
              id={`pub-phase-${i}-end`}
              type="date"
              value={ph.end}
              onInput={(e) => setPhase(i, { end: (e.target as HTMLInputElement).value })}
              {...field(`phases.${i}.end`)}
            />
            {error(`phases.${i}.end`)}
            {draft.phases.length > 1 && (
              <button type="button" class="button" onClick={() => set({ phases: draft.phases.filter((_, j) => j !== i) })}>
                {tr('works.staff.phase.remove', { n: i + 1 })}
              </button>
            )}
          </div>
        ))}
        {draft.phases.length < 12 && (
          <button type="button" class="button" onClick={() => set({ phases: [...draft.phases, { title: '', start: '', end: '' }] })}>
            {tr('works.staff.phase.add')}
          </button>
        )}
        {error('phases')}
      </fieldset>
      <label for="pub-detours">{tr('works.staff.detours')}</label>
      <textarea
        id="pub-detours"
        rows={2}
        value={draft.detours}
        onInput={(e) => set({ detours: (e.target as HTMLTextAreaElement).value })}
        {...field('detours')}
      />
      {error('detours')}
    </>
  );
}
