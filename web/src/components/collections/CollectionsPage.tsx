/**
 * /{commune}/collectes/: a person types their street and sees its collections (docs/collections.md). The field is a
 * plain GET form (`?rue=`): the page can be bookmarked, and reading `rue` when it opens shows that street again.
 * While typing, the streets answering it are offered as big buttons (Tab, Enter); one street found shows its zone,
 * its next collections and its zone's feed.
 */
import '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { CollectionsAnswer } from '@tandem/shared/collections/collection-api';
import { apiFetch, apiPath } from '../../lib/api';
import { initLocale, tr } from '../../lib/locale';
import '../../lib/messages/collections';
import { REMINDER_KEY_PATTERN } from '@tandem/shared/collections/reminder-key';
import Unsubscribe, { unsubscribeKeyFromUrl } from '../worksites/Unsubscribe';
import { CollectionsFound } from './CollectionsFound';

type View = { kind: 'idle' } | { kind: 'loading' } | { kind: 'failed' } | { kind: 'show'; answer: CollectionsAnswer };

const URL_PARAM = 'rue';
const TYPING_PAUSE_MS = 300;

/** The page's address with the street typed (or without), so the page can be bookmarked and shared. */
function keepInUrl(street: string) {
  const url = new URL(location.href);
  if (street) url.searchParams.set(URL_PARAM, street);
  else url.searchParams.delete(URL_PARAM);
  history.replaceState(history.state, '', url);
}

export default function CollectionsPage({ commune }: { commune: PublicCommuneConfig }) {
  const [text, setText] = useState('');
  const [view, setView] = useState<View>({ kind: 'idle' });
  const asked = useRef(0);
  const typing = useRef<ReturnType<typeof setTimeout>>();
  const heading = useRef<HTMLHeadingElement>(null);
  const focusFound = useRef(false);
  const [leaving, setLeaving] = useState<string>();

  async function lookUp(street: string, thenFocus = false) {
    clearTimeout(typing.current);
    const q = street.trim();
    const mine = ++asked.current;
    if (q.length < 2) return setView({ kind: 'idle' });
    setView((v) => (v.kind === 'show' ? v : { kind: 'loading' }));
    try {
      const answer = await apiFetch<CollectionsAnswer>(apiPath(commune.id, `collections?street=${encodeURIComponent(q)}`));
      if (mine !== asked.current) return;
      focusFound.current = thenFocus && Boolean(answer.found);
      setView({ kind: 'show', answer });
    } catch {
      if (mine === asked.current) setView({ kind: 'failed' });
    }
  }

  useEffect(() => {
    void initLocale();
    setLeaving(unsubscribeKeyFromUrl(REMINDER_KEY_PATTERN));
    const rue = new URLSearchParams(location.search).get(URL_PARAM)?.trim() ?? '';
    if (rue) {
      setText(rue);
      void lookUp(rue);
    }
    return () => clearTimeout(typing.current);
  }, [commune.id]);
  useEffect(() => {
    if (focusFound.current) heading.current?.focus();
    focusFound.current = false;
  }, [view]);

  const onInput = (value: string) => {
    setText(value);
    clearTimeout(typing.current);
    typing.current = setTimeout(() => void lookUp(value), TYPING_PAUSE_MS);
  };
  const choose = (street: string) => {
    setText(street);
    keepInUrl(street);
    void lookUp(street, true);
  };

  const answer = view.kind === 'show' ? view.answer : undefined;
  const others = answer && !answer.found ? answer.matches : [];
  return (
    <div data-testid="collections-page" data-ready={view.kind === 'show' || undefined}>
      {leaving && <Unsubscribe path={apiPath(commune.id, `collections/reminders/${leaving}`)} words="collections.unsubscribe" />}
      <form
        method="get"
        class="collections-search"
        onSubmit={(e) => {
          e.preventDefault();
          keepInUrl(text.trim());
          void lookUp(text, true);
        }}
      >
        <div class="field">
          <label for="collections-street">{tr('collections.street.label')}</label>
          <span class="hint" id="collections-street-hint">
            {tr('collections.street.hint')}
          </span>
          <input
            id="collections-street"
            name={URL_PARAM}
            type="text"
            autocomplete="address-line1"
            aria-describedby="collections-street-hint"
            value={text}
            onInput={(e) => onInput(e.currentTarget.value)}
          />
        </div>
        <button class="button" type="submit">
          {tr('collections.street.search')}
        </button>
      </form>
      <div aria-live="polite" data-testid="collections-said">
        {view.kind === 'loading' && <p>{tr('collections.loading')}</p>}
        {view.kind === 'failed' && <p class="notice warn">{tr('collections.failed')}</p>}
        {answer && !answer.calendar && <p class="notice">{tr('collections.noCalendar')}</p>}
        {answer?.calendar && !answer.matches.length && <p>{tr('collections.street.none')}</p>}
        {others.length > 0 && <p id="collections-suggestions">{tr('collections.street.suggestions')}</p>}
      </div>
      {others.length > 0 && (
        <ul class="collection-streets" aria-labelledby="collections-suggestions" data-testid="collections-suggestions">
          {others.map((m) => (
            <li key={`${m.street}|${m.postcode ?? ''}`}>
              <button type="button" class="button secondary" onClick={() => choose(m.street)}>
                {tr('collections.street.choose', { street: m.street, zone: m.zone.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {answer?.found && <CollectionsFound commune={commune.id} found={answer.found} headingRef={heading} />}
    </div>
  );
}
