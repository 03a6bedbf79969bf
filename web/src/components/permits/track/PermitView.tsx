/** A permit request on its tracking page: progress, facts, outcome, the requester's part and the public history (or the form, when completing it). */
import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { RequesterPermit, PermitTimelineEntry } from '@tandem/shared/permits/permit-api';
import { PERMIT_EDITABLE_STATES, permitMoves } from '@tandem/shared/permits/permit-states';
import { tr, type MessageKey } from '../../../lib/locale';
import Timeline from '../../Timeline';
import PermitProgress from '../PermitProgress';
import PermitEdit from './PermitEdit';
import PermitFacts from './PermitFacts';
import PermitOutcome from './PermitOutcome';
import RequestedBox from './RequestedBox';
import RequesterPart from './RequesterPart';
import { expectOpinions, isRequesterView, permitEntryTitle, type AnyPermit, type TrackNotice } from './tracked-permit';
import { useRequestFormModule } from './use-request-form-module';

interface Props {
  commune: PublicCommuneConfig;
  permit: AnyPermit;
  privateKey?: string;
  heading: RefObject<HTMLHeadingElement>;
  notice?: TrackNotice;
  onChanged(p: RequesterPermit, text: string): void;
  onReload(text: string): void;
}

export default function PermitView({ commune, permit: p, privateKey, heading, notice, onChanged, onReload }: Props) {
  const mine = privateKey && isRequesterView(p) ? p : undefined;
  const { form, formFailed, loadForm } = useRequestFormModule();
  const [editing, setEditing] = useState(false);
  const asked = Boolean(p.requested && (p.state === 'incomplete' || p.state === 'changes_requested'));
  const canEdit = Boolean(mine && PERMIT_EDITABLE_STATES.has(p.state));
  const canWithdraw = Boolean(mine && permitMoves(p.state, 'requester').includes('withdrawn'));

  const startEditing = () => {
    setEditing(true);
    loadForm();
  };

  if (editing && mine && privateKey) {
    return (
      <PermitEdit
        commune={commune}
        permit={mine}
        privateKey={privateKey}
        heading={heading}
        asked={asked}
        form={form}
        formFailed={formFailed}
        onDone={(next) => {
          setEditing(false);
          onChanged(next, tr(next.state === 'submitted' ? 'permit.track.resubmitted' : 'permit.track.saved'));
        }}
        onCancel={() => setEditing(false)}
      />
    );
  }

  return (
    <article data-testid="permit-tracking" data-state={p.state}>
      <h1 ref={heading} tabindex={-1}>
        {tr('permit.track.title')}{' '}
        <span class="done-code" data-testid="permit-code">
          {p.code}
        </span>
      </h1>
      <p class="lead">
        {tr(`permit.kind.${p.kind}` as MessageKey)} —{' '}
        <strong data-testid="permit-title">{p.use ? `${tr(`permit.use.${p.use}` as MessageKey)} — ${p.place.label}` : p.title}</strong>
      </p>
      {notice && (
        <p class={notice.ok ? 'notice ok' : 'notice warn'} role="status" data-testid="permit-notice">
          {notice.text}
        </p>
      )}
      <PermitProgress state={p.state} timeline={p.timeline} expectOpinions={expectOpinions(commune, p)} />
      {asked && <RequestedBox text={p.requested!} />}
      {asked && !mine && <p class="hint">{tr('permit.track.keyNeeded')}</p>}
      <PermitFacts commune={commune} permit={p} />
      <PermitOutcome permit={p} mine={Boolean(mine)} />
      {mine && privateKey ? (
        <RequesterPart
          commune={commune}
          permit={mine}
          privateKey={privateKey}
          canEdit={canEdit}
          canWithdraw={canWithdraw}
          onEdit={startEditing}
          onChanged={onChanged}
          onReload={onReload}
        />
      ) : (
        (PERMIT_EDITABLE_STATES.has(p.state) || permitMoves(p.state, 'requester').includes('withdrawn')) && (
          <p class="hint">{tr('permit.track.owner')}</p>
        )
      )}
      <h2>{tr('track.history')}</h2>
      <Timeline<PermitTimelineEntry>
        commune={commune}
        entries={p.timeline.filter((e) => e.public)}
        titleOf={(e) => permitEntryTitle(commune, e)}
      />
      <p>
        <a href={`/${commune.id}/demandes/`}>{tr('permit.track.another')}</a>
      </p>
    </article>
  );
}
