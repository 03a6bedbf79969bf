/** The `client:interaction` directive (src/directives/interaction.ts): an island hydrated on the first use of it. */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function interactionDirective(): AstroIntegration {
  return {
    name: 'tandem-client-interaction',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) =>
        addClientDirective({
          name: 'interaction',
          entrypoint: fileURLToPath(new URL('../src/directives/interaction.ts', import.meta.url)),
        }),
    },
  };
}
