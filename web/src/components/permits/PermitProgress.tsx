/**
 * A parcel-style progress bar for a permit request: the main road (submitted → review → opinions → decision
 * → issued → in progress → ended), whatever detour the request took; the decision step names the decision.
 * The opinions step shows only when departments are (or were) asked.
 */
import type { PermitTimelineEntry } from '@tandem/shared/permits/permit-api';
import {
  isPermitDecision,
  PERMIT_FINAL_STATES,
  PERMIT_PROGRESS,
  permitProgressIndex,
  type PermitState,
} from '@tandem/shared/permits/permit-states';
import { tr } from '../../lib/locale';
import { permitStateLabel } from './permit-format';

interface Props {
  state: PermitState;
  timeline: readonly PermitTimelineEntry[];
  /** The commune's config says departments give their opinion on this kind of request. */
  expectOpinions: boolean;
}

export default function PermitProgress({ state, timeline, expectOpinions }: Props) {
  const index = permitProgressIndex(state);
  if (index < 0) return null; // draft, withdrawn, cancelled: off the road, the state badge says it
  const asked = state === 'opinions' || timeline.some((e) => e.kind === 'opinion_requested' || e.to === 'opinions');
  // Once past the opinions step, show it only if it really happened.
  const withOpinions = asked || (expectOpinions && index < PERMIT_PROGRESS.indexOf('opinions'));
  const road = PERMIT_PROGRESS.map((s, i) => ({ s, i })).filter(({ s }) => s !== 'opinions' || withOpinions);
  const stopped = PERMIT_FINAL_STATES.has(state); // refused or ended: nothing comes after
  // The decision step names the decision taken (e.g. "approved with conditions"), now or earlier.
  const decided = [...timeline].reverse().find((e) => e.to && isPermitDecision(e.to))?.to;
  const label = (s: PermitState, i: number) =>
    i === index && s !== state
      ? permitStateLabel(state)
      : s === 'approved' && i < index && decided
        ? permitStateLabel(decided)
        : permitStateLabel(s);
  return (
    <ol class="steps" aria-label={tr('track.progress')} data-testid="permit-progress">
      {road.map(({ s, i }) => (
        <li
          key={s}
          class={i < index || (stopped && i === index) ? 'done' : undefined}
          aria-current={i === index ? 'step' : undefined}
          data-current={i === index ? 'true' : undefined}
        >
          {label(s, i)}
          <span class="visually-hidden">
            {' '}
            ({i < index ? tr('track.step.past') : i === index ? tr('track.step.current') : tr('track.step.future')})
          </span>
        </li>
      ))}
    </ol>
  );
}
