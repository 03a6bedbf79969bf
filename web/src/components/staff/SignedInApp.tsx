/**
 * The staff app once signed in: the back office's frame across the whole width (who is signed in, the search box,
 * the sections' navigation beside the screen on a wide screen, above it on a phone, a link to skip it) and the screen
 * the address names (inbox, one report, the search's results, permits, map items, the admins' team). Its own chunk:
 * StaffApp loads it only when there is a session, so the sign-in screen does not download the screens behind it.
 */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { tr } from '../../lib/locale';
// The staff SPA speaks of permits too: load their messages (French now, the agent's language on demand).
import '../../lib/messages/staff-permits';
import '../../lib/messages/backoffice';
import './backoffice.css';
import { canOpenStaffScreen } from '@tandem/shared/staff-screens';
import type { Session } from './session';
import { staffRoles } from './staff-groups';
import { currentPath, navigate } from './router';
import Inbox from './Inbox';
import ReportDetail from './ReportDetail';
import StaffNav, { sectionOf } from './permits/StaffNav';
import { Forbidden } from './page-states';
import PermitsInbox from './permits/PermitsInbox';
import PermitDetail from './permits/PermitDetail';
import MapSection, { mapRoute } from './map/MapSection';
import TeamSection, { teamRoute } from './accounts/TeamSection';
import AuditLog from './audit/AuditLog';
import ProjectsSection, { projectsRoute } from './projects/ProjectsSection';
import SearchBox, { isSearchPath } from './search/SearchBox';
import SearchResults from './search/SearchResults';
import TasksSection, { tasksRoute } from './tasks/TasksSection';
import StatsScreen from './stats/StatsScreen';
import NotificationBell from './notifications/NotificationBell';
import NotificationsScreen from './notifications/NotificationsScreen';
import { closeLive } from './live/live-connection';
import FieldAppLink from './FieldAppLink';
import CounterScreen from './counter/CounterScreenLoader';
// The nav's « Guichet » label (the screen's own messages come with it).
import '../../lib/messages/counter';
import AddressRegister from './addresses/AddressRegisterLoader';
// The nav's « Registre des adresses » label (the admins' screen, docs/addresses.md).
import '../../lib/messages/address-import';
import NewsScreen from './news/NewsScreenLoader';
import AppointmentsDay from './appointments/AppointmentsDayLoader';
// The nav's « Rendez-vous » label (the screen's own code comes with it).
import '../../lib/messages/appointments-staff';
import CollectionsScreen from './collections/CollectionsScreenLoader';
// The nav's « Collectes » label (the screen's own code comes with it).
import '../../lib/messages/collections-staff';
// The nav's « Avis pratiques » label (the screen's own code comes with it: docs/news.md).
import '../../lib/messages/news';

interface Props {
  commune: PublicCommuneConfig;
  session: Session;
  /** The session ended while a screen was open (it says so on the sign-in screen). */
  onSignedOut(): void;
  /** The agent chose to sign out. */
  onSignOut(): void;
}

export default function SignedInApp({ commune, session: s, onSignedOut, onSignOut }: Props) {
  const base = `/${commune.id}/agents/`;
  const path = currentPath.value.split('?')[0];
  const m = path.match(/\/signalements\/([^/]+)\/?$/);
  const permit = path.match(/\/autorisations\/([^/]+)\/?$/);
  const permits = /\/autorisations\/?$/.test(path);
  const map = mapRoute(path);
  const team = teamRoute(path);
  const audit = /\/agents\/journal\/?$/.test(path);
  const projects = projectsRoute(path);
  const search = isSearchPath(path);
  const tasks = tasksRoute(currentPath.value);
  const stats = /\/agents\/statistiques\/?$/.test(path);
  const notifications = /\/agents\/notifications\/?$/.test(path);
  const counter = /\/agents\/guichet\/?$/.test(path);
  const addresses = /\/agents\/adresses\/?$/.test(path);
  const news = /\/agents\/actualites\/?$/.test(path);
  const appointments = /\/agents\/rendez-vous\/?$/.test(path);
  const collections = /\/agents\/collectes\/?$/.test(path);

  return (
    <div class="staff-shell" data-testid="staff-shell">
      <a class="skip-link" href="#staff-content">
        {tr('backoffice.skipNav')}
      </a>
      <div class="staff-bar">
        <p>
          {tr('staff.signedInAs')} <strong data-testid="staff-name">{s.name}</strong>
        </p>
        <SearchBox commune={commune.id} />
        <NotificationBell commune={commune.id} />
        <button
          type="button"
          class="button secondary small"
          onClick={() => {
            closeLive();
            onSignOut();
            navigate(base);
          }}
        >
          {tr('staff.signout')}
        </button>
      </div>
      <StaffNav commune={commune} path={path} />
      <div class="staff-content" id="staff-content" tabindex={-1}>
        {staffRoles(s).includes('worker') && <FieldAppLink commune={commune.id} />}
        {!canOpenStaffScreen(sectionOf(path), staffRoles(s)) ? (
          <Forbidden commune={commune.id} />
        ) : collections ? (
          <CollectionsScreen key="collections" commune={commune} onSignedOut={onSignedOut} />
        ) : appointments ? (
          <AppointmentsDay key="appointments" commune={commune} onSignedOut={onSignedOut} />
        ) : news ? (
          <NewsScreen key="news" commune={commune} onSignedOut={onSignedOut} />
        ) : addresses ? (
          <AddressRegister key="addresses" commune={commune} onSignedOut={onSignedOut} />
        ) : counter ? (
          <CounterScreen key="counter" commune={commune} onSignedOut={onSignedOut} />
        ) : notifications ? (
          <NotificationsScreen key="notifications" commune={commune} onSignedOut={onSignedOut} />
        ) : tasks ? (
          <TasksSection commune={commune} path={currentPath.value} onSignedOut={onSignedOut} />
        ) : team ? (
          <TeamSection commune={commune} path={path} onSignedOut={onSignedOut} />
        ) : stats ? (
          <StatsScreen key="stats" commune={commune} onSignedOut={onSignedOut} />
        ) : audit ? (
          <AuditLog key="audit" commune={commune} onSignedOut={onSignedOut} />
        ) : projects ? (
          <ProjectsSection commune={commune} path={path} onSignedOut={onSignedOut} />
        ) : map ? (
          <MapSection commune={commune} path={path} onSignedOut={onSignedOut} />
        ) : permit ? (
          <PermitDetail key={permit[1]} commune={commune} code={decodeURIComponent(permit[1])} onSignedOut={onSignedOut} />
        ) : permits ? (
          <PermitsInbox key="permits" commune={commune} onSignedOut={onSignedOut} />
        ) : m ? (
          <ReportDetail key={m[1]} commune={commune} code={decodeURIComponent(m[1])} onSignedOut={onSignedOut} />
        ) : search ? (
          <SearchResults key={currentPath.value} commune={commune} onSignedOut={onSignedOut} />
        ) : (
          <Inbox key={base} commune={commune} onSignedOut={onSignedOut} />
        )}
      </div>
    </div>
  );
}
