/**
 * "Bad input gets a clear 4xx, never a 500": every route of the shared route table is sent malformed
 * bodies, odd path parameters and query strings, with and without a token; none may answer 5xx, and every
 * error is a problem document (Open311 routes: Open311's error array).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '@tandem/shared';
import { api, auth, sampleReport, signIn } from './api-client.js';
import { join } from 'node:path';
import { demoPassword, localDataDir } from '../support/local-env.js';
import { readOutbox } from '../../infra/local/server/outbox-page.js';
import { DEMO_OPEN311_KEY } from '../../infra/local/provision/open311-demo-key.js';
import { newWorksProject, publish } from './worksite-fixtures.js';
import { occupationDetails, requester } from './permit-fixtures.js';

const BODIES: (string | undefined)[] = [
  undefined,
  '',
  'null',
  '[]',
  '"text"',
  '42',
  '{',
  '{"a":',
  '{}',
  '{"category":null,"location":"here"}',
  '{"version":"1","to":{"$ne":1}}',
  `{"photos":["../../etc/passwd"],"description":"${'é'.repeat(5000)}"}`,
  '{"lat":1e309,"lng":-1e309}',
  '{"username":[],"password":{}}',
  '{"size":-1,"contentType":"image/jpeg"}',
  '{"department":"travaux","version":1}',
  '{"to":"fixed","version":999999999999}',
  '{"text":"x","public":"yes","version":1}',
  '{"kind":"event","details":{"period":{"start":"2026-02-30"},"place":{"geometry":{"type":"Polygon","coordinates":[]}}},"requester":{}}',
  '{"kind":"occupation","details":{"use":"container","lengthMetres":1e308,"period":{"start":"2099-01-01","end":"2099-01-02"},"place":{"label":"xxx","geometry":{"type":"Point","coordinates":[999,999]}}},"requester":{"name":"a","email":"b"}}',
  '{"verdict":"maybe","text":5}',
  '{"kind":"works","title":"xxx","geometry":{"type":"Polygon","coordinates":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]},"period":{"start":"2026-01-02","end":"2026-01-01"}}',
  '{"to":"issued","version":1,"conditions":"not a list"}',
  '{"purpose":"document","contentType":"application/pdf","size":1e12}',
  '{"code":"ABCD-1234","email":["a@b.c"]}',
  '{"code":"x; DROP","email":"x@example.org"}',
  '{"code":"abc","state":"ssssssssssssssssssssssssssssssssssssssssss"}',
  '{"code":"a b","state":"../../x"}',
  '{"kind":"works","title":"xxx","departments":["nope",""],"pstObjective":"x","template":{"id":"nope","anchorDay":"2026-02-30"},"version":1,"start":null,"status":"gone"}',
  '{"title":"Une tâche","department":"travaux","dueAt":"demain","assignees":"moi","checklist":[{"id":"","text":""}],"version":1,"status":"flying"}',
  '{"text":"Vu","mentions":["dept:","x"],"files":["../../etc/passwd"],"version":1,"addFiles":[1]}',
  '{"assignee":5,"priority":"asap","dueAt":"tomorrow","version":1}',
  '{"assignee":null,"dueAt":null,"version":1}',
  '{"title":"xxx","department":"travaux","rule":"FREQ=MONTHLY;BYDAY=6TU;UNTIL=2027-02-30","start":"2026-02-30","time":"24:00"}',
  '{"department":"police","assignees":"x","dueAt":"tomorrow","priority":"now","version":1,"rule":null}',
  '{"ids":["x","2026-13-01T00:00:00.000Z#ABCD-1234"],"all":"yes","delivery":"pigeon"}',
  '{"endpoint":"http://169.254.169.254/latest","keys":{"p256dh":"B","auth":5},"expirationTime":"soon"}',
  '{"category":"voirie","lat":"50.5","lng":400,"accuracy":-1,"photos":[],"description":5,"version":1,"note":["x"]}',
  '{"category":"nope","lat":0,"lng":0,"photos":["uploads/soignies/2026-01-01/00000000-0000-4000-8000-000000000000.jpg"],"note":""}', // The counter (docs/counter.md): a contact without a name, a bad channel and phone; a requester with empty fields; both contacts searched.
  '{"category":"voirie","location":{"lat":50.58,"lng":4.07},"description":"Nid de poule profond","channel":"pigeon","phone":"+32 0","postalAddress":"","email":"x@example.org"}',
  '{"kind":"occupation","channel":"counter","requester":{"name":"","email":""},"details":{}}',
  '{"email":"a@b.c","phone":"0470123456"}',
  '{"category":"nope","lat":0,"lng":0,"photos":["uploads/soignies/2026-01-01/00000000-0000-4000-8000-000000000000.jpg"],"note":""}',
  `{"token":"${'A'.repeat(43)}","explanation":"Toujours pas réparé du tout","photo":"../../etc/passwd","satisfied":"yes","comment":5}`,
  // The citizen's password (docs/citizen-space.md): an empty one, one past Cognito's length, a current one of the wrong type.
  `{"email":"a@example.org","password":""}`,
  `{"email":"a@example.org","password":"${'Aa1'.repeat(100)}","currentPassword":5}`,
  // Practical notices (docs/news.md): every field wrong; then well formed, but a point outside the commune, a link that is no https.
  '{"kind":"panique","title":"x","body":"","from":"2026-02-30","until":"2020-01-01","link":"javascript:alert(1)","place":{},"published":"oui","version":0}',
  '{"title":"Hors de la commune","body":"Un avis","from":"2026-01-02","until":"2026-01-01","place":{"geometry":{"type":"Point","coordinates":[5.5,50.6]}},"version":1}',
  '{"title":"Un lien","body":"Un avis","from":"2026-01-02","link":"http://example.org/<script>","place":null,"until":null,"version":1}',
  // Appointments (docs/appointments.md): every field wrong; then well formed, but a start long past for another reason.
  '{"name":"","email":"x","phone":"abc","service":"Population","type":5,"start":"demain","locale":"xx"}',
  '{"name":"Jeanne","email":"j@example.org","service":"population","type":"mariage","start":"2020-01-06T09:07:00+01:00"}',
];
const PARAMS: Record<string, string[]> = {
  commune: ['soignies', 'SOIGNIES', 'x', '..%2F..', 'a'.repeat(300)],
  code: ['ABCD-1234', 'zzzz', '%00', "'; DROP TABLE", 'a'.repeat(500)],
  file: ['voirie.json', 'x.xml', '.json', '%2e%2e.json'],
  department: ['police', 'unknown', '%00', 'a'.repeat(300)],
  id: ['works-12345678', 'nothing', '%00', 'a'.repeat(300)],
  token: ['A'.repeat(43), 'short', '%00', 'a'.repeat(300)],
  key: [`${'0'.repeat(64)}.${'A'.repeat(43)}`, 'nope', '%00', 'a'.repeat(300)],
  year: ['2026', '1999', 'x', '%00', '2026.5', '9'.repeat(30)],
  feed: ['collectes-zone-centre.ics', 'collectes-.ics', 'collectes-ZONE.ics', '..%2F..', '%00', `collectes-${'a'.repeat(300)}.ics`],
};
const QUERIES = [
  '',
  '?lat=a&lng=b',
  '?bbox=1,2,3&date=x&kind=NOPE',
  '?version=abc',
  '?from=2026-01-01&to=2027-12-31',
  '?limit=-5&cursor=%%%',
  '?jurisdiction_id=soignies&start_date=nope',
  '?state=new&limit=1000',
  '?jurisdiction_id=soignies&service_request_id=,,,',
  '?view=nope&status=flying&from=2031-02-30&q=%00',
  '?q=',
  `?q=${'%C3%A9'.repeat(200)}`,
  '?q=ABCD-1234',
  '?from=2026-02-30&to=2026-01-01&department=NOPE&table=everything&kind=x',
  '?from=2020-01-01&to=2026-12-31&department=inconnu',
  '?from=2026-03-01&view=todo&state=active&limit=0',
  '?status=doing&cursor=e30',
  '?topics=reports,board:NOPE,user:%00,task:zzzz&since=2026-01-01T00:00:00Z~nope&limit=0',
  `?topics=${'reports,'.repeat(600)}&since=${'9'.repeat(300)}`,
  '?endpoint=file:///etc/passwd',
  `?endpoint=https://${'a'.repeat(1100)}.example`,
  '?lat=50.5794&lng=4.0714&q=r.%20de%20la%20%C3%A9%2012%2F3',
  // Appointments: a slots query upside down with another service's reason, a staff day that does not exist.
  '?service=urbanisme&type=carte-identite&from=2026-02-30&to=2020-01-01&day=2026-13-01',
];

/** Signs a citizen up with the code the local sign-in mails to the outbox (docs/citizen-space.md). */
async function citizenSignUp(email: string): Promise<string> {
  const start = await api('POST', '/api/soignies/auth/citizen/start', { body: { email } });
  const mail = readOutbox(join(localDataDir(), 'outbox')).find(
    (m) => m.to === email && (m as { tags?: Record<string, string> }).tags?.kind === 'citizen-code',
  );
  const code = /\b(\d{6,8})\b/.exec(mail?.text ?? '')?.[1];
  const verify = await api('POST', '/api/soignies/auth/citizen/verify', { body: { email, session: start.body.session, code } });
  expect(verify.status).toBe(200);
  return verify.body.idToken;
}

function paths(template: string): string[] {
  const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  let out = [template];
  for (const n of names) out = out.flatMap((p) => PARAMS[n].map((v) => p.replace(`{${n}}`, v)));
  return out.slice(0, 12);
}

let token: string;
/** A citizen's ID token too, so that the citizen space's routes (/me/…) are swept past "sign in first". */
let citizenToken: string;
beforeAll(async () => {
  token = await signIn('soignies', 'agent@soignies.example', demoPassword());
  citizenToken = await citizenSignUp(`sweep-${crypto.randomUUID().slice(0, 8)}@example.org`);
  // A real report too, so that bad input also reaches the code past "not found".
  const r = await api('POST', '/api/soignies/reports', { body: sampleReport() });
  PARAMS.code.unshift(r.body.code);
  // And a submitted permit request, so that the permit routes (comments, watching) are swept past "not found".
  const permit = await api('POST', '/api/soignies/permits', {
    body: { kind: 'occupation', details: occupationDetails({ use: 'scaffolding' }), requester: requester() },
  });
  expect(permit.status).toBe(201);
  PARAMS.code.unshift(permit.body.code);
  // And a real project, so that project routes are swept past "not found".
  const p = await api('POST', '/api/soignies/staff/projects', {
    headers: auth(token),
    body: { kind: 'works', title: 'Projet du balayage', departments: ['travaux'] },
  });
  PARAMS.id.unshift(p.body.id);
  // And a real task (the {id} of the work routes).
  const t = await api('POST', '/api/soignies/staff/tasks', {
    headers: auth(token),
    body: { title: 'Balayer la place', department: 'travaux' },
  });
  PARAMS.id.unshift(t.body.id);
  // A published works site, so that bad input also reaches the works routes past "not found".
  const site = await newWorksProject();
  await publish(token, site);
  PARAMS.id.unshift(site.id);
  // And a practical notice (docs/news.md), so that its PATCH is swept past "not found".
  const notice = await api('POST', '/api/soignies/staff/news', {
    headers: auth(token),
    body: { title: 'Avis du balayage', body: 'Rue Neuve fermée.', from: '2026-01-01', published: false },
  });
  expect(notice.status).toBe(201);
  PARAMS.id.unshift(notice.body.id);
  // And an appointment with its manage token, so that its routes are swept past "not found" (docs/appointments.md).
  const from = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  const to = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
  const slots = await api('GET', `/api/soignies/appointments/slots?service=population&type=carte-identite&from=${from}&to=${to}`);
  const appointment = await api('POST', '/api/soignies/appointments', {
    body: {
      name: 'Balayage',
      email: `sweep-${crypto.randomUUID().slice(0, 8)}@example.org`,
      service: 'population',
      type: 'carte-identite',
      start: slots.body.slots[0].start,
    },
  });
  expect(appointment.status).toBe(201);
  PARAMS.code.unshift(appointment.body.code);
  QUERIES.push(`?token=${appointment.body.token}`);
});

describe.each(ROUTES.map((r) => [`${r.method} ${r.path}`, r] as const))('%s', (_name, route) => {
  it('never answers 5xx, and answers errors as problems', async () => {
    const failures: string[] = [];
    for (const path of paths(route.path)) {
      for (const q of QUERIES) {
        const bodies = route.method === 'GET' ? [undefined] : BODIES;
        for (const raw of bodies) {
          for (const headers of [{}, auth(token), ...(route.path.includes('/me/') ? [auth(citizenToken)] : [])]) {
            const r = await api(route.method, path + q, {
              raw,
              headers: raw === undefined ? headers : { 'content-type': 'application/json', ...headers },
            });
            if (r.status >= 500) failures.push(`${r.status} ${route.method} ${path}${q} ${raw?.slice(0, 60)}`);
            else if (r.status >= 400) {
              const open311 = route.path.startsWith('/api/open311/');
              const ok = open311
                ? Array.isArray(r.body) && typeof r.body[0]?.description === 'string'
                : r.headers['content-type'] === 'application/problem+json' && typeof r.body?.status === 'number';
              if (!ok) failures.push(`not a problem: ${r.status} ${route.method} ${path}${q}`);
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});

// The report page's form without a script posts urlencoded fields, not JSON (docs/report-form.md): broken posts get the
// refusal's page (French, the fields at fault) — or a problem, to a client that asks for JSON.
describe('POST /api/{commune}/reports/form with bad form posts', () => {
  const FORMS = [
    '',
    '=',
    '&&&',
    'category',
    'category=%',
    '%E9%ZZ=1&description=%C3',
    'category=voirie&answers.voirie.taille=%00&description=%00%01%02%03%04%05%06%07%08%09',
    `description=${'é'.repeat(5000)}`,
    'answers.voirie=x&answers..=y&answers.voirie.taille.extra=z&answers.nope.x=1',
    'category=a&category=voirie&category[]=b',
    `address=${'a'.repeat(300)}&category=graffiti&description=Un%20grand%20tag`,
    'email=@&description=..........&category=nope&address=rue',
    'category=voirie&description=Un%20trou%20profond&address=rue%20de%20la%20gare%2012&answers.voirie.taille=enorme&answers.voirie.danger=peut-etre',
    'category=eclairage&description=Un%20lampadaire%20%C3%A9teint&address=..%2F..%2Fetc%2Fpasswd%2012&email=%3Cscript%3E%40x.y',
    '\u0000\u0001',
    'x='.repeat(20_000),
    `description=${'x'.repeat(70_000)}`,
  ];
  it('never answers 5xx; a refusal is the French page, or a problem when JSON is asked', async () => {
    const failures: string[] = [];
    for (const commune of PARAMS.commune) {
      for (const raw of FORMS) {
        for (const accept of [undefined, 'text/html,*/*;q=0.8', 'application/problem+json']) {
          const headers = { 'content-type': 'application/x-www-form-urlencoded', ...(accept ? { accept } : {}) };
          const r = await api('POST', `/api/${commune}/reports/form`, { raw, headers });
          const what = `${r.status} ${commune.slice(0, 20)} ${raw.slice(0, 40)} (${accept ?? 'no accept'})`;
          if (r.status >= 500) failures.push(what);
          else if (r.status >= 400 && accept === 'application/problem+json') {
            if (r.headers['content-type'] !== 'application/problem+json' || typeof r.body?.status !== 'number')
              failures.push(`not a problem: ${what}`);
          } else if (r.status >= 400) {
            const page = String(r.body);
            if (!r.headers['content-type']?.startsWith('text/html') || !page.includes('<html lang="fr">') || !page.includes('<h1>'))
              failures.push(`not the page: ${what}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});

// The address register's import takes a CSV, not JSON: an admin sends it broken files (docs/addresses.md).
describe('PUT /api/{commune}/staff/addresses with bad CSV', () => {
  const HEAD = 'street,number,postcode,lat,lng';
  const CSVS = [
    '',
    '\u0000\u0001\u0002',
    HEAD,
    `${HEAD}\n"unterminated,1,7060,50.57,4.07`,
    `${HEAD}\nRue Neuve,1,7060,1e309,-1e309`,
    `${HEAD}\nRue Neuve,1,7060,NaN,4.07,extra,cells`,
    `${HEAD}\nRue\u0000 Neuve,1,7060,50.57,4.07`,
    `${HEAD}\n${'a'.repeat(5000)},${'9'.repeat(300)},7060,50.57,4.07`,
    `${HEAD}\n${'Rue Neuve,,,,\n'.repeat(200)}`,
    'EPSG:4326_lat;EPSG:4326_lon;house_number\n50,57;4,07;1',
    '{"street":"Rue Neuve"}',
  ];
  it('answers every one with a 4xx problem, never a 5xx, and changes nothing', async () => {
    const admin = await signIn('soignies', 'admin@soignies.example', demoPassword());
    const before = await api('GET', '/api/soignies/addresses/search?q=rue');
    const failures: string[] = [];
    // Leaving refused rows out (the staff screen's choice) must not let a broken file through either.
    for (const q of ['', '?refused=leave-out', '?refused=nope', '?refused=leave-out&refused=refuse-file'])
      for (const raw of CSVS)
        for (const type of ['text/csv', 'text/csv; charset=utf-8', 'application/json', 'application/octet-stream']) {
          const r = await api('PUT', `/api/soignies/staff/addresses${q}`, { raw, headers: { ...auth(admin), 'content-type': type } });
          if (r.status < 400 || r.status >= 500 || r.headers['content-type'] !== 'application/problem+json')
            failures.push(`${r.status} ${q} ${type} ${raw.slice(0, 40)}`);
        }
    // The screen's read of the register in use: odd queries change nothing; an agent is refused with a problem.
    for (const q of ['', '?version=%00', `?x=${'a'.repeat(2000)}`]) {
      const r = await api('GET', `/api/soignies/staff/addresses${q}`, { headers: auth(admin) });
      if (r.status !== 200) failures.push(`${r.status} GET ${q}`);
    }
    const agent = await api('GET', '/api/soignies/staff/addresses', { headers: auth(token) });
    if (agent.status !== 403 || agent.headers['content-type'] !== 'application/problem+json') failures.push(`agent GET ${agent.status}`);
    expect(failures).toEqual([]);
    expect((await api('GET', '/api/soignies/addresses/search?q=rue')).body).toEqual(before.body);
  });
});

// The collection calendar's imports take CSV or iCalendar files (docs/collections.md): an admin sends them broken ones.
describe('PUT /api/{commune}/staff/collections/… with bad files', () => {
  const FILES = [
    '',
    '\u0000\u0001\u0002',
    'zone,date,kind',
    'zone,date,kind\n"unterminated,2026-01-06,PMC',
    `zone,date,kind\n${'a'.repeat(5000)},${'9'.repeat(300)},PMC`,
    'zone,date,kind\nZone\u0000A,2026-01-06,PMC',
    `zone,date,kind\n${'Zone A,,,\n'.repeat(200)}`,
    'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:99999999T999999Z\nSUMMARY:PMC\nEND:VEVENT\nEND:VCALENDAR',
    'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260106\nRRULE:FREQ=DAILY\nSUMMARY:PMC\nEND:VEVENT',
    'street,zone\nRue Neuve,Zone Lune',
    '{"zone":"A"}',
  ];
  it('answers every one with a 4xx problem, never a 5xx', async () => {
    const admin = await signIn('soignies', 'admin@soignies.example', demoPassword());
    const failures: string[] = [];
    for (const path of ['/calendar/2026', '/calendar/2026?zone=Zone%20A', '/calendar/2026?zone=%00', '/streets'])
      for (const raw of FILES)
        for (const type of ['text/csv', 'text/calendar', 'application/json']) {
          const r = await api('PUT', `/api/soignies/staff/collections${path}`, { raw, headers: { ...auth(admin), 'content-type': type } });
          if (r.status < 400 || r.status >= 500 || r.headers['content-type'] !== 'application/problem+json')
            failures.push(`${r.status} ${path} ${type} ${raw.slice(0, 40)}`);
        }
    expect(failures).toEqual([]);
  });
});

describe('control characters (NUL, VT, ESC, C1) in typed text', () => {
  const named = (r: { body: { 'invalid-params'?: { name: string; reason: string }[] } }) => r.body['invalid-params'] ?? [];
  it('are refused with a 422 naming the field: reports, map items, permits', async () => {
    const report = await api('POST', '/api/soignies/reports', {
      body: sampleReport({ description: 'Nid-de-poule\u001b[2J profond', name: 'A\u0000B' }),
    });
    expect(report.status).toBe(422);
    expect(
      named(report)
        .map((p) => p.name)
        .sort(),
    ).toEqual(['description', 'name']);
    expect(named(report)[0].reason).toContain('contrôle');
    const answer = await api('POST', '/api/soignies/reports', { body: sampleReport({ answers: { taille: 'grand\u000b' } }) });
    expect(named(answer).map((p) => p.name)).toEqual(['answers.taille']);
    const item = await api('POST', '/api/soignies/staff/map/items', {
      headers: auth(token),
      body: {
        kind: 'works',
        title: 'Travaux\u0000',
        streets: ['Rue\u0085 Neuve'],
        geometry: { type: 'Point', coordinates: [4.0714, 50.5794] },
        period: { start: '2026-01-01', end: '2026-01-02' },
      },
    });
    expect(item.status).toBe(422);
    expect(
      named(item)
        .map((p) => p.name)
        .sort(),
    ).toEqual(['streets.0', 'title']);
    const permit = await api('POST', '/api/soignies/permits', {
      body: { kind: 'occupation', details: { description: 'Conteneur\u0007' }, requester: { name: 'Marie\u001bDupont' } },
    });
    expect(permit.status).toBe(422);
    expect(named(permit).map((p) => p.name)).toEqual(expect.arrayContaining(['details.description', 'requester.name']));
    // Line breaks and tabs are text.
    const ok = await api('POST', '/api/soignies/reports', { body: sampleReport({ description: 'Nid-de-poule\r\nprofond\tà droite' }) });
    expect(ok.status).toBe(201);
  });
  it('are refused in tasks and comments, naming the field', async () => {
    const task = await api('POST', '/api/soignies/staff/tasks', {
      headers: auth(token),
      body: { title: 'Balayer\u0000 la place', department: 'travaux', checklist: [{ id: 'a', text: 'Balai\u001b' }] },
    });
    expect(task.status).toBe(422);
    expect(
      named(task)
        .map((p) => p.name)
        .sort(),
    ).toEqual(['checklist.0.text', 'title']);
    const ok = await api('POST', '/api/soignies/staff/tasks', {
      headers: auth(token),
      body: { title: 'Balayer la place', department: 'travaux' },
    });
    const comment = await api('POST', `/api/soignies/staff/tasks/${ok.body.id}/comments`, {
      headers: auth(token),
      body: { text: 'Fait\u0007' },
    });
    expect(comment.status).toBe(422);
    expect(named(comment).map((p) => p.name)).toEqual(['text']);
    // The same comment on a report: the same check (one comment system).
    const report = await api('POST', '/api/soignies/reports', { body: sampleReport() });
    const onReport = await api('POST', `/api/soignies/staff/reports/${report.body.code}/comments`, {
      headers: auth(token),
      body: { text: 'Vu\u0007' },
    });
    expect(onReport.status).toBe(422);
    expect(named(onReport).map((p) => p.name)).toEqual(['text']);
  });
  it('are refused by Open311 too, in its own error format', async () => {
    const r = await api('POST', '/api/open311/v2/requests.json', {
      raw: new URLSearchParams({
        jurisdiction_id: 'soignies',
        service_code: 'trottoir',
        lat: '50.5794',
        long: '4.0714',
        description: 'Dalle cassée\u0000 devant le 12',
        api_key: DEMO_OPEN311_KEY,
      }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(r.status).toBe(400);
    expect(r.body).toEqual([{ code: 400, description: expect.stringMatching(/^description: .*contrôle/) }]);
  });
});
