/**
 * What the tracking pages (reports at /suivi/, permit requests at /demandes/suivi/) have in common around
 * the item they show: the code read from the address, "loading", a failure with its retry, and the form
 * asking for a code (with the code not found, or not a code at all).
 */
import type { ComponentChildren, RefObject } from 'preact';
import { normaliseTrackingCode, TRACKING_CODE_PATTERN } from '@tandem/shared/tracking-code';
import { tr } from '../../lib/locale';

/** A tracking page's states before it shows its item. */
export type LookupView =
  | { kind: 'init' }
  | { kind: 'ask'; notFound?: string; invalid?: boolean }
  | { kind: 'loading'; code: string }
  | { kind: 'error'; code: string };

/** The code in the address (`{path}{code}/`, else `?code=`), normalised; undefined when there is none. */
export function codeFromUrl(path: string): string | undefined {
  const m = location.pathname.match(new RegExp(`^${path}([^/]+)/?$`));
  const raw = m ? decodeURIComponent(m[1]) : (new URLSearchParams(location.search).get('code') ?? '');
  return raw.trim() ? normaliseTrackingCode(raw) : undefined;
}

/**
 * « Loading », under the page's heading. With `code` (the empty string when the page's server cannot know it), the
 * heading is the one the item will have, code included: the tracking page's inline script writes the address's code
 * into `[data-early-code]` before the first paint, so the page paints its largest text at once, and the item's
 * heading that replaces it is no larger (docs/page-budgets.md).
 */
export function TrackLoading({ title, code }: { title: string; code?: string }) {
  return (
    <>
      {code === undefined ? (
        <h1>{title}</h1>
      ) : (
        <h1>
          {title}{' '}
          <span class="done-code" data-early-code>
            {code}
          </span>
        </h1>
      )}
      <p role="status">{tr('common.loading')}</p>
    </>
  );
}

export function TrackFailed({ title, onRetry }: { title: string; onRetry(): void }) {
  return (
    <>
      <h1>{title}</h1>
      <p class="notice error" role="alert">
        {tr('report.error.network')}
      </p>
      <button type="button" class="button" onClick={onRetry}>
        {tr('common.retry')}
      </button>
    </>
  );
}

interface LookupProps {
  heading: RefObject<HTMLHeadingElement>;
  title: string;
  /** The code looked up in vain, and what to say of it. */
  notFound?: string;
  notFoundText: string;
  notFoundTestId?: string;
  invalid?: boolean;
  /** The input's id; its hint and error are `${idBase}-hint` and `${idBase}-error`. */
  inputId: string;
  idBase: string;
  hint: string;
  input: string;
  onInput(v: string): void;
  /** A well-formed code was asked for. */
  onCode(code: string): void;
  onInvalid(): void;
  children?: ComponentChildren;
}

/** The page asking for a tracking code; its heading takes the focus (the caller's effect). */
export function CodeLookup({
  heading,
  title,
  notFound,
  notFoundText,
  notFoundTestId,
  invalid,
  inputId,
  idBase,
  hint,
  input,
  onInput,
  onCode,
  onInvalid,
  children,
}: LookupProps) {
  const hintId = `${idBase}-hint`;
  const errorId = `${idBase}-error`;
  const submit = (e: Event) => {
    e.preventDefault();
    const code = normaliseTrackingCode(input);
    if (!TRACKING_CODE_PATTERN.test(code)) return onInvalid();
    onCode(code);
  };
  return (
    <>
      <h1 ref={heading} tabindex={-1}>
        {title}
      </h1>
      {notFound && (
        <p class="notice error" role="alert" data-testid={notFoundTestId}>
          {notFoundText} ({notFound})
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <div class="field">
          <label for={inputId}>{tr('track.code')}</label>
          <span class="hint" id={hintId}>
            {hint}
          </span>
          {invalid && (
            <span class="field-error" id={errorId}>
              {tr('track.code.invalid')}
            </span>
          )}
          <input
            id={inputId}
            type="text"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck={false}
            value={input}
            aria-invalid={invalid ? 'true' : undefined}
            aria-describedby={invalid ? `${errorId} ${hintId}` : hintId}
            onInput={(e) => onInput(e.currentTarget.value)}
          />
        </div>
        <button type="submit" class="button">
          {tr('track.lookup.button')}
        </button>
      </form>
      {children}
    </>
  );
}
