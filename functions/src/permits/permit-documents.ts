/**
 * Issuing: renders the authorisation (and, when the permit restricts parking or traffic, the street
 * poster), stores them next to the request's files, and returns what the permit item records.
 */
import {
  bucketKeys,
  posterVariant,
  permitLabelsFr,
  requesterWithOrganisation,
  type CommuneConfig,
  type EventDetails,
  type OccupationDetails,
  type PermitDecisionRecord,
  type PermitDocument,
  type PermitItem,
} from '@tandem/shared';
import { env } from '../lib/aws.js';
import { putStored } from '../lib/stored-files.js';
import { documentFileName, renderAuthorisationPdf, renderPosterPdf, type PermitDocumentInput } from './documents/index.js';

/** The permit's words in French (the authorisation's language). */
const fr = (key: keyof typeof permitLabelsFr) => permitLabelsFr[key];
const thousands = (n: number) => new Intl.NumberFormat('fr-BE').format(n);

/** The lines under the title: what was asked, in French (the authorisation's language). */
export function summaryLines(p: Pick<PermitItem, 'kind' | 'details'>): string[] {
  if (p.kind === 'event') {
    const d = p.details as EventDetails;
    return [
      `Public attendu : ${thousands(d.attendance)} personne${d.attendance > 1 ? 's' : ''}`,
      ...(d.needs.length ? [`Besoins : ${d.needs.map((n) => fr(`permit.need.${n}`).toLowerCase()).join(', ')}`] : []),
    ];
  }
  const d = p.details as OccupationDetails;
  return [
    `Occupation : ${fr(`permit.use.${d.use}`)}`,
    `Longueur occupée : ${thousands(d.lengthMetres)} m`,
    ...(d.contractor ? [`Entreprise : ${d.contractor}`] : []),
    ...(d.description ? [d.description] : []),
  ];
}

export function documentInput(
  p: PermitItem,
  reference: string,
  decision: PermitDecisionRecord,
  config: CommuneConfig,
  issuedAt: string,
): PermitDocumentInput {
  // The association or company the person asked for holds the authorisation; the person is its contact.
  const organisation = requesterWithOrganisation(p.kind, p.details as Partial<EventDetails>, p.requester).organisation;
  return {
    commune: {
      id: config.id,
      name: config.name,
      email: config.email,
      ...(config.website ? { website: config.website } : {}),
      branding: config.branding,
    },
    permit: {
      code: p.code,
      reference,
      kind: p.kind,
      title: p.kind === 'event' ? (p.details as EventDetails).title : fr(`permit.use.${(p.details as OccupationDetails).use}`),
      holder: { name: p.requester.name, ...(organisation ? { organisation } : {}) },
      ...(p.kind === 'occupation' && (p.details as OccupationDetails).contractor
        ? { company: (p.details as OccupationDetails).contractor }
        : {}),
      period: p.details.period,
      place: p.details.place,
      summary: summaryLines(p),
      conditions: decision.conditions,
      fee: p.fee,
      decision: {
        outcome: decision.outcome as 'approved' | 'approved_with_conditions',
        at: decision.at,
        ...(decision.college ? { college: decision.college } : {}),
      },
      issuedAt,
    },
    trackingUrl: `${env().publicBaseUrl}/${config.id}/demandes/suivi/${p.code}/`,
    ...(posterVariant(p.kind, p.details) ? { posterVariant: posterVariant(p.kind, p.details) } : {}),
  };
}

export async function issueDocuments(
  p: PermitItem,
  reference: string,
  decision: PermitDecisionRecord,
  config: CommuneConfig,
  issuedAt: string,
): Promise<PermitDocument[]> {
  const input = documentInput(p, reference, decision, config, issuedAt);
  const docs: PermitDocument[] = [];
  const store = async (type: PermitDocument['type'], bytes: Uint8Array) => {
    const name = documentFileName(type, reference);
    const key = bucketKeys.permitDocument(p.commune, p.code, name);
    await putStored(key, bytes, 'application/pdf', name);
    docs.push({ type, key, name });
  };
  await store('authorisation', await renderAuthorisationPdf(input));
  if (input.posterVariant) await store('poster', await renderPosterPdf({ ...input, posterVariant: input.posterVariant }));
  return docs;
}
