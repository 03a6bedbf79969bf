/**
 * Staff comments with @mentions, their activity and the watch button on a report's or a permit's staff page: the
 * tasks' own components (TaskComments, TaskActivity, WatchButton) over `staff/reports/{code}` or
 * `staff/permits/{code}` (the API serves these as it serves tasks: docs/work.md). Staff only: the public and the
 * requester never see them.
 *
 * The page's GET carries `activity` and `watching`; the answer to a change of the item (a transition, a note) does
 * not, so the last ones read are kept until the next read.
 */
import { useRef } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { FollowView } from '@tandem/shared/schemas/work';
import type { Subject } from '@tandem/shared/role-matrix';
import { mayReadItem, personActor } from '@tandem/shared/realtime/topics';
import '../../../lib/messages/work-tasks';
import { usePeople } from './use-people';
import TaskComments from './TaskComments';
import TaskActivity from './TaskActivity';
import WatchButton from './WatchButton';
import './tasks.css';

export default function ItemComments({
  commune,
  itemPath,
  entity,
  subject,
  follow,
  canComment,
  canWatch,
  reload,
  onSignedOut,
}: {
  commune: PublicCommuneConfig;
  /** Under /api/{commune}/, e.g. staff/reports/ABCD-1234. */
  itemPath: string;
  entity: 'report' | 'permit';
  /** The item's subject for the role matrix: whom a comment may mention (those who may read it). */
  subject: Subject;
  /** What the page's last read said (absent after a change's answer). */
  follow: FollowView;
  canComment: boolean;
  canWatch: boolean;
  /** Reads the page's item again (its GET brings the comments back). */
  reload(): Promise<unknown>;
  onSignedOut(): void;
}) {
  const people = usePeople(commune.id);
  const last = useRef<{ path: string; activity: FollowView['activity']; watching: boolean }>();
  if (follow.activity !== undefined || last.current?.path !== itemPath)
    last.current = { path: itemPath, activity: follow.activity, watching: !!follow.watching };
  const { activity = [], watching } = last.current;
  const again = async () => {
    await reload();
  };
  return (
    <div class="item-comments" data-testid="item-comments">
      {canWatch && <WatchButton commune={commune.id} itemPath={itemPath} watching={watching} onChanged={again} onSignedOut={onSignedOut} />}
      {canComment && (
        <TaskComments
          commune={commune}
          itemPath={itemPath}
          people={people}
          mayRead={(p) => mayReadItem(personActor(p), commune, entity, subject)}
          onPosted={again}
          onSignedOut={onSignedOut}
        />
      )}
      <TaskActivity commune={commune} activity={activity} people={people} />
    </div>
  );
}
