/** What the commune asked the requester to complete or correct. */
import { tr } from '../../../lib/locale';

export default function RequestedBox({ text }: { text: string }) {
  return (
    <section class="requested-box" aria-labelledby="permit-requested-title" data-testid="permit-requested">
      <h2 id="permit-requested-title">{tr('permit.track.requested')}</h2>
      <p style="white-space: pre-line">{text}</p>
    </section>
  );
}
