/** A kind's symbol as on the map (shape for points, dash pattern for lines), for the legend, the list and the card. Decorative: the kind is always written next to it. */
import { KIND_LOOK, type MapItemKind } from './map-kinds';

export default function KindSymbol({ kind, line = false }: { kind: MapItemKind; line?: boolean }) {
  const look = KIND_LOOK[kind];
  const w = 4;
  return (
    <svg
      class="kind-symbol"
      viewBox={line ? '0 0 56 24' : '0 0 24 24'}
      width={line ? 56 : 24}
      height="24"
      aria-hidden="true"
      focusable="false"
    >
      {line && (
        <>
          <line
            x1="2"
            y1="12"
            x2="54"
            y2="12"
            stroke={look.colour}
            stroke-width={w + 1}
            stroke-linecap={look.dash && look.dash[0] < 1 ? 'round' : 'butt'}
            stroke-dasharray={look.dash ? look.dash.map((d) => d * (w + 1)).join(' ') : undefined}
          />
          {look.stripe && <line x1="2" y1="12" x2="54" y2="12" stroke="#ffffff" stroke-width="1.5" />}
        </>
      )}
      <g transform={line ? 'translate(16 0)' : undefined}>
        <path d={look.shape} fill={look.colour} stroke="#ffffff" stroke-width="1.5" stroke-linejoin="round" />
        {look.mark && <path d={look.mark} fill="none" stroke="#ffffff" stroke-width="2.6" stroke-linecap="round" />}
      </g>
    </svg>
  );
}
