/**
 * Files joined to tasks and comments (checked, copied under tasks/<commune>/<id>/, read through presigned links),
 * and comments and watching on projects, written once for tasks and projects.
 */
import { describe, expect, it } from 'vitest';
import { api, tinyJpeg, uploadWithTicket } from './api-client.js';
import { as, key, newTask, putProject, subOf } from './task-fixtures.js';

async function upload(): Promise<string> {
  const bytes = tinyJpeg(3000);
  const t = await api('POST', '/api/soignies/uploads', { body: { contentType: 'image/jpeg', size: bytes.length } });
  expect(t.status).toBe(201);
  expect(await uploadWithTicket(t.body, bytes, 'image/jpeg')).toBeLessThan(300);
  return t.body.key;
}

describe('files', () => {
  it('a task created with a photo keeps it under the task and serves it through a presigned link', async () => {
    const t = (await newTask('agent', { files: [await upload()] })).body;
    expect(t.files).toHaveLength(1);
    expect(t.files[0].name).toMatch(/^[0-9a-f-]{36}\.jpg$/);
    const photo = await fetch(t.files[0].url);
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/jpeg');
    expect(new URL(t.files[0].url).pathname).toContain(`/tasks/soignies/${t.id}/`);
  });

  it('a worker joins a photo to a task of their team; the activity lists it', async () => {
    const t = (await newTask('agent')).body;
    const r = await as(
      'worker',
      'PATCH',
      `tasks/${t.id}`,
      { version: 1, addFiles: [await upload()], status: 'done' },
      { 'idempotency-key': key() },
    );
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.files).toHaveLength(1);
    const last = r.body.activity.at(-1);
    expect(last.files).toHaveLength(1);
    expect(last.changes.map((c: { field: string }) => c.field).sort()).toEqual(['files', 'status']);
  });

  it('refuses a file that is no fresh upload of this commune, naming it', async () => {
    const bad = await as('agent', 'POST', 'tasks', {
      title: 'Avec une pièce',
      department: 'travaux',
      files: ['uploads/braine-le-comte/2031-06-11/0a1b2c3d-0000-4000-8000-000000000000.jpg'],
    });
    expect(bad.status).toBe(422);
    expect(bad.body['invalid-params'][0].name).toBe('files.0');
  });

  it('a comment carries a photo', async () => {
    const t = (await newTask('agent')).body;
    const c = await as('agent', 'POST', `tasks/${t.id}/comments`, { text: 'Voici la photo', files: [await upload()] });
    expect(c.status).toBe(201);
    expect(c.body.files).toHaveLength(1);
    expect((await fetch(c.body.files[0].url)).status).toBe(200);
  });
});

describe('projects: comments and watching', () => {
  it('a comment on a project mentions a department; the project is watched and unwatched', async () => {
    const id = await putProject(['travaux', 'mobilite'], 'Réfection de la rue de Mons');
    const c = await as('agent', 'POST', `projects/${id}/comments`, { text: 'Début lundi', mentions: ['dept:travaux'] });
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    const mentioned = (await as('worker', 'GET', 'my-work?view=mentioned')).body.items;
    expect(mentioned.find((m: { id: string }) => m.id === id)).toMatchObject({
      kind: 'project',
      who: 'dept:travaux',
      title: 'Réfection de la rue de Mons',
    });
    expect((await as('worker', 'PUT', `projects/${id}/watch`)).status).toBe(204);
    const watching = (await as('worker', 'GET', 'my-work?view=watching')).body.items;
    expect(watching.find((w: { id: string }) => w.id === id)).toMatchObject({ kind: 'project' });
    expect((await as('worker', 'DELETE', `projects/${id}/watch`)).status).toBe(204);
    expect((await as('worker', 'GET', 'my-work?view=watching')).body.items.map((w: { id: string }) => w.id)).not.toContain(id);
  });

  it('a worker comments on the projects their department takes part in only; an unknown project is a 404', async () => {
    const other = await putProject(['mobilite']);
    expect((await as('worker', 'POST', `projects/${other}/comments`, { text: 'Vu' })).status).toBe(403);
    expect((await as('agent', 'POST', `projects/${other}/comments`, { text: 'Vu', mentions: [await subOf('events')] })).status).toBe(201);
    expect((await as('agent', 'POST', 'projects/ZZZZ-9999/comments', { text: 'Vu' })).status).toBe(404);
  });
});
