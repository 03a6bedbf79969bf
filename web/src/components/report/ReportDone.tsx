/** After a successful report: tracking code, link and a way to keep it (QR code on a computer, share/copy on a phone). */
import { useEffect, useRef } from 'preact/hooks';
import { tr } from '../../lib/locale';
import TrackingLinkOffer from '../TrackingLinkOffer';

export default function ReportDone({
  code,
  url,
  emailGiven,
  onAnother,
}: {
  code: string;
  url: string;
  emailGiven: boolean;
  onAnother(): void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const absolute = new URL(url, location.origin).href;
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section class="notice ok" aria-labelledby="done-title" data-testid="report-done">
      <h2 id="done-title" ref={heading} tabindex={-1}>
        {tr('report.done.title')}
      </h2>
      <p id="done-code-label">{tr('report.done.code')}</p>
      <p class="done-code" data-testid="tracking-code" aria-describedby="done-code-label">
        {code}
      </p>
      <p>{tr('report.done.keep')}</p>
      {emailGiven ? <p data-testid="confirm-email-notice">{tr('mailConfirm.pending')}</p> : null}
      <p>
        <a class="button" href={url}>
          {tr('report.done.follow')}
        </a>
      </p>
      <TrackingLinkOffer url={absolute} qrLabel={tr('report.done.qr')} qrHelp={tr('report.done.qr.help')} title={code} />
      <button type="button" class="button secondary" onClick={onAnother}>
        {tr('report.done.another')}
      </button>
    </section>
  );
}
