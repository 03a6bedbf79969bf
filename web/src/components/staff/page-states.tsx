/**
 * What the staff screens show around their content: the way back, loading, a failure with its retry, and
 * around a list its status (loading, how many), the empty text and "Voir plus" (or "Continuer la recherche").
 */
import type { ComponentChildren } from 'preact';
import { tr } from '../../lib/locale';
import { linkClick } from './router';

export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <p>
      <a href={href} onClick={linkClick}>
        ← {label}
      </a>
    </p>
  );
}

/**
 * A failure outside a form (a page or list that did not load, a confirmation box whose action failed): the staff
 * app's one notice for it, announced (role="alert"). A form shows its problems in its ErrorSummary instead.
 */
export function ErrorNotice({ message, onRetry }: { message: string; onRetry?(): void }) {
  return (
    <p class="notice error" role="alert">
      {message}
      {onRetry && (
        <>
          {' '}
          <button type="button" class="button small secondary" onClick={onRetry}>
            {tr('common.retry')}
          </button>
        </>
      )}
    </p>
  );
}

/** A page the signed-in person's role does not open: say so (not a network failure), with the way back to the reports. */
export function Forbidden({ commune }: { commune: string }) {
  return (
    <>
      <p class="notice error" role="alert" data-testid="staff-forbidden">
        {tr('staff.error.forbidden')}
      </p>
      <BackLink href={`/${commune}/agents/`} label={tr('staff.forbidden.back')} />
    </>
  );
}

/** A detail page before its item is there: the failure (with the way back), else "loading". */
export function NotLoaded({ error, back, onRetry }: { error: string; back: { href: string; label: string }; onRetry?(): void }) {
  if (!error) return <p role="status">{tr('common.loading')}</p>;
  return (
    <>
      <BackLink {...back} />
      <ErrorNotice message={error} onRetry={onRetry} />
    </>
  );
}

/**
 * Around a list's table (from usePagedList): status, failure with retry, the empty text, "Voir plus". The empty
 * text only once the list is exhausted; a page the API cut short says so and offers to search on.
 */
export function PagedListView({
  list,
  empty,
  moreTestId,
  children,
}: {
  list: {
    loading: boolean;
    status: string;
    error: string;
    items: unknown[];
    cursor?: string;
    partial: boolean;
    scanned: number;
    reload(): void;
    more(): void;
  };
  empty: ComponentChildren;
  moreTestId?: string;
  children: ComponentChildren;
}) {
  const settled = !list.loading && !list.error;
  return (
    <>
      <p class="status" role="status" aria-live="polite">
        {list.loading ? tr('common.loading') : list.status}
      </p>
      {list.error && <ErrorNotice message={list.error} onRetry={list.reload} />}
      {settled && list.items.length === 0 && !list.cursor && empty}
      {list.items.length > 0 && children}
      {settled && list.partial && (
        <p class="notice" data-testid="list-partial">
          {tr('staff.partial', { n: list.scanned })}
        </p>
      )}
      {list.cursor && (
        <button
          type="button"
          class="button secondary"
          data-testid={moreTestId}
          onClick={list.more}
          aria-disabled={list.loading ? 'true' : undefined}
        >
          {tr(list.partial ? 'staff.searchOn' : 'staff.more')}
        </button>
      )}
    </>
  );
}
