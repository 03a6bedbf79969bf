/** Tasks through the API for the tasks*.test.ts files: sign-ins by persona, the staff's subs, a new task. */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { expect } from 'vitest';
import { newTrackingCode, projectIndexes, projectKeys, type ProjectItem } from '@tandem/shared';
import { ddb, env } from '../../functions/src/lib/aws.js';
import { api, auth, signIn, type ApiResponse } from './api-client.js';
import { demoPassword } from '../support/local-env.js';

export const C = '/api/soignies';
export const PERSONAS = {
  agent: 'agent@soignies.example', // agent of travaux and environnement
  worker: 'ouvrier@soignies.example', // worker of travaux
  events: 'evenements@soignies.example', // agent of evenements
  police: 'police@soignies.example', // reviewer
  admin: 'admin@soignies.example',
} as const;
export type Persona = keyof typeof PERSONAS;

const tokens: Partial<Record<Persona, string>> = {};
export async function tokenOf(p: Persona): Promise<string> {
  tokens[p] ??= await signIn('soignies', PERSONAS[p], demoPassword());
  return tokens[p]!;
}

let people: { id: string; name: string; role: string; departments: string[] }[] | undefined;
/** The sub of a demo account, from the people directory. */
export async function subOf(p: Persona): Promise<string> {
  if (!people) {
    const r = await api('GET', `${C}/staff/people`, { headers: auth(await tokenOf('agent')) });
    expect(r.status).toBe(200);
    people = r.body.items;
  }
  const names: Record<Persona, string> = {
    agent: 'Agent démo',
    worker: 'Ouvrier démo',
    events: 'Agent évènements',
    police: 'Inspecteur démo (police)',
    admin: 'Admin démo',
  };
  const found = people!.find((x) => x.name === names[p]);
  if (!found) throw new Error(`no ${p} in the directory`);
  return found.id;
}

let n = 0;
/** A fresh Idempotency-Key. */
export const key = () => `it-${Date.now()}-${++n}-${Math.random().toString(36).slice(2, 8)}`;

export async function as(p: Persona, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  return api(method, `${C}/staff/${path}`, { headers: { ...auth(await tokenOf(p)), ...headers }, ...(body !== undefined ? { body } : {}) });
}

export async function newTask(by: Persona, over: Record<string, unknown> = {}): Promise<ApiResponse> {
  const r = await as(
    by,
    'POST',
    'tasks',
    { title: 'Tailler la haie du parc', department: 'travaux', ...over },
    { 'idempotency-key': key() },
  );
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r;
}

/**
 * A project stored as the projects API stores it (entities/project.ts), written straight to the table: comments and
 * watching serve projects whatever made them, and these tests do not wait for the projects routes.
 */
export async function putProject(departments: string[] = ['travaux', 'mobilite'], title = 'Réfection de la rue Neuve'): Promise<string> {
  const id = newTrackingCode();
  const now = new Date().toISOString();
  const item: ProjectItem = {
    ...projectKeys.project('soignies', id),
    type: 'project',
    commune: 'soignies',
    id,
    kind: 'works',
    title,
    description: '',
    departments,
    status: 'active',
    health: 'on-track',
    createdAt: now,
    updatedAt: now,
    createdBy: 'test',
    version: 1,
    ...projectIndexes({ commune: 'soignies', id }),
  };
  await ddb().send(new PutCommand({ TableName: env().tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }));
  return id;
}
