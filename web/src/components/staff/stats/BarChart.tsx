/**
 * A bar chart as accessible SVG: one image named by its title and described by its description (role="img" with
 * <title> and <desc>), the figures themselves in the data table that follows it on the page. Series differ by pattern
 * (solid, hatched) as well as by shade, and the legend says which is which in words: no meaning rests on colour.
 */
import { tr } from '../../../lib/locale';

export interface BarSeries {
  label: string;
  values: readonly number[];
  pattern: 'solid' | 'hatched';
}

const HEIGHT = 180;
const TOP = 20;
const BOTTOM = 22;
const LEFT = 8;
const BAR = 12;
const GAP = 2;
const GROUP_GAP = 10;

function Swatch({ id, pattern }: { id: string; pattern: BarSeries['pattern'] }) {
  return (
    <svg width="28" height="16" aria-hidden="true" focusable="false">
      <rect
        x="1"
        y="1"
        width="26"
        height="14"
        class={`bar bar-${pattern}`}
        fill={pattern === 'hatched' ? `url(#${id}-hatch)` : undefined}
      />
    </svg>
  );
}

export default function BarChart({
  id,
  title,
  desc,
  labels,
  series,
  labelEvery = 1,
}: {
  id: string;
  title: string;
  desc: string;
  /** One label per group of bars (a day, a department, a week). */
  labels: readonly string[];
  series: readonly BarSeries[];
  /** Writes every n-th group's label only, when they are many (the table has them all). */
  labelEvery?: number;
}) {
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const group = series.length * (BAR + GAP) - GAP + GROUP_GAP;
  const width = Math.max(320, LEFT * 2 + labels.length * group);
  const plot = HEIGHT - TOP - BOTTOM;
  const y = (v: number) => TOP + plot - (v / max) * plot;
  return (
    <figure class="stats-chart" data-testid={`${id}-chart`}>
      <svg
        viewBox={`0 0 ${width} ${HEIGHT}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        focusable="false"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        <defs>
          <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" class="hatch-ground" />
            <line x1="0" y1="0" x2="0" y2="6" class="hatch-line" />
          </pattern>
        </defs>
        <text x={LEFT} y={12} class="chart-scale">
          {tr('stats.chart.scale', { max })}
        </text>
        <line x1={LEFT} x2={width - LEFT} y1={TOP + plot} y2={TOP + plot} class="chart-axis" />
        {labels.map((label, i) => {
          const x0 = LEFT + i * group;
          return (
            <g key={label}>
              {series.map((s, j) => {
                const v = s.values[i] ?? 0;
                return (
                  <rect
                    key={s.label}
                    x={x0 + j * (BAR + GAP)}
                    y={y(v)}
                    width={BAR}
                    height={Math.max(0, TOP + plot - y(v))}
                    class={`bar bar-${s.pattern}`}
                    fill={s.pattern === 'hatched' ? `url(#${id}-hatch)` : undefined}
                  />
                );
              })}
              {i % labelEvery === 0 && (
                <text x={x0} y={HEIGHT - 6} class="chart-label">
                  {label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      {series.length > 1 && (
        <figcaption>
          <ul class="chart-legend">
            {series.map((s) => (
              <li key={s.label}>
                <Swatch id={id} pattern={s.pattern} /> {s.label}
              </li>
            ))}
          </ul>
        </figcaption>
      )}
    </figure>
  );
}
