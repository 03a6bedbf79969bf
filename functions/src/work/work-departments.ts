/** Which departments may own work: the commune's own, not an outside body that only reviews permits (422 naming the field). */
import type { CommuneConfig } from '@tandem/shared';
import { unprocessable } from '../lib/http.js';

export function checkWorkDepartment(config: Pick<CommuneConfig, 'departments'>, code: string, field = 'department'): void {
  const d = config.departments.find((x) => x.code === code);
  if (!d) throw unprocessable('no department of this commune has this code', [{ name: field, reason: `unknown department "${code}"` }]);
  if (d.reviewOnly)
    throw unprocessable('this department only reviews permits: it takes no work', [
      { name: field, reason: `"${code}" only reviews permits` },
    ]);
}
