/**
 * A project (a works site, an event's organisation, a PST action, a recurring service): a versioned work item in
 * its own partition (`C#c#PROJECT#<id>`) with its activity (TL# items) and watcher items. Lists read by key:
 *   gsi1  every project of the commune, by start day (the list, board, calendar and map of projects);
 *   gsi2  published works sites, by start day (sparse: the public list and feeds).
 * A published site's public progress updates are its public activity items.
 */
import type { ProjectHealth, ProjectKind, ProjectStatus } from '../work/task-states.js';
import { communePrefix } from './key-parts.js';
import { NO_DUE, type WorkLink, type WorkPlace } from './task.js';

export const PROJECT_SK: '#PROJECT' = '#PROJECT';

const projectPk = (commune: string, id: string) => `${communePrefix(commune)}PROJECT#${id}`;

export const projectKeys = {
  project: (commune: string, id: string) => ({ pk: projectPk(commune, id), sk: PROJECT_SK }),
  projectPk,
  /** gsi1: every project, by start day. */
  projectsAll: (commune: string) => `${communePrefix(commune)}PROJECTS`,
  /** gsi2: published works sites, by start day. */
  worksSites: (commune: string) => `${communePrefix(commune)}WORKS-SITES`,
};

/** A phase of a works site, shown on its public page (e.g. « Égouttage », « Revêtement »). */
export interface ProjectPhase {
  id: string;
  title: string;
  start: string;
  end: string;
}

export interface ProjectItem {
  pk: string;
  sk: typeof PROJECT_SK;
  type: 'project';
  commune: string;
  id: string;
  kind: ProjectKind;
  title: string;
  description: string;
  /** Departments taking part; the first leads. */
  departments: string[];
  /** The staff member (Cognito sub) who leads it. */
  lead?: string;
  /** Calendar days (Europe/Brussels). */
  start?: string;
  end?: string;
  status: ProjectStatus;
  health: ProjectHealth;
  budgetLine?: string;
  place?: WorkPlace;
  /** A PST operational objective of the commune's plan (config `work.pst`). */
  pstObjective?: string;
  /** What it points at (e.g. the event permit whose filing started it). */
  links?: WorkLink[];
  /** The process template that made its tasks, and the template's version then. */
  template?: { id: string; version: number; anchorDay: string };
  /** Public page (works sites): why, who, phases, detours; its map item. */
  publication?: {
    publishedAt: string;
    why: string;
    who: string;
    phases: ProjectPhase[];
    detours?: string;
    mapItemId?: string;
  };
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  version: number;
  gsi1pk: string;
  gsi1sk: string;
  gsi2pk?: string;
  gsi2sk?: string;
}

export function projectIndexes(p: Pick<ProjectItem, 'commune' | 'id' | 'start' | 'publication'>) {
  const sk = `${p.start ?? NO_DUE}#${p.id}`;
  return {
    gsi1pk: projectKeys.projectsAll(p.commune),
    gsi1sk: sk,
    gsi2pk: p.publication ? projectKeys.worksSites(p.commune) : undefined,
    gsi2sk: p.publication ? sk : undefined,
  };
}
