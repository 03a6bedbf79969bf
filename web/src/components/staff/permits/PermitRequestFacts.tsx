/** What the requester asked, as staff see it: the request per kind, the place, the requester's contact, attachments and fee. */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { StaffPermit } from '@tandem/shared/permits/permit-api';
import type { EventDetails, OccupationDetails } from '@tandem/shared/permits/permit-details';
import { anchorOf } from '@tandem/shared/permits/permit-rules';
import { tr, formatDate, type MessageKey } from '../../../lib/locale';
import { deptName, formatFee, formatNumber, formatPeriod, permitKindLabel } from './permit-format';
import { languageName } from '../staff-text';
import PersonalDataErased from '../PersonalDataErased';

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function EventFacts({ d }: { d: Partial<EventDetails> }) {
  const needs = Array.isArray(d.needs) ? d.needs : [];
  return (
    <>
      {d.organiser && (
        <>
          <dt>{tr('permitStaff.field.organiser')}</dt>
          <dd data-testid="permit-organiser">
            {tr(`permit.organiser.${d.organiser.type}` as MessageKey)}
            {str(d.organiser.name) && <> — {d.organiser.name}</>}
          </dd>
        </>
      )}
      {typeof d.attendance === 'number' && (
        <>
          <dt>{tr('permitStaff.field.attendance')}</dt>
          <dd data-testid="permit-attendance">{tr('permitStaff.field.attendance.value', { n: formatNumber(d.attendance) })}</dd>
        </>
      )}
      <dt>{tr('permitStaff.field.needs')}</dt>
      <dd data-testid="permit-needs">
        {needs.length ? (
          <ul class="plain-list">
            {needs.map((n) => (
              <li key={n} data-need={n}>
                {tr(`permit.need.${n}` as MessageKey)}
              </li>
            ))}
          </ul>
        ) : (
          tr('permitStaff.field.needs.none')
        )}
      </dd>
    </>
  );
}

function OccupationFacts({ d }: { d: Partial<OccupationDetails> }) {
  return (
    <>
      {d.use && (
        <>
          <dt>{tr('permitStaff.field.use')}</dt>
          <dd data-testid="permit-use">{tr(`permit.use.${d.use}` as MessageKey)}</dd>
        </>
      )}
      {typeof d.lengthMetres === 'number' && (
        <>
          <dt>{tr('permitStaff.field.length')}</dt>
          <dd>{tr('permitStaff.field.length.value', { n: formatNumber(d.lengthMetres) })}</dd>
        </>
      )}
      <dt>{tr('permitStaff.field.contractor')}</dt>
      <dd>{str(d.contractor) || tr('permitStaff.field.none')}</dd>
    </>
  );
}

export default function PermitRequestFacts({ commune, permit }: { commune: PublicCommuneConfig; permit: StaffPermit }) {
  const d = permit.details;
  const [lng, lat] = anchorOf(permit.place.geometry);
  const description = str(d.description);
  const r = permit.requester;
  return (
    <>
      <section class="permit-section" aria-labelledby="permit-request-title" data-testid="permit-request">
        <h2 id="permit-request-title">{tr('permitStaff.request')}</h2>
        <dl class="facts">
          <dt>{tr('permitStaff.col.kind')}</dt>
          <dd data-testid="permit-kind" data-kind={permit.kind}>
            {permitKindLabel(permit.kind)}
          </dd>
          <dt>{tr('permitStaff.col.title')}</dt>
          <dd>{permit.title}</dd>
          <dt>{tr('permitStaff.col.period')}</dt>
          <dd data-testid="permit-period">{formatPeriod(permit.period)}</dd>
          <dt>{tr('permitStaff.col.place')}</dt>
          <dd data-testid="permit-place">
            {permit.place.label}
            <span class="hint">
              {tr(`permitStaff.geometry.${permit.place.geometry.type}` as MessageKey)} · {tr('staff.coordinates')} : {lat.toFixed(5)},{' '}
              {lng.toFixed(5)}{' '}
              <a
                href={`https://www.openstreetmap.org/?mlat=${lat.toFixed(6)}&mlon=${lng.toFixed(6)}#map=18/${lat.toFixed(6)}/${lng.toFixed(6)}`}
                target="_blank"
                rel="noopener noreferrer"
              >
                {tr('permitStaff.place.openMap')}
                <span class="visually-hidden"> {tr('permitStaff.newTab')}</span>
              </a>
            </span>
          </dd>
          {permit.kind === 'event' ? (
            <EventFacts d={d as Partial<EventDetails>} />
          ) : (
            <OccupationFacts d={d as Partial<OccupationDetails>} />
          )}
          <dt>{tr('permitStaff.field.description')}</dt>
          <dd class="pre-line">{description || tr('permitStaff.field.none')}</dd>
          <dt>{tr('permitStaff.field.handling')}</dt>
          <dd>{deptName(commune, permit.handlingDepartment)}</dd>
          {permit.submittedAt && (
            <>
              <dt>{tr('permitStaff.field.submitted')}</dt>
              <dd>
                <time dateTime={permit.submittedAt}>{formatDate(permit.submittedAt)}</time>
              </dd>
            </>
          )}
          <dt>{tr('permitStaff.field.fee')}</dt>
          <dd data-testid="permit-fee">{formatFee(permit.fee)}</dd>
          {permit.requested && (
            <>
              <dt>{tr('permitStaff.field.requested')}</dt>
              <dd class="pre-line">{permit.requested}</dd>
            </>
          )}
        </dl>
      </section>

      <section class="permit-section" aria-labelledby="permit-requester-title" data-testid="permit-requester">
        <h2 id="permit-requester-title">{tr('permitStaff.requester')}</h2>
        <p class="hint">{tr('permitStaff.requester.private')}</p>
        <PersonalDataErased erased={permit.personalDataErased} />
        <dl class="facts">
          <dt>{tr('permitStaff.requester.name')}</dt>
          <dd>{r.name || tr('permitStaff.field.none')}</dd>
          {r.organisation && (
            <>
              <dt>{tr('permitStaff.requester.organisation')}</dt>
              <dd data-testid="permit-requester-organisation">{r.organisation}</dd>
            </>
          )}
          <dt>{tr('permitStaff.requester.email')}</dt>
          <dd>{r.email ? <a href={`mailto:${r.email}`}>{r.email}</a> : tr('permitStaff.field.none')}</dd>
          <dt>{tr('permitStaff.requester.phone')}</dt>
          <dd>{r.phone ? <a href={`tel:${r.phone.replace(/[^+0-9]/g, '')}`}>{r.phone}</a> : tr('permitStaff.field.none')}</dd>
          <dt>{tr('permitStaff.requester.address')}</dt>
          <dd>{r.address || tr('permitStaff.field.none')}</dd>
          <dt>{tr('permitStaff.requester.language')}</dt>
          <dd>{languageName(permit.locale)}</dd>
        </dl>
      </section>

      <section class="permit-section" aria-labelledby="permit-attachments-title" data-testid="permit-attachments">
        <h2 id="permit-attachments-title">{tr('permitStaff.attachments')}</h2>
        {permit.attachments.length ? (
          <ul class="doc-links">
            {permit.attachments.map((a, i) => (
              <li key={`${a.name}-${i}`}>
                <a href={a.url} target="_blank" rel="noopener noreferrer" data-testid={`permit-attachment-${a.type}`}>
                  {tr(`permit.attachment.${a.type}` as MessageKey)} — {a.name}
                  <span class="visually-hidden"> {tr('permitStaff.newTab')}</span>
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p>{tr('permitStaff.attachments.none')}</p>
        )}
      </section>
    </>
  );
}
