/** Demo permit requests seeded by `npm start`, in several states, on real streets of the two communes. */
import type { PermitKind, PermitState } from '@tandem/shared';

export interface DemoPermit {
  kind: PermitKind;
  /** Days after the earliest possible start. */
  startOffsetDays: number;
  lengthDays: number;
  details: Record<string, unknown>;
  requester: { name: string; email: string; phone?: string };
  /** Staff moves, in order, after submission. */
  steps: { to: PermitState; message?: string; conditions?: string[] }[];
  /** Opinions given by reviewing departments (after the "opinions" step). */
  opinions?: { department: string; verdict: 'favourable' | 'unfavourable' | 'conditional'; text?: string }[];
  insurance?: boolean;
}

const point = (lng: number, lat: number) => ({ type: 'Point', coordinates: [lng, lat] });

export const DEMO_PERMITS: Record<string, DemoPermit[]> = {
  soignies: [
    {
      kind: 'occupation',
      startOffsetDays: 2,
      lengthDays: 2,
      details: {
        use: 'container',
        lengthMetres: 6,
        contractor: 'Conteneurs du Hainaut',
        description: 'Vidange d’une maison',
        place: { label: 'Rue de la Station 24, 7060 Soignies', geometry: point(4.0667, 50.5768) },
      },
      requester: { name: 'Luc Martin', email: 'luc.martin@example.org', phone: '0470 11 22 33' },
      steps: [],
    },
    {
      kind: 'occupation',
      startOffsetDays: 1,
      lengthDays: 1,
      details: {
        use: 'removal_van',
        lengthMetres: 12,
        place: {
          label: 'Rue Neuve 8, 7060 Soignies',
          geometry: {
            type: 'LineString',
            coordinates: [
              [4.0712, 50.5801],
              [4.0716, 50.5802],
            ],
          },
        },
      },
      requester: { name: 'Sophie Leroy', email: 'sophie.leroy@example.org' },
      steps: [{ to: 'under_review' }, { to: 'approved' }, { to: 'issued' }],
    },
    {
      kind: 'event',
      startOffsetDays: 10,
      lengthDays: 3,
      insurance: true,
      details: {
        title: 'Marché de Noël de la Grand-Place',
        description: 'Chalets, vin chaud et concert de chorales.',
        organiser: { type: 'association', name: 'Soignies Commerces ASBL' },
        attendance: 800,
        needs: ['road_closure', 'electricity', 'alcohol_sale', 'tents'],
        place: {
          label: 'Grand-Place, 7060 Soignies',
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [4.0705, 50.579],
                [4.0728, 50.579],
                [4.0728, 50.58],
                [4.0705, 50.58],
                [4.0705, 50.579],
              ],
            ],
          },
        },
      },
      requester: { name: 'Anne Dubois', email: 'anne.dubois@example.org', phone: '067 33 44 55' },
      steps: [{ to: 'under_review' }, { to: 'opinions' }],
      opinions: [
        { department: 'secours', verdict: 'conditional', text: 'Extincteurs dans chaque chalet ; accès pompiers de 4 m laissé libre.' },
      ],
    },
  ],
  'braine-le-comte': [
    {
      kind: 'occupation',
      startOffsetDays: 3,
      lengthDays: 20,
      details: {
        use: 'scaffolding',
        lengthMetres: 9,
        contractor: 'Façades Braine SRL',
        description: 'Rénovation de façade',
        place: { label: 'Grand-Place 15, 7090 Braine-le-Comte', geometry: point(4.1372, 50.6087) },
      },
      requester: { name: 'Pierre Lambert', email: 'pierre.lambert@example.org' },
      steps: [{ to: 'under_review' }],
    },
    {
      kind: 'event',
      startOffsetDays: 5,
      lengthDays: 1,
      insurance: true,
      details: {
        title: 'Brocante de la rue de Mons',
        organiser: { type: 'association', name: 'Comité de quartier Mons-Station' },
        attendance: 300,
        needs: ['road_closure'],
        place: {
          label: 'Rue de Mons, 7090 Braine-le-Comte',
          geometry: {
            type: 'LineString',
            coordinates: [
              [4.135, 50.606],
              [4.1365, 50.6075],
              [4.138, 50.6085],
            ],
          },
        },
      },
      requester: { name: 'Julie Renard', email: 'julie.renard@example.org' },
      steps: [],
    },
  ],
};

/** A tiny but valid one-page PDF (an "attestation d'assurance" stand-in), with a correct cross-reference table. */
export function demoPdf(text: string): Buffer {
  const content = `BT /F1 14 Tf 72 760 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
