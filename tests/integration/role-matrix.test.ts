/**
 * The role matrix against the running platform: every staff route × every action × every demo role (a worker,
 * an agent of the owning department, an agent of another department, the police and fire reviewers, an admin).
 * The verdict expected is the matrix's own (mayDo): allowed → not a 403 (a 2xx, or a 4xx of the item's state),
 * refused → 403. A staff route or action without its case here fails to compile and fails the first test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CommuneConfig,
  type ActionOf,
  matrixLines,
  mayDo,
  type StaffActor,
  type StaffRouteKey,
  type Subject,
  addDays,
} from '@tandem/shared';
import soignies from '../../infra/communes/soignies.json' with { type: 'json' };
import { api, auth, sampleReport, signIn, type ApiResponse } from './api-client.js';
import { demoPassword } from '../support/local-env.js';
import { occupationDetails, requester, today } from './permit-fixtures.js';
import { putProject } from './task-fixtures.js';
import { newWorksProject, publication, publish } from './worksite-fixtures.js';

const C = '/api/soignies';
const config = CommuneConfig.parse(soignies);

/** The demo roles walked, with the demo account each one signs in as. */
const PERSONAS = {
  worker: 'ouvrier@soignies.example', // worker of travaux
  'owning agent': 'agent@soignies.example', // agent of travaux (and environnement): owns the items below
  'other agent': 'evenements@soignies.example', // agent of evenements
  police: 'police@soignies.example', // reviewer
  secours: 'secours@soignies.example', // reviewer
  admin: 'admin@soignies.example',
} as const;
type Persona = keyof typeof PERSONAS;
const personas = Object.keys(PERSONAS) as Persona[];
const tokens = {} as Record<Persona, string>;
const actorOf = (p: Persona): StaffActor => {
  const a = config.demoAccounts.find((x) => x.username === PERSONAS[p])!;
  return { roles: [a.role], departments: a.departments };
};

/**
 * One action on one item: `setup` makes the item (fresh for each persona when the action changes it) and answers
 * its subject for the matrix and the request; `granted` reads the verdict from the answer (default: not a 403).
 */
interface Case {
  setup(): Promise<{ subject?: Subject; send(token: string): Promise<ApiResponse> }>;
  granted?(r: ApiResponse): boolean;
}
type Cases = { [K in StaffRouteKey]: Record<ActionOf<K>, Case> };

const admin = () => tokens.admin;

// Reports: a pothole (voirie → travaux).
async function newReport() {
  const r = await api('POST', `${C}/reports`, { body: sampleReport() });
  expect(r.status).toBe(201);
  return r.body.code as string;
}
const onReport = (method: string, path: string, body?: (version: number) => unknown): Case => ({
  async setup() {
    const code = await newReport();
    return {
      subject: { department: 'travaux' },
      send: (t) => api(method, `${C}/staff/reports/${code}${path}`, { headers: auth(t), ...(body ? { body: body(1) } : {}) }),
    };
  },
});

// Permits: a scaffolding (occupation → handled by travaux; reviewed by the police), waiting for opinions.
async function permitInOpinions() {
  const r = await api('POST', `${C}/permits`, {
    body: { kind: 'occupation', details: occupationDetails({ use: 'scaffolding' }), requester: requester() },
  });
  expect(r.status).toBe(201);
  const code = r.body.code as string;
  for (const [to, version] of [
    ['under_review', 1],
    ['opinions', 2],
  ] as const) {
    const m = await api('POST', `${C}/staff/permits/${code}/transitions`, { headers: auth(admin()), body: { to, version } });
    expect(m.status).toBe(200);
  }
  return code;
}
const permitSubject: Subject = { department: 'travaux', reviewers: ['police'] };
let sharedPermit = '';
const onPermit = (method: string, path: string, body?: unknown, fresh = true): Case => ({
  async setup() {
    const code = fresh ? await permitInOpinions() : sharedPermit;
    return {
      subject: permitSubject,
      send: (t) => api(method, `${C}/staff/permits/${code}${path}`, { headers: auth(t), ...(body ? { body } : {}) }),
    };
  },
});

// Map items: a parking ban owned by travaux.
const mapItem = (over: Record<string, unknown> = {}) => ({
  kind: 'parking_ban',
  title: 'Déménagement, rue de la Station',
  description: 'Camion devant le n° 3',
  streets: ['Rue de la Station'],
  geometry: { type: 'Point', coordinates: [4.0724, 50.5799] },
  period: { start: addDays(today(), 2), end: addDays(today(), 2) },
  department: 'travaux',
  ...over,
});
async function newMapItem() {
  const r = await api('POST', `${C}/staff/map/items`, { headers: auth(admin()), body: mapItem() });
  expect(r.status).toBe(201);
  expect(r.body.department).toBe('travaux');
  return r.body.id as string;
}

// Tasks: one of travaux, assigned to nobody (the matrix's subject is its department); a project led by travaux.
async function newTask(over: Record<string, unknown> = {}) {
  const r = await api('POST', `${C}/staff/tasks`, {
    headers: auth(admin()),
    body: { title: 'Réparer la barrière', department: 'travaux', ...over },
  });
  expect(r.status).toBe(201);
  return r.body.id as string;
}
const taskSubject: Subject = { department: 'travaux' };
const onTask = (method: string, path: string, body?: unknown): Case => ({
  async setup() {
    const id = await newTask({ checklist: [{ id: 'a', text: 'Outils' }] });
    return {
      subject: taskSubject,
      send: (t) => api(method, `${C}/staff/tasks/${id}${path}`, { headers: auth(t), ...(body ? { body } : {}) }),
    };
  },
});
const onProject = (method: string, path: string, body?: unknown): Case => ({
  async setup() {
    const id = await putProject(['travaux', 'mobilite']);
    return {
      subject: { department: 'travaux', reviewers: ['mobilite'] },
      send: (t) => api(method, `${C}/staff/projects/${id}${path}`, { headers: auth(t), ...(body ? { body } : {}) }),
    };
  },
});
/** A browser's push subscription as PushSubscription.toJSON() gives it (an https endpoint that is never pushed to here). */
const ROLE_MATRIX_PUSH = {
  endpoint: 'https://push.example.invalid/role-matrix',
  keys: { p256dh: `B${'A'.repeat(86)}`, auth: 'A'.repeat(22) },
};
const getAll = (path: string): Case => ({ setup: async () => ({ send: (t) => api('GET', `${C}/staff/${path}`, { headers: auth(t) }) }) });
// Projects: a works project led by travaux, with mobilite taking part.
const projectBody = () => ({ kind: 'works', title: 'Réfection de la rue de la Station', departments: ['travaux', 'mobilite'] });
const projectSubject: Subject = { department: 'travaux', reviewers: ['mobilite'] };
async function newProject() {
  const r = await api('POST', `${C}/staff/projects`, { headers: auth(admin()), body: projectBody() });
  expect(r.status).toBe(201);
  return r.body.id as string;
}
let sharedProject = '';

const CASES: Cases = {
  'GET /api/{commune}/staff/people': { list: getAll('people') },
  'POST /api/{commune}/staff/tasks': {
    create: {
      setup: async () => ({
        send: (t) => api('POST', `${C}/staff/tasks`, { headers: auth(t), body: { title: 'Nettoyer l’avaloir', department: 'mobilite' } }),
      }),
    },
  },
  'GET /api/{commune}/staff/tasks': { list: getAll('tasks') },
  'GET /api/{commune}/staff/tasks/{id}': { read: onTask('GET', '') },
  'PATCH /api/{commune}/staff/tasks/{id}': {
    edit: onTask('PATCH', '', { version: 1, title: 'Réparer la barrière du parc' }),
    move: onTask('PATCH', '', { version: 1, status: 'doing' }),
    tick: onTask('PATCH', '', { version: 1, checklist: [{ id: 'a', text: 'Outils', done: true }] }),
  },
  'POST /api/{commune}/staff/tasks/{id}/comments': { comment: onTask('POST', '/comments', { text: 'Je passe demain.' }) },
  'PUT /api/{commune}/staff/tasks/{id}/watch': { watch: onTask('PUT', '/watch') },
  'DELETE /api/{commune}/staff/tasks/{id}/watch': { watch: onTask('DELETE', '/watch') },
  'POST /api/{commune}/staff/projects/{id}/comments': { comment: onProject('POST', '/comments', { text: 'Réunion lundi.' }) },
  'PUT /api/{commune}/staff/projects/{id}/watch': { watch: onProject('PUT', '/watch') },
  'DELETE /api/{commune}/staff/projects/{id}/watch': { watch: onProject('DELETE', '/watch') },
  'POST /api/{commune}/staff/reports/{code}/comments': { comment: onReport('POST', '/comments', () => ({ text: 'Je passe voir.' })) },
  'PUT /api/{commune}/staff/reports/{code}/watch': { watch: onReport('PUT', '/watch') },
  'DELETE /api/{commune}/staff/reports/{code}/watch': { watch: onReport('DELETE', '/watch') },
  'POST /api/{commune}/staff/permits/{code}/comments': { comment: onPermit('POST', '/comments', { text: 'Vu avec la police.' }, false) },
  'PUT /api/{commune}/staff/permits/{code}/watch': { watch: onPermit('PUT', '/watch', undefined, false) },
  'DELETE /api/{commune}/staff/permits/{code}/watch': { watch: onPermit('DELETE', '/watch', undefined, false) },
  'GET /api/{commune}/staff/my-work': { read: getAll('my-work?view=assigned') },
  'GET /api/{commune}/staff/today': { read: getAll('today') },
  // A photo key of the right shape that was never uploaded: allowed is a 422 naming it (nothing is filed), refused a 403.
  'POST /api/{commune}/staff/reports': {
    create: {
      setup: async () => ({
        send: (t) =>
          api('POST', `${C}/staff/reports`, {
            headers: auth(t),
            body: {
              category: 'voirie',
              lat: 50.5794,
              lng: 4.0714,
              photos: ['uploads/soignies/2026-01-01/00000000-0000-4000-8000-000000000000.jpg'],
            },
          }),
      }),
      granted: (r) => r.status === 422 && r.body['invalid-params']?.[0]?.name === 'photos.0',
    },
  },
  'GET /api/{commune}/staff/boards/{department}': {
    read: { setup: async () => ({ subject: taskSubject, send: (t) => api('GET', `${C}/staff/boards/travaux`, { headers: auth(t) }) }) },
  },
  'GET /api/{commune}/staff/reports': {
    list: { setup: async () => ({ send: (t) => api('GET', `${C}/staff/reports`, { headers: auth(t) }) }) },
  },
  'GET /api/{commune}/staff/reports/{code}': {
    read: onReport('GET', ''),
    personalData: {
      ...onReport('GET', ''),
      granted: (r) => {
        if (r.status === 403) return false;
        expect(r.status).toBe(200);
        return 'email' in r.body;
      },
    },
  },
  'PATCH /api/{commune}/staff/reports/{code}': {
    assign: onReport('PATCH', '', (version) => ({ department: 'mobilite', version })),
    plan: onReport('PATCH', '', (version) => ({ priority: 'high', assignee: 'someone-sub', version })),
  },
  'POST /api/{commune}/staff/reports/{code}/transitions': {
    transition: onReport('POST', '/transitions', (version) => ({ to: 'acknowledged', version })),
  },
  'POST /api/{commune}/staff/reports/{code}/updates': {
    publicUpdate: onReport('POST', '/updates', (version) => ({ text: 'Merci, nous passons demain.', public: true, version })),
    privateNote: onReport('POST', '/updates', (version) => ({ text: 'Vu aussi par la mobilité.', public: false, version })),
  },
  'GET /api/{commune}/staff/search': {
    search: { setup: async () => ({ send: (t) => api('GET', `${C}/staff/search?q=trottoir`, { headers: auth(t) }) }) },
  },
  'GET /api/{commune}/staff/permits': {
    list: { setup: async () => ({ send: (t) => api('GET', `${C}/staff/permits?view=all`, { headers: auth(t) }) }) },
  },
  'GET /api/{commune}/staff/permits/{code}': { read: onPermit('GET', '', undefined, false) },
  'POST /api/{commune}/staff/permits/{code}/transitions': {
    transition: onPermit('POST', '/transitions', {
      to: 'incomplete',
      version: 3,
      message: 'Précisez la largeur du trottoir.',
      publicPage: false,
    }),
  },
  'POST /api/{commune}/staff/permits/{code}/updates': {
    publicUpdate: onPermit('POST', '/updates', {
      text: 'Nous attendons l’avis de la police.',
      public: true,
      publicPage: false,
      version: 3,
    }),
    privateNote: onPermit('POST', '/updates', { text: 'Échafaudage déjà vu l’an dernier.', public: false, version: 3 }),
  },
  'POST /api/{commune}/staff/permits/{code}/opinions/{department}': {
    opinion: {
      async setup() {
        const code = await permitInOpinions();
        return {
          subject: { department: 'police' },
          send: (t) => api('POST', `${C}/staff/permits/${code}/opinions/police`, { headers: auth(t), body: { verdict: 'favourable' } }),
        };
      },
    },
  },
  'GET /api/{commune}/staff/map/items': {
    list: { setup: async () => ({ send: (t) => api('GET', `${C}/staff/map/items`, { headers: auth(t) }) }) },
  },
  'POST /api/{commune}/staff/map/items': {
    create: {
      setup: async () => ({
        subject: { department: 'travaux' },
        send: (t) => api('POST', `${C}/staff/map/items`, { headers: auth(t), body: mapItem() }),
      }),
    },
  },
  'PUT /api/{commune}/staff/map/items/{id}': {
    update: {
      async setup() {
        const id = await newMapItem();
        return {
          subject: { department: 'travaux' },
          send: (t) =>
            api('PUT', `${C}/staff/map/items/${id}`, {
              headers: auth(t),
              body: mapItem({ title: 'Déménagement (2 camions)', version: 1 }),
            }),
        };
      },
    },
  },
  'DELETE /api/{commune}/staff/map/items/{id}': {
    delete: {
      async setup() {
        const id = await newMapItem();
        return {
          subject: { department: 'travaux' },
          send: (t) => api('DELETE', `${C}/staff/map/items/${id}?version=1`, { headers: auth(t) }),
        };
      },
    },
  },
  'GET /api/{commune}/staff/projects': {
    list: { setup: async () => ({ send: (t) => api('GET', `${C}/staff/projects`, { headers: auth(t) }) }) },
  },
  'POST /api/{commune}/staff/projects': {
    create: {
      setup: async () => ({
        subject: projectSubject,
        send: (t) => api('POST', `${C}/staff/projects`, { headers: auth(t), body: projectBody() }),
      }),
    },
  },
  'GET /api/{commune}/staff/projects/{id}': {
    read: {
      async setup() {
        sharedProject ||= await newProject();
        return { subject: projectSubject, send: (t) => api('GET', `${C}/staff/projects/${sharedProject}`, { headers: auth(t) }) };
      },
    },
  },
  'PATCH /api/{commune}/staff/projects/{id}': {
    update: {
      async setup() {
        const id = await newProject();
        return {
          subject: projectSubject,
          send: (t) => api('PATCH', `${C}/staff/projects/${id}`, { headers: auth(t), body: { version: 1, health: 'at-risk' } }),
        };
      },
    },
  },
  // Works sites: a works project of travaux (fresh for each persona), published for the progress update.
  'POST /api/{commune}/staff/projects/{id}/publication': {
    publish: {
      async setup() {
        const p = await newWorksProject();
        return {
          subject: { department: 'travaux' },
          send: (t) => api('POST', `${C}/staff/projects/${p.id}/publication`, { headers: auth(t), body: publication(1) }),
        };
      },
    },
  },
  'DELETE /api/{commune}/staff/projects/{id}/publication': {
    unpublish: {
      async setup() {
        const p = await newWorksProject();
        expect((await publish(admin(), p)).status).toBe(200);
        return {
          subject: { department: 'travaux' },
          send: (t) => api('DELETE', `${C}/staff/projects/${p.id}/publication?version=2`, { headers: auth(t) }),
        };
      },
    },
  },
  'GET /api/{commune}/staff/projects/{id}/tasks': {
    read: {
      async setup() {
        sharedProject ||= await newProject();
        return { subject: projectSubject, send: (t) => api('GET', `${C}/staff/projects/${sharedProject}/tasks`, { headers: auth(t) }) };
      },
    },
  },
  'POST /api/{commune}/staff/projects/{id}/progress': {
    progress: {
      async setup() {
        const p = await newWorksProject();
        expect((await publish(admin(), p)).status).toBe(200);
        return {
          subject: { department: 'travaux' },
          send: (t) =>
            api('POST', `${C}/staff/projects/${p.id}/progress`, {
              headers: auth(t),
              body: { version: 2, text: 'La tranchée est ouverte.' },
            }),
        };
      },
    },
  },
  'GET /api/{commune}/staff/open311/keys': {
    manage: { setup: async () => ({ send: (t) => api('GET', `${C}/staff/open311/keys`, { headers: auth(t) }) }) },
  },
  'POST /api/{commune}/staff/open311/keys': {
    manage: {
      setup: async () => ({
        send: (t) => api('POST', `${C}/staff/open311/keys`, { headers: auth(t), body: { application: 'Matrice des rôles' } }),
      }),
    },
  },
  'DELETE /api/{commune}/staff/open311/keys/{id}': {
    manage: {
      async setup() {
        const k = await api('POST', `${C}/staff/open311/keys`, { headers: auth(admin()), body: { application: 'À révoquer' } });
        expect(k.status).toBe(201);
        return { send: (t) => api('DELETE', `${C}/staff/open311/keys/${k.body.id}`, { headers: auth(t) }) };
      },
    },
  },
  'GET /api/{commune}/staff/accounts': {
    manage: { setup: async () => ({ send: (t) => api('GET', `${C}/staff/accounts`, { headers: auth(t) }) }) },
  },
  'POST /api/{commune}/staff/accounts': {
    manage: {
      setup: async () => ({
        send: (t) =>
          api('POST', `${C}/staff/accounts`, {
            headers: auth(t),
            body: { email: `matrice-${++invited}@soignies.example`, displayName: 'Matrice', role: 'agent', departments: ['travaux'] },
          }),
      }),
    },
  },
  'PATCH /api/{commune}/staff/accounts/{id}': {
    manage: {
      async setup() {
        const id = await newAccount();
        return {
          send: (t) =>
            api('PATCH', `${C}/staff/accounts/${encodeURIComponent(id)}`, { headers: auth(t), body: { displayName: 'Renommé' } }),
        };
      },
    },
  },
  'POST /api/{commune}/staff/accounts/{id}/disable': {
    manage: {
      async setup() {
        const id = await newAccount();
        return { send: (t) => api('POST', `${C}/staff/accounts/${encodeURIComponent(id)}/disable`, { headers: auth(t) }) };
      },
    },
  },
  'POST /api/{commune}/staff/accounts/{id}/enable': {
    manage: {
      async setup() {
        const id = await newAccount();
        return { send: (t) => api('POST', `${C}/staff/accounts/${encodeURIComponent(id)}/enable`, { headers: auth(t) }) };
      },
    },
  },
  'GET /api/{commune}/staff/audit': {
    manage: { setup: async () => ({ send: (t) => api('GET', `${C}/staff/audit`, { headers: auth(t) }) }) },
  },
  'GET /api/{commune}/staff/audit.csv': {
    manage: { setup: async () => ({ send: (t) => api('GET', `${C}/staff/audit.csv`, { headers: auth(t) }) }) },
  },
  'GET /api/{commune}/staff/recurrences': {
    list: { setup: async () => ({ send: (t) => api('GET', `${C}/staff/recurrences`, { headers: auth(t) }) }) },
  },
  'POST /api/{commune}/staff/recurrences': {
    create: {
      setup: async () => ({
        subject: { department: 'travaux' },
        send: (t) => api('POST', `${C}/staff/recurrences`, { headers: auth(t), body: recurrence() }),
      }),
    },
  },
  'PATCH /api/{commune}/staff/recurrences/{id}': {
    update: {
      async setup() {
        const id = await newRecurrence();
        return {
          subject: { department: 'travaux' },
          send: (t) =>
            api('PATCH', `${C}/staff/recurrences/${id}`, { headers: auth(t), body: { title: 'Balayage (renforcé)', version: 1 } }),
        };
      },
    },
  },
  'DELETE /api/{commune}/staff/recurrences/{id}': {
    delete: {
      async setup() {
        const id = await newRecurrence();
        return {
          subject: { department: 'travaux' },
          send: (t) => api('DELETE', `${C}/staff/recurrences/${id}?version=1`, { headers: auth(t) }),
        };
      },
    },
  },
  'POST /api/{commune}/staff/reports/{code}/work-orders': {
    create: onReport('POST', '/work-orders', () => ({ note: 'Reboucher avant vendredi.' })),
  },
  'GET /api/{commune}/staff/changes': {
    read: { setup: async () => ({ send: (t) => api('GET', `${C}/staff/changes?topics=tasks`, { headers: auth(t) }) }) },
  },
  'GET /api/{commune}/staff/stats': {
    read: { setup: async () => ({ send: (t) => api('GET', `${C}/staff/stats?from=2020-01-01&to=2020-01-02`, { headers: auth(t) }) }) },
  },
  'GET /api/{commune}/staff/stats.csv': {
    export: {
      setup: async () => ({ send: (t) => api('GET', `${C}/staff/stats.csv?from=2020-01-01&to=2020-01-02`, { headers: auth(t) }) }),
    },
  },
  'GET /api/{commune}/staff/reports.csv': {
    export: {
      setup: async () => ({ send: (t) => api('GET', `${C}/staff/reports.csv?from=2020-01-01&to=2020-01-02`, { headers: auth(t) }) }),
    },
  },
  'GET /api/{commune}/staff/permits.csv': {
    export: {
      setup: async () => ({ send: (t) => api('GET', `${C}/staff/permits.csv?from=2020-01-01&to=2020-01-02`, { headers: auth(t) }) }),
    },
  },
  // The notification centre: everyone reads and marks their own (the routes name no one else).
  'GET /api/{commune}/staff/notifications': { read: getAll('notifications') },
  'GET /api/{commune}/staff/notifications/unread': { read: getAll('notifications/unread') },
  'POST /api/{commune}/staff/notifications/read': {
    mark: { setup: async () => ({ send: (t) => api('POST', `${C}/staff/notifications/read`, { headers: auth(t), body: { all: true } }) }) },
  },
  'GET /api/{commune}/staff/notifications/preferences': { read: getAll('notifications/preferences') },
  'PUT /api/{commune}/staff/notifications/preferences': {
    change: {
      setup: async () => ({
        send: (t) => api('PUT', `${C}/staff/notifications/preferences`, { headers: auth(t), body: { delivery: 'digest' } }),
      }),
    },
  },
  // Web Push: everyone reads the public key and registers (unregisters) their own browser (https; nothing is pushed).
  'GET /api/{commune}/staff/notifications/push': { read: getAll('notifications/push') },
  'PUT /api/{commune}/staff/notifications/push': {
    change: {
      setup: async () => ({ send: (t) => api('PUT', `${C}/staff/notifications/push`, { headers: auth(t), body: ROLE_MATRIX_PUSH }) }),
    },
  },
  'DELETE /api/{commune}/staff/notifications/push': {
    change: {
      setup: async () => ({
        send: (t) =>
          api('DELETE', `${C}/staff/notifications/push?endpoint=${encodeURIComponent(ROLE_MATRIX_PUSH.endpoint)}`, { headers: auth(t) }),
      }),
    },
  }, // At the counter (docs/counter.md): a body the route refuses only once the role passed (a photo that is no upload,
  // a permit without details): nothing is filed for the roles that may; the search answers 200.
  'POST /api/{commune}/staff/counter/reports': {
    encode: {
      setup: async () => ({
        send: (t) =>
          api('POST', `${C}/staff/counter/reports`, {
            headers: auth(t),
            body: {
              category: 'voirie',
              location: { lat: 50.5794, lng: 4.0714 },
              description: 'Nid de poule devant le 12',
              photos: ['uploads/soignies/2026-01-01/00000000-0000-4000-8000-000000000000.jpg'],
              channel: 'counter',
            },
          }),
      }),
      granted: (r) => r.status === 422,
    },
  },
  'POST /api/{commune}/staff/counter/permits': {
    encode: {
      setup: async () => ({
        send: (t) => api('POST', `${C}/staff/counter/permits`, { headers: auth(t), body: { kind: 'event', channel: 'phone' } }),
      }),
      granted: (r) => r.status === 422,
    },
  },
  'POST /api/{commune}/staff/counter/search': {
    search: {
      setup: async () => ({
        send: (t) => api('POST', `${C}/staff/counter/search`, { headers: auth(t), body: { phone: '0471 00 00 00' } }),
      }),
    },
  },
  // A CSV without its coordinates columns: allowed is a 422 naming them (the register stays as it is), refused a 403.
  'GET /api/{commune}/staff/addresses': {
    read: { setup: async () => ({ send: (t) => api('GET', `${C}/staff/addresses`, { headers: auth(t) }) }) },
  },
  'PUT /api/{commune}/staff/addresses': {
    import: {
      setup: async () => ({
        send: (t) =>
          api('PUT', `${C}/staff/addresses`, {
            headers: { ...auth(t), 'content-type': 'text/csv' },
            raw: 'street,number,postcode\nRue Neuve,1,7060\n',
          }),
      }),
    },
  },
  'GET /api/{commune}/staff/news': {
    list: { setup: async () => ({ send: (t) => api('GET', `${C}/staff/news`, { headers: auth(t) }) }) },
  },
  'POST /api/{commune}/staff/news': {
    create: { setup: async () => ({ send: (t) => api('POST', `${C}/staff/news`, { headers: auth(t), body: notice() }) }) },
  },
  'PATCH /api/{commune}/staff/news/{id}': {
    update: {
      async setup() {
        const id = await newNotice();
        return { send: (t) => api('PATCH', `${C}/staff/news/${id}`, { headers: auth(t), body: { published: false, version: 1 } }) };
      },
    },
  },
  // Collections: files with a refused line (allowed: a 422 naming it, nothing changes; refused: a 403).
  'GET /api/{commune}/staff/collections': {
    read: { setup: async () => ({ send: (t) => api('GET', `${C}/staff/collections`, { headers: auth(t) }) }) },
  },
  'PUT /api/{commune}/staff/collections/calendar/{year}': {
    import: {
      setup: async () => ({
        send: (t) =>
          api('PUT', `${C}/staff/collections/calendar/2031`, {
            headers: { ...auth(t), 'content-type': 'text/csv' },
            raw: 'zone,date,kind\nZone A,2031-02-30,PMC\n',
          }),
      }),
    },
  },
  'PUT /api/{commune}/staff/collections/streets': {
    import: {
      setup: async () => ({
        send: (t) =>
          api('PUT', `${C}/staff/collections/streets`, {
            headers: { ...auth(t), 'content-type': 'text/csv' },
            raw: 'street,zone\n,Zone A\n',
          }),
      }),
    },
  },
  // Appointments: a day's agenda; an arrival on a code no appointment has (allowed: 404, refused: 403).
  'GET /api/{commune}/staff/appointments': {
    read: { setup: async () => ({ send: (t) => api('GET', `${C}/staff/appointments?day=${today()}`, { headers: auth(t) }) }) },
  },
  'POST /api/{commune}/staff/appointments/{code}/arrival': {
    arrival: { setup: async () => ({ send: (t) => api('POST', `${C}/staff/appointments/ZZZZ-ZZZZ/arrival`, { headers: auth(t) }) }) },
  },
};

const notice = () => ({ kind: 'info', title: 'Marché de Noël', body: 'Sur la Grand-Place.', from: today(), published: false });
async function newNotice() {
  const r = await api('POST', `${C}/staff/news`, { headers: auth(admin()), body: notice() });
  expect(r.status).toBe(201);
  return r.body.id as string;
}

// Recurrences: a weekly sweep owned by travaux.
const recurrence = () => ({
  title: 'Balayage de la Grand-Place',
  department: 'travaux',
  rule: 'FREQ=WEEKLY;BYDAY=MO',
  start: addDays(today(), 1),
  time: '07:00',
  active: false,
});
async function newRecurrence() {
  const r = await api('POST', `${C}/staff/recurrences`, { headers: auth(admin()), body: recurrence() });
  expect(r.status).toBe(201);
  return r.body.id as string;
}

let invited = 0;
/** A staff account invited by the admin, for the routes that change one. */
async function newAccount(): Promise<string> {
  const r = await api('POST', `${C}/staff/accounts`, {
    headers: auth(admin()),
    body: { email: `matrice-${++invited}@soignies.example`, displayName: 'Matrice', role: 'worker', departments: [] },
  });
  expect(r.status).toBe(201);
  return r.body.id as string;
}

beforeAll(async () => {
  const pw = demoPassword();
  await Promise.all(
    personas.map(async (p) => {
      tokens[p] = await signIn('soignies', PERSONAS[p], pw);
    }),
  );
  sharedPermit = await permitInOpinions();
}, 120_000);

describe('the role matrix, route by route, role by role', () => {
  it('has a case for every line of the matrix', () => {
    const cases = CASES as Record<string, Record<string, Case>>;
    for (const { route, action } of matrixLines()) expect(cases[route]?.[action], `${route} ${action}`).toBeDefined();
  });

  for (const { route, action } of matrixLines()) {
    it(`${route} ${action}`, async () => {
      const c = (CASES as Record<string, Record<string, Case>>)[route][action];
      const verdicts: Record<string, { expected: boolean; status: number; granted: boolean }> = {};
      for (const p of personas) {
        const { subject, send } = await c.setup();
        const expected = mayDo(actorOf(p), config, route, action as ActionOf<typeof route>, subject);
        const r = await send(tokens[p]);
        expect(r.status, `${p}: ${JSON.stringify(r.body)}`).toBeLessThan(500);
        const granted = c.granted ? c.granted(r) : r.status !== 403;
        if (!c.granted && !granted) expect(r.headers['content-type']).toBe('application/problem+json');
        verdicts[p] = { expected, status: r.status, granted };
      }
      for (const p of personas) expect(verdicts[p].granted, `${p} (${verdicts[p].status})`).toBe(verdicts[p].expected);
      // Every line is somebody's: the admin at least.
      expect(verdicts.admin.granted).toBe(true);
    }, 120_000);
  }
});

describe('what a worker reads of a report', () => {
  it('has the place, description, photos and state, never the reporter’s e-mail or name', async () => {
    const code = await newReport();
    const r = await api('GET', `${C}/staff/reports/${code}`, { headers: auth(tokens.worker) });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ code, state: 'new', description: expect.any(String), location: expect.any(Object) });
    expect(JSON.stringify(r.body)).not.toContain('citoyen@example.org');
    expect(JSON.stringify(r.body)).not.toContain('Jeanne Citoyenne');
    const agent = await api('GET', `${C}/staff/reports/${code}`, { headers: auth(tokens['owning agent']) });
    expect(agent.body).toMatchObject({ email: 'citoyen@example.org', name: 'Jeanne Citoyenne' });
  });

  it('lists only the reports of the worker’s departments', async () => {
    const graffiti = await api('POST', `${C}/reports`, { body: sampleReport({ category: 'graffiti', answers: {} }) });
    const pothole = await newReport();
    const list = await api('GET', `${C}/staff/reports?limit=100`, { headers: auth(tokens.worker) });
    expect(list.status).toBe(200);
    const codes = list.body.items.map((i: { code: string }) => i.code);
    expect(codes).toContain(pothole);
    expect(codes).not.toContain(graffiti.body.code);
    expect(list.body.items.every((i: { department: string }) => i.department === 'travaux')).toBe(true);
  });
});

describe('who owns a map item', () => {
  it('is the department named, else the publisher’s first in the commune’s order; never a review-only one', async () => {
    const { department: _named, ...unnamed } = mapItem();
    const r = await api('POST', `${C}/staff/map/items`, { headers: auth(tokens['owning agent']), body: unnamed });
    expect(r.status).toBe(201);
    expect(r.body.department).toBe('travaux'); // agent@ is in travaux and environnement: travaux comes first
    const police = await api('POST', `${C}/staff/map/items`, { headers: auth(admin()), body: mapItem({ department: 'police' }) });
    expect(police.status).toBe(422);
    expect(police.body['invalid-params'].map((p: { name: string }) => p.name)).toEqual(['department']);
    const anyone = await api('POST', `${C}/staff/map/items`, { headers: auth(admin()), body: unnamed });
    expect(anyone.status).toBe(422); // an admin of no department names one
  });

  it('hands an item over only to a department of the editor', async () => {
    const id = await newMapItem();
    const toMobility = await api('PUT', `${C}/staff/map/items/${id}`, {
      headers: auth(tokens['owning agent']),
      body: mapItem({ department: 'mobilite', version: 1 }),
    });
    expect(toMobility.status).toBe(403);
    const toEnvironment = await api('PUT', `${C}/staff/map/items/${id}`, {
      headers: auth(tokens['owning agent']),
      body: mapItem({ department: 'environnement', version: 1 }),
    });
    expect(toEnvironment.status).toBe(200);
    expect(toEnvironment.body.department).toBe('environnement');
  });
});
