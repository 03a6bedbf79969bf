/** Sample permit requests in Soignies (dates relative to today in Brussels, so they always meet the lead times). */
import { addDays } from '@tandem/shared';
import { clock } from '../../functions/src/lib/clock.js';
import { api } from './api-client.js';

/** Today in Brussels by the handlers' clock (which a test may set). */
export const today = () => clock.today();

/** The smallest thing that starts like a PDF. */
export function tinyPdf(size = 1024): Buffer {
  const b = Buffer.alloc(size, 0x20);
  b.write('%PDF-1.4\n', 0, 'latin1');
  b.write('%%EOF\n', size - 6, 'latin1');
  return b;
}

/** Uploads a document the way the browser does and answers its upload key. */
export async function uploadDocument(bytes: Buffer, contentType = 'application/pdf', commune = 'soignies'): Promise<string> {
  const t = await api('POST', `/api/${commune}/uploads`, { body: { purpose: 'document', contentType, size: bytes.length } });
  if (t.status !== 201) throw new Error(`upload ticket: ${t.status} ${JSON.stringify(t.body)}`);
  const form = new FormData();
  for (const [k, v] of Object.entries(t.body.fields as Record<string, string>)) form.append(k, v);
  form.append('file', new Blob([new Uint8Array(bytes)], { type: contentType }), 'document');
  const res = await fetch(t.body.url, { method: 'POST', body: form });
  if (res.status >= 300) throw new Error(`upload: ${res.status}`);
  return t.body.key;
}

export const requester = (over: Record<string, unknown> = {}) => ({
  name: 'Marie Dupont',
  email: `marie-${crypto.randomUUID()}@example.org`,
  phone: '+32 470 12 34 56',
  ...over,
});

export function occupationDetails(over: Record<string, unknown> = {}) {
  const start = addDays(today(), 21);
  return {
    use: 'container',
    description: 'Vidange de grenier',
    lengthMetres: 6,
    contractor: 'Conteneurs Hainaut',
    period: { start, end: addDays(start, 2) },
    place: { label: 'Rue de la Station 12, Soignies', geometry: { type: 'Point', coordinates: [4.0714, 50.5794] } },
    attachments: [],
    ...over,
  };
}

export function eventDetails(insuranceKey: string, over: Record<string, unknown> = {}) {
  const start = addDays(today(), 45);
  return {
    title: 'Fête de la rue Neuve',
    description: 'Brocante et concert en plein air',
    organiser: { type: 'association', name: 'Comité de la rue Neuve' },
    period: { start, end: start, startTime: '10:00', endTime: '22:00' },
    place: {
      label: 'Rue Neuve, Soignies',
      geometry: {
        type: 'LineString',
        coordinates: [
          [4.07, 50.579],
          [4.073, 50.58],
        ],
      },
    },
    attendance: 400,
    needs: ['road_closure', 'stage', 'alcohol_sale'],
    attachments: [{ type: 'insurance', key: insuranceKey, name: 'assurance.pdf' }],
    ...over,
  };
}
