/** My reports and permit requests, newest first: state, what is expected of me, and the page that follows each. */
import type { MyRequest } from '@tandem/shared/citizen/citizen-api';
import type { MessageKey } from '@tandem/shared/i18n/fr';
import { formatDate, tr } from '../../lib/locale';

function stateLabel(r: MyRequest): string {
  const key = (r.kind === 'report' ? `state.${r.state}` : `permit.state.${r.state}`) as MessageKey;
  const label = tr(key);
  return label === key ? r.state : label;
}

export default function MyRequestsList({ items }: { items: MyRequest[] }) {
  if (!items.length) return <p data-testid="space-empty">{tr('space.list.empty')}</p>;
  return (
    <ul class="my-requests" data-testid="space-requests">
      {items.map((r) => (
        <li key={`${r.kind}-${r.code}`} data-code={r.code} data-testid="space-request">
          <p class="my-request-kind">
            {tr(r.kind === 'report' ? 'space.kind.report' : 'space.kind.permit')} · <span class="code">{r.code}</span>
          </p>
          <p class="my-request-title">{r.title}</p>
          <p>
            {tr('space.state', { state: stateLabel(r) })} · {tr('space.filed', { date: formatDate(r.createdAt) })}
          </p>
          <p class={r.expected === 'nothing' ? 'hint' : 'notice'}>{tr(`space.expected.${r.expected}` as MessageKey)}</p>
          <a class="button secondary" href={r.url}>
            {tr('space.open', { code: r.code })}
          </a>
        </li>
      ))}
    </ul>
  );
}
