/**
 * Staff publish a works project for the public (docs/worksites.md):
 *   POST   /api/{c}/staff/projects/{id}/publication           publish, or change what the page says (why, who, phases, detours)
 *   DELETE /api/{c}/staff/projects/{id}/publication?version=N  take the page and the map item down
 *   POST   /api/{c}/staff/projects/{id}/progress               a progress update with photos, public
 * Each is one versioned change of the project (stale version: 409; Idempotency-Key: a retry answers the result),
 * written with its activity item, its audit entry and the project's map item in one transaction.
 */
import {
  ProgressInput,
  PublicationInput,
  UnpublishQuery,
  bucketKeys,
  extensionFor,
  newWorkActivityItem,
  projectIndexes,
  worksMapItemId,
  worksPagePath,
  worksPosterPath,
  type PhotoType,
  type ProjectItem,
  type PublicationAnswer,
  type WorkActivityItem,
} from '@tandem/shared';
import { WorkIdSchema } from '@tandem/shared/schemas/work';
import { type ApiEvent, HttpError, apiHandler, conflict, header, json, notFound, parseBody, parseQuery, pathParam } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { clock } from '../lib/clock.js';
import { requireStaff, type StaffUser } from '../lib/staff-auth.js';
import { authorize } from '../lib/authorize.js';
import { checkedKey, requestHash } from '../lib/idempotency.js';
import { runVersionedChange, type ItemChange } from '../lib/versioned-change.js';
import { auditContext, auditEntry, type AuditContext } from '../lib/audit.js';
import { routeOf } from '../lib/route-of.js';
import { checkUpload, copyStored } from '../lib/stored-files.js';
import { getMapItem } from '../map/map-store.js';
import { worksMapEntries, worksMapRemoval } from './works-map-item.js';
import { getProject, isPublished, progressUpdates, type PublishedProject } from './works-store.js';

type Action = 'publish' | 'unpublish' | 'progress';

const stale = (p: ProjectItem) =>
  conflict('someone else changed this project since you opened it; reload it and try again', { currentVersion: p.version });

export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const user = await requireStaff(event, reg);
  const commune = reg.config.id;
  const action = routeOf<'worksites/staff-worksites', Action>(event, {
    'POST /api/{commune}/staff/projects/{id}/publication': 'publish',
    'DELETE /api/{commune}/staff/projects/{id}/publication': 'unpublish',
    'POST /api/{commune}/staff/projects/{id}/progress': 'progress',
  });
  const id = pathParam(event, 'id');
  if (!WorkIdSchema.safeParse(id).success) throw notFound('no project has this id');
  const project = await getProject(commune, id);
  if (!project) throw notFound('no project has this id');
  const subject = { department: project.departments[0] };
  if (action === 'publish') authorize(user, reg.config, 'POST /api/{commune}/staff/projects/{id}/publication', 'publish', subject);
  else if (action === 'unpublish')
    authorize(user, reg.config, 'DELETE /api/{commune}/staff/projects/{id}/publication', 'unpublish', subject);
  else authorize(user, reg.config, 'POST /api/{commune}/staff/projects/{id}/progress', 'progress', subject);

  const audit = auditContext(event, reg, user);
  if (action === 'publish') return publish(event, project, user, audit);
  if (action === 'unpublish') return unpublish(event, project, user, audit);
  return progress(event, project, user, audit);
});

const answer = async (commune: string, id: string, replayed: boolean) => {
  const p = await getProject(commune, id);
  if (!p) throw notFound('no project has this id');
  const body: PublicationAnswer = {
    id: p.id,
    version: p.version,
    published: isPublished(p),
    ...(isPublished(p)
      ? {
          url: worksPagePath(commune, p.id),
          posterUrl: worksPosterPath(commune, p.id),
          ...(p.place ? { mapItemId: worksMapItemId(p.id) } : {}),
        }
      : {}),
  };
  return json(200, body, replayed ? { 'idempotent-replayed': 'true' } : {});
};

function activity(
  p: ProjectItem,
  user: StaffUser,
  at: string,
  entry: Pick<WorkActivityItem, 'kind' | 'public'> & Partial<WorkActivityItem>,
) {
  return newWorkActivityItem(p.pk, 'project', p.commune, p.id, at, { actor: user.name, actorSub: user.sub, ...entry });
}

function command(event: ApiEvent, p: ProjectItem, expectedVersion: number, body: unknown, build: (at: string) => Promise<ItemChange>) {
  const at = clock.iso();
  const idem = checkedKey(header(event, 'idempotency-key'));
  return runVersionedChange({
    commune: p.commune,
    code: p.id,
    current: p,
    expectedVersion,
    ...(idem ? { idempotencyKey: idem } : {}),
    requestHash: requestHash(event.routeKey, p.commune, p.id, body),
    at,
    build: () => build(at),
    stale,
    answer: (replayed) => answer(p.commune, p.id, replayed),
    reload: () => getProject(p.commune, p.id),
  });
}

async function publish(event: ApiEvent, p: ProjectItem, user: StaffUser, audit: AuditContext) {
  const input = parseBody(event, PublicationInput);
  if (p.kind !== 'works') throw new HttpError(409, 'only a works project (kind "works") has a public page', [], { kind: p.kind });
  if (!p.place)
    throw new HttpError(409, 'give the project its place first: the public page and the map show where the works are', [], {
      missing: 'place',
    });
  return command(event, p, input.version, input, async (at) => {
    const publication: PublishedProject['publication'] = {
      publishedAt: p.publication?.publishedAt ?? at,
      why: input.why,
      who: input.who,
      phases: input.phases.map((ph, i) => ({ id: ph.id ?? `phase-${i + 1}`, title: ph.title, start: ph.start, end: ph.end })),
      ...(input.detours ? { detours: input.detours } : {}),
      mapItemId: worksMapItemId(p.id),
    };
    const published = { ...p, publication } as PublishedProject;
    const { gsi2pk, gsi2sk } = projectIndexes(published);
    const updates = (await progressUpdates(p.commune, p.id)).map((u) => ({ at: u.at, text: u.text ?? '' }));
    const first = !p.publication;
    return {
      set: { publication, gsi2pk, gsi2sk },
      puts: [
        activity(
          p,
          user,
          at,
          first ? { kind: 'published', public: false } : { kind: 'changed', public: false, changes: [{ field: 'publication' }] },
        ),
        auditEntry(audit, at, 'project.publish', { kind: 'project', id: p.id }, p.title),
      ],
      more: worksMapEntries(published, updates, at, await getMapItem(p.commune, worksMapItemId(p.id))),
    };
  });
}

async function unpublish(event: ApiEvent, p: ProjectItem, user: StaffUser, audit: AuditContext) {
  const { version } = parseQuery(event, UnpublishQuery);
  if (!p.publication && version === p.version) throw new HttpError(409, 'this project has no public page', [], { published: false });
  return command(event, p, version, { version }, async (at) => ({
    set: {},
    remove: ['publication', 'gsi2pk', 'gsi2sk'],
    puts: [
      activity(p, user, at, { kind: 'changed', public: false, changes: [{ field: 'publication', from: 'published', to: 'unpublished' }] }),
      auditEntry(audit, at, 'project.unpublish', { kind: 'project', id: p.id }, p.title),
    ],
    more: worksMapRemoval(await getMapItem(p.commune, worksMapItemId(p.id))),
  }));
}

async function progress(event: ApiEvent, p: ProjectItem, user: StaffUser, audit: AuditContext) {
  const input = parseBody(event, ProgressInput);
  if (!isPublished(p))
    throw new HttpError(409, 'publish the project’s page first: progress updates are for the public', [], { published: false });
  return command(event, p, input.version, input, async (at) => {
    // Checked (commune, size, declared type and magic bytes) and copied under worksites/<c>/<id>/ before the write.
    const checked = [];
    for (const [i, key] of input.photos.entries()) checked.push(await checkUpload(p.commune, key, 'photo', `photos.${i}`));
    const files: string[] = [];
    for (const c of checked) {
      const target = bucketKeys.worksitePhoto(p.commune, p.id, crypto.randomUUID(), extensionFor(c.type as PhotoType));
      await copyStored(c.key, target, c.type);
      files.push(target);
    }
    const entry = activity(p, user, at, { kind: 'progress', public: true, text: input.text, ...(files.length ? { files } : {}) });
    const earlier = (await progressUpdates(p.commune, p.id)).map((u) => ({ at: u.at, text: u.text ?? '' }));
    return {
      set: {},
      puts: [entry, auditEntry(audit, at, 'project.progress', { kind: 'project', id: p.id }, p.title)],
      more: worksMapEntries(p, [{ at, text: input.text }, ...earlier], at, await getMapItem(p.commune, worksMapItemId(p.id))),
    };
  });
}
