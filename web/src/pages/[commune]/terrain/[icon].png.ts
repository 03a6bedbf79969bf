/** The field app's icons per commune, drawn at build time in its colours (app-icon.ts): icon-192/512, icon-maskable-192/512. */
import type { APIRoute } from 'astro';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { FIELD_ICON_SIZES } from '@tandem/shared/field/field-site';
import { appIconPng } from '../../../components/field/shell/app-icon';
import { communePaths } from '../../../data/communes';
import { brandVars } from '../../../lib/contrast';

export function getStaticPaths() {
  return communePaths().flatMap(({ params, props }) =>
    FIELD_ICON_SIZES.flatMap((size) =>
      [false, true].map((maskable) => ({
        params: { ...params, icon: `icon-${maskable ? 'maskable-' : ''}${size}` },
        props: { ...props, size, maskable },
      })),
    ),
  );
}

export const GET: APIRoute = ({ props }) => {
  const { commune, size, maskable } = props as { commune: PublicCommuneConfig; size: number; maskable: boolean };
  const vars = brandVars(commune.branding);
  const png = appIconPng(size, { background: vars['--brand'], foreground: vars['--brand-text'] }, maskable);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'content-type': 'image/png' } });
};
