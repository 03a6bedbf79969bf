/**
 * One recurrence in the list: its title, department, rule in words (the agent's language), next days and state, and
 * the actions the role matrix allows this person on its department (change, pause or resume, delete).
 */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { lt, tr } from '../../../../lib/locale';
import { may } from '../../may';
import type { RecurrenceView } from './recurrence-api';
import { ruleInWords, shortDay } from './rule-words';

export type CardAction = 'edit' | 'pause' | 'resume' | 'delete';

export default function RecurrenceCard({
  commune,
  r,
  busy,
  onAction,
}: {
  commune: PublicCommuneConfig;
  r: RecurrenceView;
  busy: boolean;
  onAction(a: CardAction, r: RecurrenceView): void;
}) {
  const subject = { department: r.department };
  const mayUpdate = may(commune, 'PATCH /api/{commune}/staff/recurrences/{id}', 'update', subject);
  const mayDelete = may(commune, 'DELETE /api/{commune}/staff/recurrences/{id}', 'delete', subject);
  const department = commune.departments.find((d) => d.code === r.department);
  const title = r.title;
  const button = (a: CardAction, label: string, cls = 'button secondary') => (
    <button
      type="button"
      class={cls}
      aria-disabled={busy ? 'true' : undefined}
      onClick={() => !busy && onAction(a, r)}
      data-testid={`recurrence-${a}`}
    >
      {label}
    </button>
  );
  return (
    <li class="recurrence-card" data-testid="recurrence" data-id={r.id}>
      <h2 id={`recurrence-${r.id}`}>{title}</h2>
      <dl>
        <dt>{tr('recurring.ui.col.department')}</dt>
        <dd>{department ? lt(department.name) : r.department}</dd>
        <dt>{tr('recurring.ui.col.rule')}</dt>
        <dd data-testid="recurrence-words">{ruleInWords(r.rule, r.start, r.time) ?? r.ruleInWords}</dd>
        <dt>{tr('recurring.ui.col.next')}</dt>
        <dd>{r.active && r.next.length ? r.next.map(shortDay).join(' · ') : tr('recurring.ui.noNext')}</dd>
        <dt>{tr('recurring.ui.col.state')}</dt>
        <dd>
          <span class={`recurrence-state ${r.active ? 'is-active' : 'is-paused'}`} data-testid="recurrence-state">
            {tr(r.active ? 'recurring.ui.active' : 'recurring.ui.paused')}
          </span>
        </dd>
      </dl>
      {(mayUpdate || mayDelete) && (
        <div class="recurrence-actions">
          {mayUpdate && button('edit', tr('recurring.ui.edit', { title }))}
          {mayUpdate && button(r.active ? 'pause' : 'resume', tr(r.active ? 'recurring.ui.pause' : 'recurring.ui.resume', { title }))}
          {mayDelete && button('delete', tr('recurring.ui.delete', { title }), 'button secondary danger')}
        </div>
      )}
    </li>
  );
}
