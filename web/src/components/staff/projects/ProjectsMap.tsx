/** The projects that have a place, on the map (loaded on demand) and in a list beside it (the map's words). */
import { useEffect } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { tr } from '../../../lib/locale';
import type { ShapeLayer } from '../map/shapes-map';
import { useShapesMap } from '../map/use-shapes-map';
import { type ProjectView, periodText, projectHref } from './project-format';
import { ProjectLink } from './ProjectBits';

/** The projects in the house's blue (areas, lines and points). */
const LAYERS: ShapeLayer[] = [{ id: 'projects', colour: '#0b4f8a' }];

export default function ProjectsMap({ commune, items }: { commune: PublicCommuneConfig; items: ProjectView[] }) {
  const located = items.filter((p) => p.place);
  const { box, view, state } = useShapesMap(commune, tr('projects.map.label'), LAYERS);
  useEffect(
    () =>
      view.current?.show({
        projects: located.map((p) => ({
          href: projectHref(commune.id, p.id),
          title: p.title,
          geometry: p.place!.geometry as GeoJSON.Geometry,
        })),
      }),
    [state, items],
  );
  return (
    <div class="projects-map" data-testid="projects-map">
      {state === 'failed' ? (
        <p class="notice warn" role="status">
          {tr('projects.map.failed')}
        </p>
      ) : (
        <div ref={box} class="projects-map-box" />
      )}
      <h2 id="projects-map-list">{tr('projects.map.list')}</h2>
      {located.length ? (
        <ul aria-labelledby="projects-map-list">
          {located.map((p) => (
            <li key={p.id}>
              <ProjectLink commune={commune.id} project={p} /> — {p.place?.label ?? ''} {periodText(p)}
            </li>
          ))}
        </ul>
      ) : (
        <p>{tr('projects.map.none')}</p>
      )}
    </div>
  );
}
