/**
 * The field workers' app's screens (/{commune}/terrain/), rendered by the shell once the worker is signed in and the
 * phone unlocked: « Aujourd’hui », a task, « Terminer », « Signaler », the outbox bar and the conflicts. The screens
 * read only from `store` and change nothing themselves: every action goes into `outbox` (contract.ts).
 * Renders inside the page's <main> (BaseLayout's, the skip link's target): no second main landmark here.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import '../../lib/messages/field';
import { tr } from '../../lib/locale';
import type { OutboxApi, TodayStore } from './contract';
import { FinishScreen } from './screens/FinishScreen';
import { OutboxBar } from './screens/OutboxBar';
import { ReportScreen } from './screens/ReportScreen';
import { flash, followHash, hrefOf, route } from './screens/route';
import { TaskPage } from './screens/TaskPage';
import { Today } from './screens/Today';
import './field.css';

export interface FieldAppProps {
  commune: PublicCommuneConfig;
  store: TodayStore;
  outbox: OutboxApi;
  userName: string;
  onSignOut: () => void;
}

export default function FieldApp({ commune, store, outbox, userName, onSignOut }: FieldAppProps) {
  useEffect(() => followHash(), []);
  const r = route.value;
  const here = hrefOf(r);
  const first = useRef(true);
  useEffect(() => {
    // A new screen: to its top, and the focus on its title (a screen reader says where the worker is).
    if (first.current) {
      first.current = false;
      return;
    }
    scrollTo(0, 0);
    document.querySelector<HTMLElement>('.field-app main h1')?.focus();
  }, [here]);

  const said = flash.value;
  const props = { store, outbox, commune };
  return (
    <div class="field-app">
      <header class="fa-head">
        <p class="fa-who">
          <span class="fa-commune">{commune.name}</span> {userName}
        </p>
        <button type="button" class="fa-button fa-signout" onClick={onSignOut}>
          {tr('field.signOut')}
        </button>
      </header>
      <OutboxBar outbox={outbox} store={store} />
      <div class="fa-main">
        <p class="fa-flash" role="status">
          {said && said.where === here ? said.text : ''}
        </p>
        {r.name === 'task' ? (
          <TaskPage id={r.id} {...props} />
        ) : r.name === 'finish' ? (
          <FinishScreen key={r.id} id={r.id} store={store} outbox={outbox} />
        ) : r.name === 'report' ? (
          <ReportScreen taskId={r.taskId} {...props} />
        ) : (
          <Today {...props} />
        )}
      </div>
    </div>
  );
}
