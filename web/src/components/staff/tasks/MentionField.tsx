/**
 * A comment's text with @mentions: typing « @ » then the start of a name lists matching colleagues and departments
 * under the field (their number is announced); ↓ moves into the list, Enter or a click picks one (« @Name » is
 * written in the text and focus comes back after it), Escape closes the list.
 */
import { useRef, useState } from 'preact/hooks';
import { tr } from '../../../lib/locale';
import { insertMention, mentionAt, suggestions, type Mentionable } from './mentions';

export default function MentionField({
  id,
  label,
  hint,
  value,
  people,
  onValue,
  onMention,
}: {
  id: string;
  label: string;
  hint: string;
  value: string;
  people: readonly Mentionable[];
  onValue(text: string): void;
  onMention(m: Mentionable): void;
}) {
  const area = useRef<HTMLTextAreaElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const [at, setAt] = useState<{ start: number; query: string }>();
  const found = at ? suggestions(people, at.query) : [];
  const look = (el: HTMLTextAreaElement) => setAt(mentionAt(el.value, el.selectionStart ?? el.value.length));
  const pick = (m: Mentionable) => {
    if (!at) return;
    const next = insertMention(value, at, m);
    // The text and the caret are set at once, before the chosen button leaves the page: what is typed next goes
    // after the name (placing the caret once drawn moved it back over a letter typed meanwhile).
    const el = area.current;
    if (el) {
      el.value = next.text;
      el.focus();
      el.setSelectionRange(next.caret, next.caret);
    }
    onValue(next.text);
    onMention(m);
    setAt(undefined);
  };
  const focusItem = (i: number) => (list.current?.querySelectorAll('button')[i] as HTMLButtonElement | undefined)?.focus();
  return (
    <div class="field mention-field">
      <label for={id}>{label}</label>
      <span class="hint" id={`${id}-hint`}>
        {hint}
      </span>
      <textarea
        id={id}
        ref={area}
        rows={4}
        maxLength={5000}
        value={value}
        aria-describedby={`${id}-hint ${id}-found`}
        onInput={(e) => {
          onValue(e.currentTarget.value);
          look(e.currentTarget);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && found.length) {
            e.preventDefault();
            focusItem(0);
          } else if (e.key === 'Escape' && at) setAt(undefined);
        }}
        onClick={(e) => look(e.currentTarget)}
      />
      <p id={`${id}-found`} class="visually-hidden" aria-live="polite">
        {at ? tr('workTasks.mention.found', { n: found.length }) : ''}
      </p>
      {at && found.length > 0 && (
        <ul
          class="mention-suggestions"
          ref={list}
          aria-label={tr('workTasks.mention.list')}
          data-testid="mention-suggestions"
          onKeyDown={(e) => {
            const items = [...(list.current?.querySelectorAll('button') ?? [])];
            const i = items.indexOf(document.activeElement as HTMLButtonElement);
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              focusItem(Math.min(i + 1, items.length - 1));
            } else if (e.key === 'ArrowUp') {
              e.preventDefault();
              if (i <= 0) area.current?.focus();
              else focusItem(i - 1);
            } else if (e.key === 'Escape') {
              setAt(undefined);
              area.current?.focus();
            }
          }}
        >
          {found.map((m) => (
            <li key={m.id}>
              <button type="button" class="mention-choice" onClick={() => pick(m)}>
                {tr('workTasks.mention.pick', { name: m.name })} <span class="hint">{m.detail}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
