/** Check your answers: everything on one screen, each part with a link back to its step, the fee and who reviews. */
import { Fragment, type ComponentChildren } from 'preact';
import { reviewersFor, requiredDocuments } from '@tandem/shared/permits/permit-rules';
import type { EventDetails, OccupationDetails } from '@tandem/shared/permits/permit-details';
import { tr, type MessageKey } from '../../../lib/locale';
import { departmentInSentence, departmentName } from '../../../lib/department-name';
import { drawnText } from '../GeometryField';
import LiveFacts from '../LiveFacts';
import { periodText } from '../permit-format';
import { detailsOf } from '../request-draft';
import { KIND_STEPS, type StepId } from '../request-steps';
import type { StepProps } from './step-props';

interface Props extends StepProps {
  onEdit(step: number): void;
  stepTitle(step: StepId): string;
}

export default function SummaryStep(props: Props) {
  const { commune, cfg, draft, today, onEdit, stepTitle } = props;
  const details = detailsOf(draft) as Partial<EventDetails & OccupationDetails>;
  const dash = '—';
  const rows: Partial<Record<StepId, [string, ComponentChildren][]>> = {
    event: [
      [tr('permit.f.title'), draft.title || dash],
      [tr('permit.f.eventDescription'), draft.description || dash],
      [
        tr('permit.f.organiserType'),
        draft.organiserType
          ? `${tr(`permit.organiser.${draft.organiserType}` as MessageKey)}${draft.organiserName ? ` — ${draft.organiserName}` : ''}`
          : dash,
      ],
      [tr('permit.f.attendance'), draft.attendance || dash],
    ],
    use: [
      [tr('permit.f.use'), draft.use ? tr(`permit.use.${draft.use}` as MessageKey) : dash],
      [tr('permit.f.useDescription'), draft.description || dash],
      [tr('permit.f.contractor'), draft.contractor || dash],
    ],
    when: [
      [
        tr('permit.summary.period'),
        periodText({
          start: draft.start,
          end: draft.end || draft.start,
          startTime: draft.startTime || undefined,
          endTime: draft.endTime || undefined,
        }) || dash,
      ],
    ],
    where: [
      [tr('permit.f.placeLabel'), draft.placeLabel || dash],
      [tr('permit.summary.drawing'), drawnText(draft.shape, draft.points)],
      ...(draft.kind === 'occupation'
        ? ([[tr('permit.f.length'), draft.lengthMetres ? tr('permit.summary.metres', { n: draft.lengthMetres }) : dash]] as [
            string,
            ComponentChildren,
          ][])
        : []),
    ],
    needs: [
      [
        tr('permit.f.needs'),
        draft.needs.length ? draft.needs.map((n) => tr(`permit.need.${n}` as MessageKey)).join(', ') : tr('permit.summary.none'),
      ],
    ],
    documents: [
      [
        tr('permit.step.documents'),
        draft.attachments.length ? (
          <ul class="plain">
            {draft.attachments.map((a) => (
              <li key={a.key}>
                {tr(`permit.attachment.${a.type}` as MessageKey)} : {a.name}
              </li>
            ))}
          </ul>
        ) : (
          tr('permit.summary.none')
        ),
      ],
    ],
    you: [
      [tr('permit.f.name'), draft.name || dash],
      ...(draft.kind === 'occupation' && draft.organisation
        ? ([[tr('permit.f.organisation'), draft.organisation]] as [string, ComponentChildren][])
        : []),
      [tr('permit.f.email'), draft.email || dash],
      [tr('permit.f.phone'), draft.phone || dash],
      [tr('permit.f.address'), draft.address || dash],
    ],
  };
  const steps = KIND_STEPS[draft.kind];
  const reviewers = reviewersFor(cfg, draft.kind, details);
  const missingDocs = requiredDocuments(cfg, draft.kind, details).filter((t) => !draft.attachments.some((a) => a.type === t));
  return (
    <>
      {steps.map((s, i) =>
        rows[s] ? (
          <section class="summary-part" key={s} aria-labelledby={`sum-${s}`}>
            <div class="summary-head">
              <h3 id={`sum-${s}`}>{stepTitle(s)}</h3>
              <button type="button" class="button secondary small" onClick={() => onEdit(i)}>
                {tr('permit.summary.change')}
                <span class="visually-hidden"> : {stepTitle(s)}</span>
              </button>
            </div>
            <dl class="facts">
              {rows[s]!.map(([k, v]) => (
                <Fragment key={k}>
                  <dt>{k}</dt>
                  <dd>{v}</dd>
                </Fragment>
              ))}
            </dl>
          </section>
        ) : null,
      )}
      {missingDocs.length > 0 && (
        <p class="notice warn">
          {tr('permit.summary.missingDocs', { docs: missingDocs.map((t) => tr(`permit.attachment.${t}` as MessageKey)).join(', ') })}
        </p>
      )}
      <LiveFacts cfg={cfg} draft={draft} today={today} show={{ earliest: true, fee: true }} />
      {reviewers.length > 0 && (
        <p>
          {tr('permit.summary.reviewers', {
            handler: departmentInSentence(commune, cfg[draft.kind].handlingDepartment),
            reviewers: reviewers.map((r) => departmentName(commune, r)).join(', '),
          })}
        </p>
      )}
      <p class="hint">{tr('permit.summary.public')}</p>
    </>
  );
}
