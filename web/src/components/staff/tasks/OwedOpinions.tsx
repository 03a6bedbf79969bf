/** The opinions a department owes on permit requests, as cards on its board, each the way to the permit. */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { formatDayInWords } from '@tandem/shared/brussels-time';
import { locale, tr } from '../../../lib/locale';
import { linkClick } from '../router';
import type { OwedOpinion } from './task-api';
import { linkHref } from './tasks-route';

export default function OwedOpinions({ commune, opinions }: { commune: PublicCommuneConfig; opinions: OwedOpinion[] }) {
  return (
    <section class="owed-opinions" aria-labelledby="opinions-title" data-testid="board-opinions">
      <h2 id="opinions-title">
        {tr('workTasks.board.opinions')} <span class="count">({opinions.length})</span>
      </h2>
      {opinions.length === 0 ? (
        <p class="hint">{tr('workTasks.board.noOpinions')}</p>
      ) : (
        <ul class="board-cards">
          {opinions.map((o) => (
            <li class="board-card opinion-card" key={o.permit}>
              <h3>
                <a href={linkHref(commune.id, 'permit', o.permit)} onClick={linkClick}>
                  {tr('workTasks.board.opinionOn', { code: o.permit })}
                </a>
              </h3>
              <p class="card-meta">
                {tr('workTasks.board.opinionDue', { day: formatDayInWords(o.due.slice(0, 10), locale.value) })}
                {o.overdue && <strong class="overdue"> {tr('workTasks.overdue')}</strong>}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
