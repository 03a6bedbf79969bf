/**
 * Seeds the staff workspace through the local staff API (projects from their templates, tasks for the demo worker),
 * dated from today. Resumable: a demo project or task is recognised by its title among those that exist.
 */
import { addDays, brusselsWallToMs, type CommuneConfig, type PersonView, type ProjectView, type TaskSummaryView } from '@tandem/shared';
import { clock } from '../../../functions/src/lib/clock.js';
import {
  DEMO_PROJECTS,
  DEMO_RECURRENCE,
  DEMO_TEAM_TASKS,
  DEMO_WORK_ORDER,
  DEMO_WORKER_TASKS,
  type DemoProject,
  type DemoTask,
} from './demo-work.js';
import { demoDrainPhoto } from './demo-photo.js';
import { demoKey, type SeedClient } from './seed-client.js';
import type { Logger } from '../util/log.js';

const point = (p: { label: string; lng: number; lat: number }) => ({
  label: p.label,
  geometry: { type: 'Point', coordinates: [p.lng, p.lat] },
});

/** Seeds one commune's demo projects and worker tasks (what is missing of them); returns their ids. */
export async function seedCommuneWork(client: SeedClient, commune: CommuneConfig, password: string, log: Logger): Promise<string[]> {
  const agent = commune.demoAccounts.find((a) => a.role === 'agent');
  const worker = commune.demoAccounts.find((a) => a.role === 'worker');
  if (!agent) return [];
  const c = commune.id;
  const auth = await client.signIn(c, agent.username, password);
  const today = clock.today();
  const ids: string[] = [];

  const { items: projects } = await client.call<{ items: ProjectView[] }>('GET', `/api/${c}/staff/projects`, undefined, auth);
  for (const [i, d] of (DEMO_PROJECTS[c] ?? []).entries()) {
    let id = projects.find((p) => p.title === d.title)?.id;
    if (!id && commune.work.templates.some((t) => t.id === d.template)) {
      const body = {
        kind: d.kind,
        title: d.title,
        description: d.description,
        departments: d.departments,
        start: addDays(today, d.start),
        end: addDays(today, d.end),
        status: d.start <= 0 ? 'active' : 'planned',
        place: point(d.place),
        template: { id: d.template, anchorDay: addDays(today, d.anchorDays) },
      };
      // The lead department's agent starts it (an agent starts the projects of their own departments).
      const lead = commune.demoAccounts.find((a) => a.role === 'agent' && a.departments.includes(d.departments[0])) ?? agent;
      const leadAuth = lead === agent ? auth : await client.signIn(c, lead.username, password);
      id = (
        await client.call<{ id: string }>('POST', `/api/${c}/staff/projects`, body, {
          ...leadAuth,
          'idempotency-key': demoKey('project', c, i, body),
        })
      ).id;
    }
    if (id && d.publication) await publishDemoSite(client, c, id, d, today, auth);
    if (id) ids.push(id);
    log.info(`${commune.name} : projet de démonstration ${i + 1} (${id ?? 'modèle absent'})`);
  }

  if (worker) {
    const { items: people } = await client.call<{ items: PersonView[] }>('GET', `/api/${c}/staff/people`, undefined, auth);
    const sub = people.find((p) => p.role === 'worker' && p.name === worker.name)?.id ?? people.find((p) => p.role === 'worker')?.id;
    if (sub) {
      const { items: theirs } = await client.call<{ items: TaskSummaryView[] }>(
        'GET',
        `/api/${c}/staff/tasks?assignee=${encodeURIComponent(sub)}`,
        undefined,
        auth,
      );
      for (const [i, t] of (DEMO_WORKER_TASKS[c] ?? []).entries()) {
        let id = theirs.find((x) => x.title === t.title)?.id;
        if (!id) {
          const body = taskBody(t, today, sub);
          id = (
            await client.call<{ id: string }>('POST', `/api/${c}/staff/tasks`, body, {
              ...auth,
              'idempotency-key': demoKey('task', c, i, body),
            })
          ).id;
        }
        ids.push(id);
      }
      log.info(`${commune.name} : ${DEMO_WORKER_TASKS[c]?.length ?? 0} tâches de démonstration pour ${worker.username}`);
      ids.push(...(await seedFieldDemo(client, c, today, sub, theirs, auth)));
      const { items: recurrences } = await client.call<{ items: { id: string; title: string }[] }>(
        'GET',
        `/api/${c}/staff/recurrences`,
        undefined,
        auth,
      );
      if (!recurrences.some((r) => r.title === DEMO_RECURRENCE.title)) {
        const body = { ...DEMO_RECURRENCE, assignees: [sub], start: today };
        const r = await client.call<{ id: string }>('POST', `/api/${c}/staff/recurrences`, body, {
          ...auth,
          'idempotency-key': demoKey('recurrence', c, 0, body),
        });
        ids.push(r.id);
      }
    }
  }
  return ids;
}

/** Publishes a demo works site and writes its progress updates (those still missing). */
async function publishDemoSite(client: SeedClient, c: string, id: string, d: DemoProject, today: string, auth: Record<string, string>) {
  const pub = d.publication!;
  let { version, published } = await client.call<ProjectView>('GET', `/api/${c}/staff/projects/${id}`, undefined, auth);
  if (!published) {
    const body = {
      version,
      why: pub.why,
      who: pub.who,
      ...(pub.detours ? { detours: pub.detours } : {}),
      phases: pub.phases.map((p) => ({ title: p.title, start: addDays(today, p.start), end: addDays(today, p.end) })),
    };
    ({ version } = await client.call<{ version: number }>('POST', `/api/${c}/staff/projects/${id}/publication`, body, {
      ...auth,
      'idempotency-key': demoKey('publication', c, 0, { id, ...body }),
    }));
  }
  const site = await client.call<{ updates: unknown[] }>('GET', `/api/${c}/works/${id}`);
  for (const [i, text] of pub.updates.entries()) {
    if (i < site.updates.length) continue;
    const body = { version, text };
    ({ version } = await client.call<{ version: number }>('POST', `/api/${c}/staff/projects/${id}/progress`, body, {
      ...auth,
      'idempotency-key': demoKey('progress', c, i, { id, ...body }),
    }));
  }
}

/**
 * What the field app shows beyond the worker's own tasks (docs/field-app.md): their team's task of the day, assigned
 * to nobody, and a work order made from a report with a photo. Each recognised by its title (the report by its
 * description) before it is created, so a killed start resumes.
 */
async function seedFieldDemo(
  client: SeedClient,
  c: string,
  today: string,
  sub: string,
  theirs: TaskSummaryView[],
  auth: Record<string, string>,
): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, t] of (DEMO_TEAM_TASKS[c] ?? []).entries()) {
    const team = await client.call<{ items: TaskSummaryView[] }>(
      'GET',
      `/api/${c}/staff/tasks?department=${t.department}&q=${encodeURIComponent(t.title)}`,
      undefined,
      auth,
    );
    let id = team.items.find((x) => x.title === t.title)?.id;
    if (!id) {
      const body = taskBody(t, today);
      id = (
        await client.call<{ id: string }>('POST', `/api/${c}/staff/tasks`, body, {
          ...auth,
          'idempotency-key': demoKey('team-task', c, i, body),
        })
      ).id;
    }
    ids.push(id);
  }
  const order = DEMO_WORK_ORDER[c];
  if (order && !theirs.some((x) => x.title === order.title)) {
    const reports = await client.all<{ code: string; description: string }>(`/api/${c}/staff/reports?limit=100`, auth);
    let code = reports.find((r) => r.description === order.report.description)?.code;
    if (!code) {
      const photo = await client.upload(c, demoDrainPhoto(), 'image/png', 'avaloir.png', 'photo');
      // The upload's key is new at each attempt, so is the Idempotency-Key: the lookup above is what prevents a second report.
      const body = { ...order.report, answers: {}, locale: 'fr', photos: [photo] };
      code = (
        await client.call<{ code: string }>('POST', `/api/${c}/reports`, body, { 'idempotency-key': demoKey('field-report', c, 0, body) })
      ).code;
    }
    const body = {
      title: order.title,
      assignees: [sub],
      dueAt: new Date(brusselsWallToMs(today, order.dueTime)).toISOString(),
    };
    const task = await client.call<{ id: string }>('POST', `/api/${c}/staff/reports/${code}/work-orders`, body, {
      ...auth,
      'idempotency-key': demoKey('work-order', c, 0, { code, ...body }),
    });
    ids.push(task.id);
  }
  return ids;
}

function taskBody(t: DemoTask, today: string, assignee?: string) {
  return {
    title: t.title,
    description: t.description,
    department: t.department,
    assignees: assignee ? [assignee] : [],
    priority: t.priority,
    dueAt: new Date(brusselsWallToMs(addDays(today, t.dueDays), t.dueTime)).toISOString(),
    checklist: (t.checklist ?? []).map((text, i) => ({ id: `c${i + 1}`, text, done: false })),
    ...(t.place ? { place: point(t.place) } : {}),
  };
}
