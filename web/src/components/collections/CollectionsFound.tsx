/**
 * One street's collections (docs/collections.md): its zone, each kind's next day in words (« Demain (mercredi 9
 * décembre) »), the next collection days (« Mardi 15 décembre : PMC et papiers-cartons ») and the zone's feed, with
 * how to add it to a phone's calendar. « Today » is the server's day (the answer's `today`), not the phone's.
 */
import type { RefObject } from 'preact';
import type { CollectionsAnswer } from '@tandem/shared/collections/collection-api';
import type { CollectionKind } from '@tandem/shared/collections/collection-kinds';
import { collectionDayInWords, kindsInWords } from '@tandem/shared/collections/collection-words';
import { locale, tr, type MessageKey } from '../../lib/locale';
import { apiPath } from '../../lib/api';
import WatchForm from '../worksites/WatchForm';
import { KindPictogram } from './KindPictogram';

type Found = NonNullable<CollectionsAnswer['found']>;

const kindName = (k: CollectionKind) => tr(`collections.kind.${k}` as MessageKey);

export function CollectionsFound({
  commune,
  found,
  headingRef,
}: {
  commune: string;
  found: Found;
  headingRef: RefObject<HTMLHeadingElement>;
}) {
  const near = { today: tr('collections.when.today'), tomorrow: tr('collections.when.tomorrow') };
  const day = (d: string) => collectionDayInWords(d, found.today, locale.value, near);
  return (
    <section aria-labelledby="collections-found" data-testid="collections-found" data-zone={found.zone.id}>
      <h2 id="collections-found" tabindex={-1} ref={headingRef}>
        {tr('collections.found.title', { street: found.street, zone: found.zone.name })}
      </h2>
      <h3>{tr('collections.next.title')}</h3>
      {found.next.length ? (
        <ul class="collection-list" data-testid="collections-next">
          {found.next.map((n) => (
            <li key={n.kind} class="collection-item" data-kind={n.kind}>
              <KindPictogram kind={n.kind} />
              <span>
                <strong>{kindName(n.kind)}</strong> : {day(n.date)}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{tr('collections.next.none')}</p>
      )}
      {found.upcoming.length > 0 && (
        <>
          <h3>{tr('collections.upcoming.title')}</h3>
          <ul class="collection-list" data-testid="collections-upcoming">
            {found.upcoming.map((u) => (
              <li key={u.date} class="collection-item" data-date={u.date}>
                <span class="collection-pictos">
                  {u.kinds.map((k) => (
                    <KindPictogram key={k} kind={k} />
                  ))}
                </span>
                <span>
                  {tr('collections.upcoming.line', { day: day(u.date), kinds: kindsInWords(u.kinds.map(kindName), locale.value) })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a class="button secondary" href={found.feed} data-testid="collections-feed" type="text/calendar">
          {tr('collections.feed.link')}
        </a>
      </p>
      <p class="hint">{tr('collections.feed.help')}</p>
      <details class="collection-remind" data-testid="collections-remind">
        <summary>{tr('collections.remind.title')}</summary>
        <WatchForm path={apiPath(commune, 'collections/reminders')} body={{ zone: found.zone.id }} words="collections.remind" />
      </details>
    </section>
  );
}
