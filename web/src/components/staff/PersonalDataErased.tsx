/** The staff's note that a request's personal data is gone: when, and whether the person asked for it. */
import type { PersonalDataErasedView } from '@tandem/shared/privacy/privacy-api';
import { formatDate, tr } from '../../lib/locale';
import '../../lib/messages/privacy';

export default function PersonalDataErased({ erased }: { erased?: PersonalDataErasedView }) {
  if (!erased) return null;
  return (
    <p class="notice" data-testid="personal-data-erased" data-on-request={String(erased.onRequest)}>
      {tr(erased.onRequest ? 'privacy.erased.request' : 'privacy.erased.retention', { date: formatDate(erased.at) })}
    </p>
  );
}
