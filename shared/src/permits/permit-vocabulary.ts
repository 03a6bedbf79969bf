/** The permit vocabulary as plain lists (no zod): light pages import these, the schemas build on them. */
export const PERMIT_KINDS = ['event', 'occupation'] as const;
export const EVENT_NEEDS = ['road_closure', 'stage', 'electricity', 'sound', 'alcohol_sale', 'tents'] as const;
export const ORGANISER_TYPES = ['association', 'citizen', 'company'] as const;
export const OCCUPATION_USES = ['container', 'scaffolding', 'lift', 'removal_van', 'terrace', 'works_site'] as const;
export const ATTACHMENT_TYPES = ['insurance', 'plan', 'other'] as const;

export type OrganiserType = (typeof ORGANISER_TYPES)[number];

/** An association or a company organises: its name is then required (it holds the authorisation). */
export function organisationRequired(type: OrganiserType | '' | undefined): boolean {
  return type === 'association' || type === 'company';
}
