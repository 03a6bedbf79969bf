/** The conditions of the authorisation and the documents to download (the authorisation only for the requester). */
import { tr, type MessageKey } from '../../../lib/locale';
import type { AnyPermit } from './tracked-permit';

export default function PermitOutcome({ permit: p, mine }: { permit: AnyPermit; mine: boolean }) {
  const documents = p.documents.filter((d) => d.type === 'poster' || mine);
  return (
    <>
      {p.conditions && p.conditions.length > 0 && (
        <section aria-labelledby="permit-conditions-title">
          <h2 id="permit-conditions-title">{tr('permit.track.conditions')}</h2>
          <ol data-testid="permit-conditions">
            {p.conditions.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ol>
        </section>
      )}
      {documents.length > 0 && (
        <section aria-labelledby="permit-documents-title">
          <h2 id="permit-documents-title">{tr('permit.track.documents')}</h2>
          <ul data-testid="permit-documents">
            {documents.map((d) => (
              <li key={d.type}>
                <a href={d.url} data-testid={`permit-document-${d.type}`}>
                  {tr(`permit.document.${d.type}` as MessageKey)}
                </a>{' '}
                <span class="hint-inline">({d.name})</span>
              </li>
            ))}
          </ul>
          {!mine && <p class="hint">{tr('permit.track.authorisationPrivate')}</p>}
        </section>
      )}
    </>
  );
}
