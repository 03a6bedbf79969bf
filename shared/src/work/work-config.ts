/**
 * A commune's own work as data (`work` in infra/communes/<id>.json): its PST (Programme stratégique transversal,
 * kept by every Walloon commune since 2019: strategic objective → operational objective → actions, which are
 * projects) and its process templates. A template is versioned: a project records the version it was made from.
 */
import * as z from 'zod';
import { PROJECT_KINDS } from './task-states.js';

const code = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lower-case code');

export const PstOperationalObjective = z.object({
  id: code,
  title: z.string().min(3).max(200),
  /** The alderman (échevin) responsible. */
  alderman: z.string().max(100).optional(),
  indicators: z.array(z.string().max(200)).max(10).default([]),
});
export const PstStrategicObjective = z.object({
  id: code,
  title: z.string().min(3).max(200),
  operational: z.array(PstOperationalObjective).max(30),
});

/** One task a template makes: due `offsetDays` from the project's anchor day (negative: before), at `time` (Brussels). */
export const TemplateStep = z.object({
  id: code,
  title: z.string().min(3).max(140),
  description: z.string().max(2000).default(''),
  department: z.string().min(1).max(40),
  offsetDays: z.number().int().min(-365).max(365),
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .default('12:00'),
  checklist: z.array(z.string().min(1).max(200)).max(20).default([]),
});
export type TemplateStep = z.infer<typeof TemplateStep>;

export const ProcessTemplate = z.object({
  id: code,
  version: z.number().int().min(1),
  title: z.string().min(3).max(140),
  kind: z.enum(PROJECT_KINDS),
  /** What the anchor day is, for the form (e.g. « Jour de l'évènement », « Début du chantier »). */
  anchorLabel: z.string().min(3).max(80),
  steps: z.array(TemplateStep).min(1).max(50),
});
export type ProcessTemplate = z.infer<typeof ProcessTemplate>;

export const WorkConfig = z.object({
  pst: z.array(PstStrategicObjective).max(30).default([]),
  templates: z.array(ProcessTemplate).max(50).default([]),
});
export type WorkConfig = z.infer<typeof WorkConfig>;
