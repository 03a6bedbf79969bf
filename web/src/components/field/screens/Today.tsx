/**
 * « Aujourd’hui »: the worker's tasks, then their team's, as big cards ordered by due time, then by distance when
 * the phone gave its position (asked on a tap, or at once if already allowed), each with its next step.
 */
import { useEffect } from 'preact/hooks';
import { orderToday } from '@tandem/shared/field/today-order';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { FieldTaskView, OutboxApi, TodayStore } from '../contract';
import { tr } from '../../../lib/locale';
import { CameraIcon } from './CameraIcon';
import { Conflicts } from './Conflicts';
import { FieldPush } from './FieldPush';
import { askPosition, position, positionIfAllowed } from './position';
import { hrefOf } from './route';
import { TaskCard } from './TaskCard';

function TaskList({
  id,
  title,
  empty,
  tasks,
  outbox,
  from,
}: {
  id: string;
  title: string;
  empty: string;
  tasks: FieldTaskView[];
  outbox: OutboxApi;
  from?: { lat: number; lng: number };
}) {
  return (
    <section class="fa-list" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {tasks.length ? (
        <ul class="fa-cards" data-testid={id}>
          {tasks.map((t) => (
            <TaskCard key={t.id} task={t} outbox={outbox} from={from} />
          ))}
        </ul>
      ) : (
        <p class="fa-empty">{empty}</p>
      )}
    </section>
  );
}

export function Today({ store, outbox, commune }: { store: TodayStore; outbox: OutboxApi; commune: PublicCommuneConfig }) {
  useEffect(() => {
    void positionIfAllowed();
  }, []);
  const today = store.today.value;
  // Read so that the cards follow the outbox: store.task() applies the pending actions (a started task shows « en cours »).
  void outbox.entries.value;
  const pos = position.value;
  const from = pos.state === 'known' ? pos.at : undefined;
  const shown = (list: readonly FieldTaskView[]) =>
    orderToday(
      list.map((t) => store.task(t.id) ?? t),
      from,
    );

  return (
    <>
      <h1 tabIndex={-1}>{tr('field.title')}</h1>
      <Conflicts outbox={outbox} store={store} commune={commune} />
      <a class="fa-button fa-report" href={hrefOf({ name: 'report' })}>
        <CameraIcon />
        {tr('field.report.open')}
      </a>
      {!today ? (
        <p class="fa-empty" role="status">
          {tr('field.loading')}
        </p>
      ) : (
        // data-ready: the list (or its empty state) is drawn — what `npm run bench` times the page's JS against.
        <div data-ready="today">
          <div class="fa-order">
            {pos.state === 'known' ? (
              <p>{tr('field.position.used')}</p>
            ) : pos.state === 'asking' ? (
              <p role="status">{tr('field.position.asking')}</p>
            ) : (
              <>
                {pos.state === 'refused' && <p>{tr('field.position.refused')}</p>}
                <button type="button" class="fa-button fa-secondary" onClick={() => askPosition()}>
                  {tr('field.position.ask')}
                </button>
              </>
            )}
          </div>
          <TaskList
            id="fa-mine"
            title={tr('field.mine')}
            empty={tr('field.mine.empty')}
            tasks={shown(today.mine)}
            outbox={outbox}
            from={from}
          />
          <TaskList
            id="fa-team"
            title={tr('field.team')}
            empty={tr('field.team.empty')}
            tasks={shown(today.team)}
            outbox={outbox}
            from={from}
          />
          <button type="button" class="fa-button fa-secondary" onClick={() => void store.refresh()}>
            {tr('field.refresh')}
          </button>
        </div>
      )}
      <FieldPush commune={commune.id} />
    </>
  );
}
