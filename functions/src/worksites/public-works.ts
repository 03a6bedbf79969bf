/**
 * The public side of works sites:
 *   GET /api/{c}/works        the published sites (by start day)
 *   GET /api/{c}/works/{id}   one site: what, why, who, phases, progress updates with photos (presigned links), detours
 * Public fields only: never a staff member's name, the project's internal activity, tasks or watchers.
 */
import { WorkIdSchema } from '@tandem/shared/schemas/work';
import { worksPagePath, worksPosterPath, type PublicWorks, type WorksList, type WorksSummary } from '@tandem/shared';
import { apiHandler, json, notFound, pathParam } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { clock } from '../lib/clock.js';
import { routeOf } from '../lib/route-of.js';
import { signedReadUrls } from '../lib/stored-files.js';
import { worksPeriod } from './works-map-item.js';
import { getProject, isPublished, progressUpdates, publishedProjects, type PublishedProject } from './works-store.js';

const CACHE = { 'cache-control': 'public, max-age=60' };

const whenOf = (ph: { start: string; end: string }, today: string) =>
  ph.end < today ? ('past' as const) : ph.start > today ? ('future' as const) : ('current' as const);

function summary(p: PublishedProject, today: string): WorksSummary {
  const period = worksPeriod(p);
  const current = p.publication.phases.find((ph) => whenOf(ph, today) === 'current');
  return {
    id: p.id,
    title: p.title,
    status: p.status,
    start: period.start,
    end: period.end,
    ...(p.place ? { place: { ...(p.place.label ? { label: p.place.label } : {}), geometry: p.place.geometry } } : {}),
    ...(current ? { currentPhase: current.title } : {}),
    url: worksPagePath(p.commune, p.id),
    publishedAt: p.publication.publishedAt,
  };
}

export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const commune = reg.config.id;
  const today = clock.today();
  const which = routeOf<'worksites/public-works', 'list' | 'one'>(event, {
    'GET /api/{commune}/works': 'list',
    'GET /api/{commune}/works/{id}': 'one',
  });
  if (which === 'list') {
    const items = (await publishedProjects(commune)).map((p) => summary(p, today));
    const body: WorksList = { items };
    return json(200, body, CACHE);
  }
  const id = pathParam(event, 'id');
  const p = WorkIdSchema.safeParse(id).success ? await getProject(commune, id) : undefined;
  if (!isPublished(p)) throw notFound('no published works site has this id');
  const updates = await progressUpdates(commune, id);
  const body: PublicWorks = {
    ...summary(p, today),
    description: p.description,
    why: p.publication.why,
    who: p.publication.who,
    phases: p.publication.phases.map((ph) => ({ id: ph.id, title: ph.title, start: ph.start, end: ph.end, when: whenOf(ph, today) })),
    ...(p.publication.detours ? { detours: p.publication.detours } : {}),
    updates: await Promise.all(
      updates.map(async (u) => {
        const files = u.files ?? [];
        const urls = await signedReadUrls(files);
        return {
          at: u.at,
          text: u.text ?? '',
          photos: files.map((f, i) => ({ name: f.slice(f.lastIndexOf('/') + 1), url: urls[i] })),
        };
      }),
    ),
    posterUrl: worksPosterPath(commune, id),
  };
  return json(200, body, CACHE);
});
