/** The field app's web app manifest, one per commune (docs/field-app.md): French names, the commune's colours. */
import type { APIRoute } from 'astro';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { FIELD_ICON_SIZES, fieldAppPath } from '@tandem/shared/field/field-site';
import { fr } from '@tandem/shared/i18n/fr';
import { communePaths } from '../../../data/communes';
import { brandVars } from '../../../lib/contrast';

export const getStaticPaths = communePaths;

export const GET: APIRoute = ({ props }) => {
  const { commune } = props as { commune: PublicCommuneConfig };
  const base = fieldAppPath(commune.id);
  const brand = brandVars(commune.branding)['--brand'];
  const manifest = {
    id: base,
    name: fr['fieldShell.manifest.name'].replace('{commune}', commune.name),
    short_name: fr['fieldShell.manifest.shortName'],
    description: fr['fieldShell.manifest.description'],
    lang: 'fr',
    dir: 'ltr',
    start_url: base,
    scope: base,
    display: 'standalone',
    orientation: 'portrait',
    theme_color: brand,
    background_color: '#ffffff',
    icons: FIELD_ICON_SIZES.flatMap((size) => [
      { src: `${base}icon-${size}.png`, sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' },
      { src: `${base}icon-maskable-${size}.png`, sizes: `${size}x${size}`, type: 'image/png', purpose: 'maskable' },
    ]),
  };
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, { headers: { 'content-type': 'application/manifest+json' } });
};
