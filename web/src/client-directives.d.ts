/** The site's own client directives (integrations/), for the pages' type checks. */
import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrates on the first use of the island, or at once on a page not in French (src/directives/interaction.ts). */
    'client:interaction'?: boolean;
  }
}
