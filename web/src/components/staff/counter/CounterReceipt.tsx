/**
 * The one-page receipt of a request filed at the counter (docs/counter.md): the commune, the tracking code and its QR
 * code (to the public tracking page), what was filed, the date in Brussels, how to follow it. « Imprimer » prints
 * this page only (counter.css: print rules). No « Envoyer »: a citizen who gave an e-mail address gets the
 * confirmation mail, then the filing mail, which is the receipt by e-mail (docs/counter.md says why).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { CounterFiled } from '@tandem/shared/counter/counter-api';
import { tr, formatDate } from '../../../lib/locale';
import { encodedText } from '../../Timeline';
import { linkClick } from '../router';

export default function CounterReceipt({
  commune,
  filed,
  what,
  onAnother,
}: {
  commune: PublicCommuneConfig;
  filed: CounterFiled;
  what: string;
  onAnother(): void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [svg, setSvg] = useState('');
  useEffect(() => {
    heading.current?.focus();
    import('qrcode')
      .then((q) => q.toString(filed.trackingUrl, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }))
      .then(setSvg)
      .catch(() => setSvg(''));
  }, [filed.trackingUrl]);
  const staffHref = `/${commune.id}/agents/${filed.kind === 'report' ? 'signalements' : 'autorisations'}/${filed.code}/`;
  return (
    <section class="counter-receipt" aria-labelledby="receipt-title" data-testid="counter-receipt">
      <p class="receipt-commune">{tr('counter.receipt.commune', { name: commune.name })}</p>
      <h2 id="receipt-title" ref={heading} tabindex={-1}>
        {tr('counter.receipt.title')}
      </h2>
      <dl class="receipt-facts">
        <dt>{tr('counter.receipt.code')}</dt>
        <dd class="done-code" data-testid="receipt-code">
          {filed.code}
        </dd>
        <dt>{tr('counter.receipt.what')}</dt>
        <dd>
          {tr(filed.kind === 'report' ? 'counter.kind.report' : 'counter.kind.permit')} : {what}
        </dd>
        <dt>{tr('counter.receipt.date')}</dt>
        <dd data-testid="receipt-date">{formatDate(filed.createdAt)}</dd>
        <dd class="hint">{encodedText({ by: filed.encodedBy, channel: filed.channel })}</dd>
      </dl>
      <h3>{tr('counter.receipt.how')}</h3>
      <div class="receipt-follow">
        {svg && (
          <div
            class="qr"
            role="img"
            aria-label={tr('counter.receipt.qr', { code: filed.code })}
            data-testid="receipt-qr"
            dangerouslySetInnerHTML={{ __html: svg }}
          />
        )}
        <div>
          <p>{tr('counter.receipt.howText')}</p>
          <p class="receipt-url" data-testid="receipt-url">
            {filed.trackingUrl}
          </p>
          {filed.emailGiven && <p>{tr('counter.receipt.email')}</p>}
        </div>
      </div>
      <p class="button-row no-print">
        <button type="button" class="button" onClick={() => window.print()} data-testid="receipt-print">
          {tr('counter.receipt.print')}
        </button>
        <button type="button" class="button secondary" onClick={onAnother}>
          {tr('counter.receipt.another')}
        </button>
        <a class="button secondary" href={staffHref} onClick={linkClick}>
          {tr('counter.receipt.open')}
        </a>
      </p>
    </section>
  );
}
