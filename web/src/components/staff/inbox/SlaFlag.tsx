/** « Hors délai » beside a report still open past its category's SLA (slaDays in the commune config); nothing otherwise. */
import type { ReportPlanning } from '@tandem/shared/schemas/report';
import { tr } from '../../../lib/locale';
import { slaText } from './planning-format';

export function SlaFlag({ report }: { report: Pick<ReportPlanning, 'slaDueAt' | 'slaLate'> }) {
  if (!report.slaLate) return null;
  return (
    <span class="flag-overdue" data-testid="sla-late" title={slaText(report)}>
      {tr('backoffice.sla.late')}
    </span>
  );
}
