/** The requester completing or correcting their request (or continuing their draft) with the request form. */
import type { RefObject } from 'preact';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { RequesterPermit } from '@tandem/shared/permits/permit-api';
import { tr } from '../../../lib/locale';
import RequestedBox from './RequestedBox';
import type { FormModule } from './use-request-form-module';

interface Props {
  commune: PublicCommuneConfig;
  permit: RequesterPermit;
  privateKey: string;
  heading: RefObject<HTMLHeadingElement>;
  asked: boolean;
  form?: FormModule;
  formFailed: boolean;
  onDone(next: RequesterPermit): void;
  onCancel(): void;
}

export default function PermitEdit({ commune, permit: p, privateKey, heading, asked, form, formFailed, onDone, onCancel }: Props) {
  return (
    <article data-testid="permit-edit">
      <h1 ref={heading} tabindex={-1}>
        {tr(p.state === 'draft' ? 'permit.track.continue' : 'permit.track.complete')} <span class="done-code">{p.code}</span>
      </h1>
      {asked && <RequestedBox text={p.requested!} />}
      {formFailed ? (
        <p class="notice error" role="alert">
          {tr('report.error.network')}
        </p>
      ) : !form ? (
        <p role="status">{tr('common.loading')}</p>
      ) : (
        <form.default
          commune={commune}
          kind={p.kind}
          initial={form.draftFromPermit(p.kind, p.details, p.requester)}
          edit={{ permit: p, key: privateKey, onDone, onCancel }}
        />
      )}
    </article>
  );
}
