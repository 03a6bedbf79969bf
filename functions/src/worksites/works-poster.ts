/**
 * GET /api/{c}/works/{id}/poster.pdf: the published site's A4 poster, drawn on request (a pure function of the
 * site's public fields, about 25 KB), with a QR code to its page. A function of its own: pdf-lib and the fonts weigh.
 */
import { WorkIdSchema } from '@tandem/shared/schemas/work';
import { worksPagePath } from '@tandem/shared';
import { apiHandler, notFound, pathParam } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { env } from '../lib/aws.js';
import { clock } from '../lib/clock.js';
import { worksPeriod } from './works-map-item.js';
import { renderWorksPosterPdf } from './works-poster-pdf.js';
import { getProject, isPublished } from './works-store.js';

export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const commune = reg.config.id;
  const id = pathParam(event, 'id');
  const p = WorkIdSchema.safeParse(id).success ? await getProject(commune, id) : undefined;
  if (!isPublished(p)) throw notFound('no published works site has this id');
  const today = clock.today();
  const current = p.publication.phases.find((ph) => ph.start <= today && today <= ph.end);
  const pdf = await renderWorksPosterPdf({
    commune: { name: reg.config.name, branding: reg.config.branding },
    site: {
      id: p.id,
      title: p.title,
      period: worksPeriod(p),
      ...(p.place?.label ? { place: p.place.label } : {}),
      who: p.publication.who,
      ...(current ? { currentPhase: current.title } : {}),
      publishedAt: p.publication.publishedAt,
    },
    pageUrl: `${env().publicBaseUrl}${worksPagePath(commune, p.id)}`,
  });
  return {
    statusCode: 200,
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="affiche-chantier-${p.id}.pdf"`,
      'cache-control': 'public, max-age=300',
    },
    body: Buffer.from(pdf).toString('base64'),
    isBase64Encoded: true,
  };
});
