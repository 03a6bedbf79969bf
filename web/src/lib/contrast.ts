/** WCAG 2.1 contrast helpers, used at build time to make commune colours readable. */
function channel(v: number): number {
  const s = v / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}
function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
function toHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b]
    .map((v) =>
      Math.round(Math.max(0, Math.min(255, v)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}
export function luminance(hex: string): number {
  const [r, g, b] = rgb(hex);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
/** Darkens a colour step by step until it reaches `min` contrast against `against`. */
export function ensureContrast(colour: string, against: string, min = 4.5): string {
  let c = rgb(colour);
  for (let i = 0; i < 40 && contrastRatio(toHex(c), against) < min; i++) c = c.map((v) => v * 0.9) as [number, number, number];
  return toHex(c);
}
/** The readable text colour on a background: the configured one if it passes AA, else black or white. */
export function textOn(background: string, preferred: string): string {
  if (contrastRatio(background, preferred) >= 4.5) return preferred;
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff';
}

export interface BrandVars {
  '--brand': string;
  '--brand-text': string;
  '--accent': string;
}
/** Brand colours as CSS variables, each adjusted to WCAG AA (text 4.5:1 on white; button text 4.5:1). */
export function brandVars(b: { primary: string; primaryText: string; accent: string }): BrandVars {
  const brand = ensureContrast(b.primary, '#ffffff', 4.5);
  return { '--brand': brand, '--brand-text': textOn(brand, b.primaryText), '--accent': ensureContrast(b.accent, '#ffffff', 3) };
}
