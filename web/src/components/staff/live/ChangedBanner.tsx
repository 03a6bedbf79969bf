/**
 * « Marie Dupont a modifié ce signalement » with « Recharger »: the page keeps what it shows (and any form being
 * typed) until the agent chooses to reload. Who made the change is named from the staff directory (their sub, `by`,
 * is all the socket says); « Un·e collègue » when the directory does not know them, and no name at all for a change
 * without an actor (the citizen's, the platform's). The live region is always there, so that screen readers announce
 * the banner when it fills.
 */
import type { ItemEntity } from '@tandem/shared/realtime/topics';
import { changeActor } from '@tandem/shared/realtime/live-merge';
import { tr } from '../../../lib/locale';
import '../../../lib/messages/notifications';
import '../../../lib/messages/live';
import { usePeople } from '../tasks/use-people';
import { ownSub } from './own-sub';
import type { ItemChanged } from './use-item-changes';

/** The banner's sentence: « {who} a modifié cette tâche. », or without an actor « Cette tâche vient d’être modifiée. ». */
export function changedText(entity: ItemEntity, actor: ReturnType<typeof changeActor>): string {
  if (actor.kind === 'nobody' || actor.kind === 'own') return tr(`live.changedAnon.${entity}`);
  return tr(`live.changed.${entity}`, { who: actor.kind === 'named' ? actor.name : tr('live.someone') });
}

export default function ChangedBanner({
  commune,
  entity,
  changed,
  onReload,
}: {
  commune: string;
  entity: ItemEntity;
  /** Undefined: nothing to say (the region stays, empty). */
  changed: ItemChanged | undefined;
  onReload(): void;
}) {
  const people = usePeople(commune);
  return (
    <div role="status" aria-live="polite" class="live-banner-region" data-testid="live-banner-region">
      {changed && (
        <p class="notice warn live-banner" data-testid="live-banner">
          <span>{changedText(entity, changeActor(changed.by, ownSub(), people))}</span>{' '}
          <button type="button" class="button secondary" onClick={onReload} data-testid="live-reload">
            {tr('live.reload')}
          </button>
        </p>
      )}
    </div>
  );
}
