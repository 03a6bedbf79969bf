/**
 * The audit log (admins only, /{commune}/agents/journal/): who changed what and who read whose personal data,
 * newest first, filtered and paged like the other staff lists, and exported as CSV with the same filters (the file
 * is fetched with the bearer token, then saved: a plain link could not carry it).
 */
import { useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { AuditEntryView } from '@tandem/shared/schemas/audit-log';
import { tr, formatDate } from '../../../lib/locale';
import { ApiError } from '../../../lib/api';
// The audit screen's messages (French now, the agent's language on demand).
import '../../../lib/messages/staff-audit';
import { linkClick } from '../router';
import { SignedOut } from '../session';
import { usePagedList, searchOf } from '../use-paged-list';
import { ErrorNotice, PagedListView } from '../page-states';
import { Cell, ListSection, ListTable } from '../list-table';
import { loadFailureText, problemText } from '../staff-text';
import AuditFilters, { type AUDIT_FILTER_NAMES, type AuditFilterValues } from './AuditFilters';
import { actionLabel, kindLabel } from './audit-format';
import { staffDownload } from './download';

function filtersFromUrl(): AuditFilterValues {
  const q = new URLSearchParams(location.search);
  const v = (k: (typeof AUDIT_FILTER_NAMES)[number]) => q.get(k) ?? '';
  return { from: v('from'), to: v('to'), staff: v('staff'), kind: v('kind'), item: v('item'), action: v('action') };
}

const COLUMNS = [
  'auditStaff.col.at',
  'auditStaff.col.action',
  'auditStaff.col.staff',
  'auditStaff.col.item',
  'auditStaff.col.detail',
] as const;

/** An item's own page in the staff app, for the kinds that have one. */
function itemHref(base: string, e: AuditEntryView): string | undefined {
  const id = encodeURIComponent(e.item.id);
  if (e.item.kind === 'report') return `${base}signalements/${id}/`;
  if (e.item.kind === 'permit') return `${base}autorisations/${id}/`;
  if (e.item.kind === 'map-item') return `${base}carte/${id}/`;
  return undefined;
}

export default function AuditLog({ commune, onSignedOut }: { commune: PublicCommuneConfig; onSignedOut(): void }) {
  const base = `/${commune.id}/agents/`;
  const list = usePagedList<AuditEntryView, AuditFilterValues>({
    commune: commune.id,
    path: 'staff/audit',
    base: `${base}journal/`,
    initial: filtersFromUrl,
    apiParams: (f) => ({ ...f }),
    urlParams: (f) => ({ ...f }),
    count: (n) => tr('auditStaff.count', { n }),
    titleId: 'audit-title',
    onSignedOut,
  });
  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState('');
  const [exportError, setExportError] = useState('');

  const exportCsv = async () => {
    if (exporting) return;
    setExporting(true);
    setExported('');
    setExportError('');
    try {
      const name = await staffDownload(commune.id, `staff/audit.csv${searchOf({ ...list.filters })}`, `audit-${commune.id}.csv`);
      setExported(tr('auditStaff.exported', { file: name }));
    } catch (e) {
      if (e instanceof SignedOut) return onSignedOut();
      setExportError(e instanceof ApiError && e.status === 403 ? loadFailureText(e) : problemText(e));
    } finally {
      setExporting(false);
    }
  };

  return (
    <ListSection titleId="audit-title" title={tr('auditStaff.title')} testId="audit-log" busy={list.loading}>
      <p>{tr('auditStaff.intro')}</p>
      <AuditFilters value={list.filters} onApply={list.apply} />
      <p>
        <button
          type="button"
          class="button secondary"
          data-testid="audit-export"
          onClick={() => void exportCsv()}
          aria-disabled={exporting ? 'true' : undefined}
        >
          {tr(exporting ? 'auditStaff.exporting' : 'auditStaff.export')}
        </button>
      </p>
      <p class="status" role="status" aria-live="polite" data-testid="audit-export-status">
        {exported}
      </p>
      {exportError && <ErrorNotice message={exportError} />}
      <PagedListView list={list} empty={<p data-testid="audit-empty">{tr('auditStaff.empty')}</p>} moreTestId="audit-more">
        <ListTable class="inbox audit-table" testId="audit-table" caption={tr('auditStaff.caption')} columns={COLUMNS}>
          {list.items.map((e, i) => {
            const href = itemHref(base, e);
            return (
              <tr key={`${e.at}-${e.requestId}-${i}`} data-testid="audit-row" data-action={e.action}>
                <Cell k="auditStaff.col.at">
                  <time dateTime={e.at}>{formatDate(e.at)}</time>
                </Cell>
                <Cell k="auditStaff.col.action">{actionLabel(e.action)}</Cell>
                <Cell k="auditStaff.col.staff">
                  {e.actor.name}
                  {e.actor.email && (
                    <>
                      <br />
                      <small>{e.actor.email}</small>
                    </>
                  )}
                </Cell>
                <Cell k="auditStaff.col.item">
                  {kindLabel(e.item.kind)}{' '}
                  {href ? (
                    <a href={href} onClick={linkClick} ref={list.linkRef(i)}>
                      {e.item.id}
                    </a>
                  ) : (
                    e.item.id
                  )}
                </Cell>
                <Cell k="auditStaff.col.detail">{e.detail ?? '—'}</Cell>
              </tr>
            );
          })}
        </ListTable>
      </PagedListView>
    </ListSection>
  );
}
