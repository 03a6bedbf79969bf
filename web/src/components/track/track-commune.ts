/**
 * What the tracking page's island reads of its commune: its id, its categories' names and its departments' names.
 * An island's props are written into the page's HTML (the whole config is 22 KB: categories' questions, response
 * templates, permits, work): the page passes only these, parsed sooner (docs/page-budgets.md).
 */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { DepartmentNames } from '../../lib/department-name';

export interface TrackCommune extends DepartmentNames {
  id: string;
  categories: Pick<PublicCommuneConfig['categories'][number], 'code' | 'label'>[];
}

export function trackCommune(commune: PublicCommuneConfig): TrackCommune {
  return {
    id: commune.id,
    categories: commune.categories.map(({ code, label }) => ({ code, label })),
    departments: commune.departments.map(({ code, name }) => ({ code, name })),
  };
}
