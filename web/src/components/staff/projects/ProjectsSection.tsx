/**
 * The projects section, under /{commune}/agents/projets/: the overview (list, board, calendar or map, `?vue=`), a new
 * project (nouveau/) and one project ({id}/).
 */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
// The projects screens' messages (French now, the agent's language on demand).
import '../../../lib/messages/projects-staff';
import ProjectsOverview from './ProjectsOverview';
import ProjectDetail from './ProjectDetail';
import NewProject from './NewProject';
import './projects.css';
import '../stacked-rows.css';

/** What a path under /{commune}/agents/ shows of the projects section, if it is one of its paths. */
export function projectsRoute(path: string): { page: 'overview' } | { page: 'new' } | { page: 'project'; id: string } | undefined {
  const m = path.match(/\/agents\/projets(?:\/([^/]+))?\/?$/);
  if (!m) return undefined;
  if (!m[1]) return { page: 'overview' };
  if (m[1] === 'nouveau') return { page: 'new' };
  return { page: 'project', id: decodeURIComponent(m[1]) };
}

export default function ProjectsSection({
  commune,
  path,
  onSignedOut,
}: {
  commune: PublicCommuneConfig;
  path: string;
  onSignedOut(): void;
}) {
  const route = projectsRoute(path);
  if (route?.page === 'new') return <NewProject key="new" commune={commune} onSignedOut={onSignedOut} />;
  if (route?.page === 'project') return <ProjectDetail key={route.id} commune={commune} id={route.id} onSignedOut={onSignedOut} />;
  return <ProjectsOverview key="projects" commune={commune} onSignedOut={onSignedOut} />;
}
