/** A task's or a category's pictogram: a few plain, bold drawings (inline SVG, no request), named in words for screen readers. */
import type { PictogramKind } from '@tandem/shared/field/pictogram-kind';
import { tr, type MessageKey } from '../../../lib/locale';

/** Drawn on a 32 × 32 grid, stroked in the text's colour. */
const PATHS: Record<PictogramKind, string> = {
  // A road going away, with a hole in it.
  road: 'M10 30 14 2M22 2l4 28M16 6v3M16 13v3M16 21v3M7 22c2-3 6-3 8 0-2 2-6 2-8 0z',
  // A street lamp.
  light: 'M12 30h8M16 30V8M16 8c0-3 2-5 6-5h3M22 3v4h7l-2-4M24 11v2M28 11l1 2',
  // A triangular road sign on its post.
  signs: 'M16 30V18M16 3 5 18h22zM16 9v4M16 15v.5',
  // A tree.
  green: 'M16 30V18M16 22l-4-3M16 20l4-3M16 3c-6 0-9 5-8 9-3 2-2 7 3 7h10c5 0 6-5 3-7 1-4-2-9-8-9z',
  // A bin with a bag.
  cleanliness: 'M7 9h18M13 9V5h6v4M9 9l2 21h10l2-21M14 14v11M18 14v11',
  // A flag on a stand.
  event: 'M8 30V3M8 4h17l-4 6 4 6H8M4 30h8',
  // A clipboard with a tick.
  generic: 'M9 5h14v25H9zM13 3h6v4h-6zM12 18l3 3 6-7',
};

export function Pictogram({ kind, named = true }: { kind: PictogramKind; named?: boolean }) {
  return (
    <span class="fa-picto">
      <svg viewBox="0 0 32 32" width="40" height="40" aria-hidden="true" focusable="false">
        <path d={PATHS[kind]} fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round" />
      </svg>
      {named && <span class="fa-sr">{tr(`field.kind.${kind}` as MessageKey)}</span>}
    </span>
  );
}
