/**
 * A key just issued, shown this once: in a read-only field (selectable by hand), with a copy button, and a clear
 * « vous ne la reverrez plus ». Focus comes to its heading; the copy's outcome is announced.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { IssuedOpen311Key } from '@tandem/shared/schemas/open311-keys';
import { tr } from '../../../lib/locale';

export default function IssuedKey({ issued, onHide }: { issued: IssuedOpen311Key; onHide(): void }) {
  const [copied, setCopied] = useState<'' | 'ok' | 'failed'>('');
  const heading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => heading.current?.focus(), [issued.id]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(issued.key);
      setCopied('ok');
    } catch {
      field.current?.select();
      setCopied('failed');
    }
  };

  return (
    <section class="issued-key" aria-labelledby="issued-key-title" data-testid="issued-key">
      <h2 id="issued-key-title" tabindex={-1} ref={heading}>
        {tr('staffAdmin.keys.issued.title', { application: issued.application })}
      </h2>
      <p>
        <strong>{tr('staffAdmin.keys.issued.warning')}</strong>
      </p>
      <div class="field">
        <label for="issued-key-value">{tr('staffAdmin.keys.issued.label')}</label>
        <input
          id="issued-key-value"
          type="text"
          readOnly
          value={issued.key}
          ref={field}
          onFocus={(e) => e.currentTarget.select()}
          data-testid="issued-key-value"
        />
      </div>
      <div class="button-row">
        <button type="button" class="button" onClick={() => void copy()} data-testid="issued-key-copy">
          {tr('staffAdmin.keys.copy')}
        </button>
        <button type="button" class="button secondary" onClick={onHide} data-testid="issued-key-hide">
          {tr('staffAdmin.keys.hide')}
        </button>
      </div>
      <p role="status" aria-live="polite" data-testid="issued-key-copied">
        {copied === 'ok' ? tr('staffAdmin.keys.copied') : copied === 'failed' ? tr('staffAdmin.keys.copyFailed') : ''}
      </p>
    </section>
  );
}
