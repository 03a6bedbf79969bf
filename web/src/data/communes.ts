/**
 * Build-time data: the commune registrations (infra/communes/*.json), parsed with the shared schema.
 * Only the public part of each config ever reaches a page (no demo accounts).
 */
import { CommuneConfig, publicCommuneConfig, type PublicCommuneConfig } from '@tandem/shared/commune-config';

const files = import.meta.glob<{ default: unknown }>('../../../infra/communes/*.json', { eager: true });

export const COMMUNES: PublicCommuneConfig[] = Object.entries(files)
  .map(([path, mod]) => {
    const parsed = CommuneConfig.safeParse(mod.default);
    if (!parsed.success) throw new Error(`${path}: ${parsed.error.message}`);
    return publicCommuneConfig(parsed.data);
  })
  .sort((a, b) => a.name.localeCompare(b.name, 'fr'));

export function communePaths() {
  return COMMUNES.map((commune) => ({ params: { commune: commune.id }, props: { commune } }));
}
