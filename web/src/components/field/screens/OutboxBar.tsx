/**
 * Always in sight: how many actions wait to be sent (« 2 actions en attente » / « Tout est envoyé »), « Envoyer
 * maintenant », and when what is shown comes from the phone, that there is no network and when it was last read.
 */
import type { OutboxApi, TodayStore } from '../contract';
import { tr } from '../../../lib/locale';
import { updatedText } from './words';

export function OutboxBar({ outbox, store }: { outbox: OutboxApi; store: TodayStore }) {
  const waiting = outbox.waiting.value;
  const sending = outbox.sending.value;
  const at = store.today.value?.at;
  return (
    <section class={`fa-bar${waiting ? ' fa-bar-waiting' : ''}`} aria-label={tr('field.outbox.label')} data-testid="field-outbox">
      <p class="fa-bar-count" role="status">
        {sending
          ? tr('field.outbox.sending')
          : waiting === 0
            ? tr('field.outbox.none')
            : waiting === 1
              ? tr('field.outbox.one')
              : tr('field.outbox.waiting', { n: waiting })}
      </p>
      {waiting > 0 && (
        <button type="button" class="fa-button fa-primary" disabled={sending} onClick={() => void outbox.flush()}>
          {tr('field.outbox.send')}
        </button>
      )}
      {store.offline.value && (
        <p class="fa-offline">
          {tr('field.outbox.offline')}
          {at && <span class="fa-updated">{updatedText(at)}</span>}
        </p>
      )}
    </section>
  );
}
