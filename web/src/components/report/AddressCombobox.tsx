/**
 * The report form's address field as a combobox (WAI-ARIA 1.2 pattern, list autocomplete): what the person types is
 * looked up in the commune's address register (GET /api/{c}/addresses/search, 250 ms after the last key) and the
 * matches are offered in a listbox; arrows move through them, Enter or a click picks one (the pin moves there),
 * Escape closes the list. The count of matches is announced. Without a register it is a plain text field: what is
 * typed is kept as the address in words. Before the island is live (`live` false: the page's HTML, which posts
 * without a script) it is that plain field, the same element: the focus stays in it when it becomes the combobox.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AddressMatchView } from '@tandem/shared/addresses/address-register';
import { tr } from '../../lib/locale';
import { fetchAddressMatches } from './address-lookups';
import '../../lib/messages/addresses';

interface Props {
  commune: string;
  live: boolean;
  value: string;
  invalid: boolean;
  describedBy: string | undefined;
  onInput(value: string): void;
  onPick(match: AddressMatchView): void;
}

const LIST = 'f-address-list';
const optionId = (i: number) => `f-address-option-${i}`;

export default function AddressCombobox({ commune, live, value, invalid, describedBy, onInput, onPick }: Props) {
  const [matches, setMatches] = useState<AddressMatchView[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announce, setAnnounce] = useState('');
  /** What the person typed last (a value set by the pin or a pick is not looked up). */
  const [typed, setTyped] = useState<string>();
  const noRegister = useRef(false);

  useEffect(() => {
    if (typed === undefined || noRegister.current) return;
    const q = typed.trim();
    if (q.length < 3) {
      setMatches([]);
      setOpen(false);
      return;
    }
    let stale = false;
    const timer = setTimeout(() => {
      fetchAddressMatches(commune, q)
        .then((r) => {
          if (stale) return;
          if (!r.register) noRegister.current = true;
          setMatches(r.matches);
          setActive(-1);
          setOpen(r.matches.length > 0);
          if (r.register) setAnnounce(r.matches.length ? tr('addresses.found', { count: r.matches.length }) : tr('addresses.none'));
        })
        .catch(() => !stale && setOpen(false));
    }, 250);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [typed]);

  const pick = (m: AddressMatchView) => {
    setOpen(false);
    setActive(-1);
    setTyped(undefined);
    setAnnounce(tr('addresses.located', { address: m.label }));
    onPick(m);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && matches.length) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % matches.length);
    } else if (e.key === 'ArrowUp' && matches.length) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a <= 0 ? matches.length - 1 : a - 1));
    } else if (e.key === 'Enter' && open && active >= 0) {
      e.preventDefault();
      pick(matches[active]);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  // The combobox's roles and states once it has its list; before, a plain text field.
  const combobox: JSX.HTMLAttributes<HTMLInputElement> = live
    ? {
        role: 'combobox',
        'aria-autocomplete': 'list',
        'aria-expanded': open ? 'true' : 'false',
        'aria-controls': LIST,
        'aria-activedescendant': open && active >= 0 ? optionId(active) : undefined,
      }
    : {};

  return (
    <div class="combobox">
      <input
        id="f-address"
        name="address"
        type="text"
        {...combobox}
        // The browser's own suggestions would cover the list; without the list, its Back keeps what was typed (a field
        // with autocomplete off is not restored): the refused form's page counts on it (docs/report-form.md).
        autocomplete={live ? 'off' : undefined}
        value={value}
        maxLength={200}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(e) => {
          onInput(e.currentTarget.value);
          setTyped(e.currentTarget.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      {live && <Suggestions matches={open ? matches : []} open={open} active={active} announce={announce} onPick={pick} />}
    </div>
  );
}

/** The listbox of matches and the live region that counts them. */
function Suggestions({
  matches,
  open,
  active,
  announce,
  onPick,
}: {
  matches: AddressMatchView[];
  open: boolean;
  active: number;
  announce: string;
  onPick(m: AddressMatchView): void;
}) {
  return (
    <>
      <div
        id={LIST}
        role="listbox"
        aria-label={tr('addresses.suggestions')}
        class="combobox-list"
        hidden={!open}
        data-testid="address-suggestions"
      >
        {matches.map((m, i) => (
          // The combobox pattern: options are not focused (the field keeps the focus and names the active one through
          // aria-activedescendant) and the field's keys choose them; the click is the pointer's way.
          // biome-ignore lint/a11y/useFocusableInteractive: the field holds the focus (aria-activedescendant).
          // biome-ignore lint/a11y/useKeyWithClickEvents: the field's arrow keys and Enter choose the options.
          <div
            key={`${m.label}-${i}`}
            id={optionId(i)}
            role="option"
            aria-selected={i === active ? 'true' : 'false'}
            // Keep the focus in the field: the blur would close the list before the click lands.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onPick(m)}
          >
            {m.label}
          </div>
        ))}
      </div>
      <p class="visually-hidden" role="status" aria-live="polite" data-testid="address-announce">
        {announce}
      </p>
    </>
  );
}
