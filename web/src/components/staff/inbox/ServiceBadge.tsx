/**
 * « Signalé par le service » beside a report a member of the staff filed from the field (docs/field-app.md), with who
 * in its title; nothing for a citizen's report. Staff screens only: the public views never carry `reportedBy`.
 */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { StaffReportSummary } from '@tandem/shared/schemas/report';
import { tr } from '../../../lib/locale';
import { departmentName } from '../../Timeline';

/** Who filed it, in words: « Signalé par Ouvrier démo · Travaux ». */
export function reportedByText(commune: PublicCommuneConfig, by: NonNullable<StaffReportSummary['reportedBy']>): string {
  const who = tr('backoffice.service.by', { name: by.name });
  return by.department ? `${who} · ${departmentName(commune, by.department)}` : who;
}

export function ServiceBadge({ commune, report }: { commune: PublicCommuneConfig; report: Pick<StaffReportSummary, 'reportedBy'> }) {
  if (!report.reportedBy) return null;
  return (
    <span class="flag-service" data-testid="service-badge" title={reportedByText(commune, report.reportedBy)}>
      {tr('backoffice.service.badge')}
    </span>
  );
}
