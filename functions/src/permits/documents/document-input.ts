/** What the permit documents are made from: plain data, so rendering is a pure function of it. */
import type { PermitGeometry } from '@tandem/shared/permits/permit-details';

export type PosterVariant = 'parking_ban' | 'works' | 'event';

export interface PermitDocumentInput {
  commune: {
    id: string;
    name: string;
    email: string;
    website?: string;
    branding: { primary: string; primaryText: string; accent: string; logoText?: string };
  };
  permit: {
    /** Tracking code, e.g. ABCD-1234. */
    code: string;
    /** e.g. EV-2026-0007. */
    reference: string;
    kind: 'event' | 'occupation';
    /** The event's name, or the occupation's use in French ("Conteneur", "Échafaudage"…). */
    title: string;
    /**
     * On the authorisation only, never on the poster: the person (personal data) and the association or
     * company they asked for, which then holds the authorisation (the person being its contact).
     */
    holder: { name: string; organisation?: string };
    /** The company doing the works or the move (occupations): a business, printed on the poster. */
    company?: string;
    /** ISO dates, HH:MM hours. */
    period: { start: string; end: string; startTime?: string; endTime?: string };
    place: { label: string; geometry: PermitGeometry };
    /** Lines such as "Public attendu : 1 200 personnes". */
    summary: string[];
    conditions: string[];
    /** Euro cents. */
    fee: number;
    decision: { outcome: 'approved' | 'approved_with_conditions'; at: string; college?: { date: string; reference: string } };
    /** ISO date (or timestamp). */
    issuedAt: string;
  };
  /** The public tracking page, encoded in the QR codes. */
  trackingUrl: string;
  posterVariant?: PosterVariant;
}

export type PermitDocumentType = 'authorisation' | 'poster';

/** "autorisation-EV-2026-0007.pdf", "affiche-EV-2026-0007.pdf". */
export function documentFileName(type: PermitDocumentType, reference: string): string {
  const safe =
    reference
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'document';
  return `${type === 'poster' ? 'affiche' : 'autorisation'}-${safe}.pdf`;
}
