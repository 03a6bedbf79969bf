/** Documents joined to a request (insurance certificate, site plan, other): PDF, JPEG or PNG, uploaded at once. */
import { useState } from 'preact/hooks';
import { DOCUMENT_MAX_BYTES, DOCUMENT_TYPES } from '@tandem/shared/uploads';
import type { Attachment, AttachmentType, PermitKind } from '@tandem/shared/permits/permit-details';
import { tr, type MessageKey } from '../../lib/locale';
import { uploadDocument } from '../../lib/upload';
import { FieldError, describedBy, type FieldErrors } from '../report/form-errors';

interface Props {
  commune: string;
  /** Each kind explains the documents in its own words (an event's organiser, an occupation's site). */
  kind: PermitKind;
  attachments: Attachment[];
  required: readonly AttachmentType[];
  errors: FieldErrors;
  onChange(update: (list: Attachment[]) => Attachment[]): void;
  /** Uploads under way (the form waits for them before moving on). */
  onBusy(delta: number): void;
}

const MAX_ATTACHMENTS = 10;
const TYPES: readonly AttachmentType[] = ['insurance', 'plan', 'other'];

export default function DocumentsField({ commune, kind, attachments, required, errors, onChange, onBusy }: Props) {
  const [status, setStatus] = useState<Partial<Record<AttachmentType, string>>>({});
  const room = MAX_ATTACHMENTS - attachments.length;

  const add = async (type: AttachmentType, input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const say = (m: string) => setStatus((s) => ({ ...s, [type]: m }));
    if (!(DOCUMENT_TYPES as readonly string[]).includes(file.type)) return say(tr('permit.docs.badType'));
    if (file.size > DOCUMENT_MAX_BYTES) return say(tr('permit.docs.tooBig', { max: Math.round(DOCUMENT_MAX_BYTES / 1024 / 1024) }));
    if (room <= 0) return say(tr('permit.docs.full', { max: MAX_ATTACHMENTS }));
    say(tr('permit.docs.uploading', { name: file.name }));
    onBusy(1);
    try {
      const key = await uploadDocument(commune, file);
      const name = file.name.trim().slice(0, 120) || tr(`permit.attachment.${type}` as MessageKey);
      onChange((list) => [...list, { type, key, name }]);
      say(tr('permit.docs.added', { name }));
    } catch {
      say(tr('permit.docs.failed', { name: file.name }));
    } finally {
      onBusy(-1);
    }
  };

  const remove = (a: Attachment) => {
    onChange((list) => list.filter((x) => x.key !== a.key));
    setStatus((s) => ({ ...s, [a.type]: tr('permit.docs.removed', { name: a.name }) }));
    requestAnimationFrame(() => document.getElementById(`pf-doc-${a.type}`)?.focus());
  };

  return (
    <>
      <p class="hint">{tr('permit.docs.help', { max: Math.round(DOCUMENT_MAX_BYTES / 1024 / 1024) })}</p>
      {TYPES.map((type) => {
        const id = `pf-doc-${type}`;
        const mine = attachments.filter((a) => a.type === type);
        const isRequired = required.includes(type);
        return (
          <div class="field doc-field" key={type} data-testid={`permit-doc-${type}`}>
            <label for={id}>
              {tr(`permit.attachment.${type}` as MessageKey)}{' '}
              <span class={isRequired ? 'req' : 'hint-inline'}>({tr(isRequired ? 'report.required' : 'report.optional')})</span>
            </label>
            <span class="hint" id={`${id}-hint`}>
              {tr(`permit.docs.${kind}.${type}.help` as MessageKey)}
            </span>
            <FieldError id={id} errors={errors} />
            <input
              id={id}
              class="file-input"
              type="file"
              accept={DOCUMENT_TYPES.join(',')}
              aria-invalid={errors[id] ? 'true' : undefined}
              aria-describedby={describedBy(id, errors, `${id}-hint`)}
              onChange={(e) => void add(type, e.currentTarget)}
            />
            <p class="status" role="status" aria-live="polite">
              {status[type] ?? ''}
            </p>
            {mine.length > 0 && (
              <ul class="doc-list" aria-label={tr('permit.docs.listOf', { type: tr(`permit.attachment.${type}` as MessageKey) })}>
                {mine.map((a) => (
                  <li key={a.key} data-testid="permit-doc-item">
                    <span class="doc-name">{a.name}</span>
                    <button type="button" class="button danger small" onClick={() => remove(a)}>
                      {tr('permit.docs.remove')}
                      <span class="visually-hidden"> {a.name}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </>
  );
}
