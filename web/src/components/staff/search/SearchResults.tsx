/**
 * The search's answer (GET /api/{commune}/staff/search): the reports and permits found by code, address or words,
 * each a link to its page, and what the search covered (a code: exact; words: the most recent items only).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { StaffReportSummary } from '@tandem/shared/schemas/report';
import type { PermitSummary } from '@tandem/shared/permits/permit-api';
import { tr, lt, stateLabel } from '../../../lib/locale';
import { linkClick } from '../router';
import { staffFetch, SignedOut } from '../session';
import { loadFailureText } from '../staff-text';
import { ErrorNotice } from '../page-states';
import { permitStateLabel } from '../permits/permit-format';
import { placeOf } from '../inbox/report-place';
import { SlaFlag } from '../inbox/SlaFlag';

interface Results {
  reports: StaffReportSummary[];
  permits: PermitSummary[];
  byCode: boolean;
  searched: { reports: number; permits: number };
}

export default function SearchResults({ commune, onSignedOut }: { commune: PublicCommuneConfig; onSignedOut(): void }) {
  const q = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  const [results, setResults] = useState<Results>();
  const [error, setError] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const base = `/${commune.id}/agents/`;

  useEffect(() => {
    heading.current?.focus();
    setResults(undefined);
    setError('');
    if (q.length < 2) return;
    let live = true;
    staffFetch<Results>(commune.id, `staff/search?q=${encodeURIComponent(q)}`).then(
      (r) => live && setResults(r),
      (e) => {
        if (!live) return;
        if (e instanceof SignedOut) onSignedOut();
        else setError(loadFailureText(e));
      },
    );
    return () => {
      live = false;
    };
  }, [q]);

  const category = (code: string) => lt(commune.categories.find((c) => c.code === code)?.label) || code;
  return (
    <section aria-labelledby="search-title" data-testid="search-results">
      <h1 id="search-title" tabindex={-1} ref={heading}>
        {tr('backoffice.search.title', { q })}
      </h1>
      {q.length < 2 ? (
        <p>{tr('backoffice.search.short')}</p>
      ) : error ? (
        <ErrorNotice message={error} />
      ) : !results ? (
        <p role="status">{tr('common.loading')}</p>
      ) : (
        <>
          <p class="hint" role="status">
            {results.byCode
              ? tr('backoffice.search.byCode')
              : tr('backoffice.search.window', { reports: results.searched.reports, permits: results.searched.permits })}
          </p>
          <h2>{tr('backoffice.search.reports', { n: results.reports.length })}</h2>
          {results.reports.length ? (
            <ul class="search-list" data-testid="search-reports">
              {results.reports.map((r) => (
                <li key={r.code}>
                  <a href={`${base}signalements/${r.code}/`} onClick={linkClick} class="code">
                    {r.code}
                  </a>{' '}
                  {category(r.category)} · {stateLabel(r.state)} <SlaFlag report={r} />
                  <br />
                  <span class="hint-inline">{placeOf(r)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p>{tr('backoffice.search.none')}</p>
          )}
          {commune.permits && (
            <>
              <h2>{tr('backoffice.search.permits', { n: results.permits.length })}</h2>
              {results.permits.length ? (
                <ul class="search-list" data-testid="search-permits">
                  {results.permits.map((p) => (
                    <li key={p.code}>
                      <a href={`${base}autorisations/${p.code}/`} onClick={linkClick} class="code">
                        {p.reference ?? p.code}
                      </a>{' '}
                      {p.title} · {permitStateLabel(p.state)}
                      <br />
                      <span class="hint-inline">{p.placeLabel}</span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p>{tr('backoffice.search.none')}</p>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
