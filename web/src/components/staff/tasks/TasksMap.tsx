/**
 * The map of tasks with a place and of open reports (`?vue=carte`), with the same items listed beside it: the
 * list is the way for keyboards and screen readers, the map is for the eyes.
 */
import { useEffect } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { MapFeatureCollection } from '@tandem/shared/map/map-items';
import { OPEN_TASK_STATUSES } from '@tandem/shared/work/task-states';
import { apiFetch, apiPath } from '../../../lib/api';
import { tr } from '../../../lib/locale';
import { linkClick } from '../router';
import { ErrorNotice } from '../page-states';
import { fetchTasks } from './task-api';
import { linkHref, taskHref } from './tasks-route';
import { useLoad } from './use-load';
import type { MapShape, ShapeLayer } from '../map/shapes-map';
import { useShapesMap } from '../map/use-shapes-map';

/** Tasks in the commune's colour (areas, lines and points), open reports as amber points on top. */
const LAYERS: ShapeLayer[] = [{ id: 'tasks' }, { id: 'reports', colour: '#c9791a', pointsOnly: true }];

async function mapShapes(commune: string): Promise<{ tasks: MapShape[]; reports: MapShape[] }> {
  const [lists, reports] = await Promise.all([
    Promise.all(OPEN_TASK_STATUSES.map((status) => fetchTasks(commune, { status }))),
    apiFetch<MapFeatureCollection>(apiPath(commune, 'map/items?kind=report')),
  ]);
  return {
    tasks: [...new Map(lists.flat().map((t) => [t.id, t])).values()]
      .filter((t) => t.place)
      .map((t) => ({
        href: taskHref(commune, t.id),
        title: t.place?.label ? `${t.title} — ${t.place.label}` : t.title,
        geometry: t.place!.geometry as GeoJSON.Geometry,
      })),
    reports: reports.features
      .filter((f) => f.properties.source.code)
      .map((f) => ({
        href: linkHref(commune, 'report', f.properties.source.code!),
        title: `${f.properties.title} (${f.properties.source.code})`,
        geometry: f.geometry as GeoJSON.Geometry,
      })),
  };
}

export default function TasksMap({ commune, onSignedOut }: { commune: PublicCommuneConfig; onSignedOut(): void }) {
  const shapes = useLoad(() => mapShapes(commune.id), [], onSignedOut);
  const { box, view, state } = useShapesMap(commune, tr('workTasks.map.label'), LAYERS);
  useEffect(() => document.getElementById('tasks-map-title')?.focus(), []);
  useEffect(() => {
    if (shapes.data) view.current?.show(shapes.data);
  }, [shapes.data, state]);
  return (
    <section aria-labelledby="tasks-map-title" data-testid="tasks-map" aria-busy={shapes.loading ? 'true' : undefined}>
      <h1 id="tasks-map-title" tabindex={-1}>
        {tr('workTasks.map.title')}
      </h1>
      <p class="hint" id="tasks-map-help">
        {tr('workTasks.map.help')}
      </p>
      {shapes.error && <ErrorNotice message={shapes.error} onRetry={shapes.reload} />}
      <div class="tasks-map-layout">
        {state === 'failed' ? (
          <p class="notice error" role="alert">
            {tr('report.map.failed')}
          </p>
        ) : (
          <div
            ref={box}
            class="map-box"
            data-testid="tasks-map-box"
            aria-busy={state === 'loading' ? 'true' : 'false'}
            aria-describedby="tasks-map-help"
          />
        )}
        <div class="tasks-map-lists">
          <ShapeList id="map-tasks" title={tr('workTasks.map.tasks')} empty={tr('workTasks.map.noTasks')} shapes={shapes.data?.tasks} />
          <ShapeList
            id="map-reports"
            title={tr('workTasks.map.reports')}
            empty={tr('workTasks.map.noReports')}
            shapes={shapes.data?.reports}
          />
        </div>
      </div>
    </section>
  );
}

function ShapeList({ id, title, empty, shapes }: { id: string; title: string; empty: string; shapes?: MapShape[] }) {
  return (
    <section aria-labelledby={id} data-testid={id}>
      <h2 id={id}>
        {title} {shapes && <span class="count">({shapes.length})</span>}
      </h2>
      {!shapes ? (
        <p role="status">{tr('common.loading')}</p>
      ) : shapes.length === 0 ? (
        <p class="hint">{empty}</p>
      ) : (
        <ul>
          {shapes.map((s) => (
            <li key={s.href}>
              <a href={s.href} onClick={linkClick}>
                {s.title}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
