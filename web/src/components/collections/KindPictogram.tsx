/**
 * A small drawing for each kind of collection (docs/collections.md), beside its name in words: the name is the cue,
 * the drawing only helps to find it at a glance (aria-hidden), its colour never says anything alone.
 */
import type { ComponentChildren } from 'preact';
import type { CollectionKind } from '@tandem/shared/collections/collection-kinds';

const DRAWINGS: Record<CollectionKind, ComponentChildren> = {
  // A bin with its lid.
  residual: (
    <>
      <path d="M6 8h20M12 8V5h8v3" />
      <path d="M8 8l2 19h12l2-19" />
      <path d="M13 12v11M19 12v11" />
    </>
  ),
  // A bottle and a can.
  pmc: (
    <>
      <path d="M9 4h4v4l2 3v16H7V11l2-3z" />
      <rect x="18" y="13" width="8" height="14" rx="1" />
    </>
  ),
  // A folded carton box.
  paper: (
    <>
      <path d="M5 11l11-5 11 5v15H5z" />
      <path d="M5 11l11 5 11-5M16 16v10" />
    </>
  ),
  // A jar.
  glass: (
    <>
      <path d="M11 4h10v4H11z" />
      <path d="M10 8h12c2 3 2 15 0 19H10c-2-4-2-16 0-19z" />
    </>
  ),
  // An armchair.
  bulky: (
    <>
      <path d="M7 15V9a3 3 0 013-3h12a3 3 0 013 3v6" />
      <path d="M4 15h24v8H4zM7 23v4M25 23v4" />
    </>
  ),
};

export function KindPictogram({ kind }: { kind: CollectionKind }) {
  return (
    <svg
      class={`kind-picto kind-picto-${kind}`}
      viewBox="0 0 32 32"
      width="32"
      height="32"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linejoin="round"
      stroke-linecap="round"
    >
      {DRAWINGS[kind]}
    </svg>
  );
}
