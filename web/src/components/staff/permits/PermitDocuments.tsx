/** The documents the commune generated when it issued the permit (authorisation PDF, poster), as links. */
import type { StaffPermit } from '@tandem/shared/permits/permit-api';
import { tr, type MessageKey } from '../../../lib/locale';

export default function PermitDocuments({ permit }: { permit: StaffPermit }) {
  return (
    <section
      class="permit-section"
      aria-labelledby="permit-documents-title"
      data-testid="permit-documents"
      data-count={permit.documents.length}
    >
      <h2 id="permit-documents-title">{tr('permitStaff.documents')}</h2>
      {permit.documents.length ? (
        <ul class="doc-links">
          {permit.documents.map((doc) => (
            <li key={doc.type + doc.name}>
              <a href={doc.url} target="_blank" rel="noopener noreferrer" data-testid={`permit-document-${doc.type}`}>
                {tr(`permitStaff.document.${doc.type}` as MessageKey)} — {doc.name}
                <span class="visually-hidden"> {tr('permitStaff.newTab')}</span>
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p>{tr('permitStaff.documents.none')}</p>
      )}
    </section>
  );
}
