/**
 * The tasks section of the staff app, under /{commune}/agents/taches/: « Mon travail » first, the department
 * board, the list, the calendar, the map, the recurring tasks (each a `?vue=` deep link), a new task (nouvelle/) and one task ({id}/).
 */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
// The tasks screens' messages (French now, the agent's language on demand).
import '../../../lib/messages/work-tasks';
import '../../../lib/messages/recurring';
import './tasks.css';
import '../stacked-rows.css';
import { tasksRoute } from './tasks-route';
import TasksViews from './TasksViews';
import MyWork from './MyWork';
import TaskBoard from './TaskBoard';
import TaskList from './TaskList';
import TaskCalendar from './TaskCalendar';
import TasksMap from './TasksMap';
import TaskDetail from './TaskDetail';
import NewTask from './NewTask';
import RecurrencesView from './recurrences/RecurrencesView';

export { tasksRoute };

export default function TasksSection({ commune, path, onSignedOut }: { commune: PublicCommuneConfig; path: string; onSignedOut(): void }) {
  const route = tasksRoute(path);
  if (!route) return null;
  if (route.page === 'task') return <TaskDetail key={route.id} commune={commune} id={route.id} onSignedOut={onSignedOut} />;
  if (route.page === 'new') return <NewTask commune={commune} params={route.params} onSignedOut={onSignedOut} />;
  const props = { commune, onSignedOut };
  return (
    <TasksViews commune={commune} route={route}>
      {route.page === 'my-work' ? (
        <MyWork key={route.view} {...props} view={route.view} />
      ) : route.page === 'tableau' ? (
        <TaskBoard key={route.params.get('service') ?? ''} {...props} department={route.params.get('service') ?? ''} />
      ) : route.page === 'liste' ? (
        <TaskList key="list" {...props} params={route.params} />
      ) : route.page === 'calendrier' ? (
        <TaskCalendar key="calendar" {...props} params={route.params} />
      ) : route.page === 'recurrentes' ? (
        <RecurrencesView key="recurrences" {...props} />
      ) : (
        <TasksMap key="map" {...props} />
      )}
    </TasksViews>
  );
}
