/** After a successful report: tracking code, link and a QR code (qrcode is loaded only now). */
import { useEffect, useRef, useState } from 'preact/hooks';
import { tr } from '../../lib/locale';

export default function ReportDone({ code, url, onAnother }: { code: string; url: string; onAnother(): void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [svg, setSvg] = useState('');
  const absolute = new URL(url, location.origin).href;
  useEffect(() => {
    heading.current?.focus();
    import('qrcode')
      .then((q) => q.toString(absolute, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }))
      .then(setSvg)
      .catch(() => setSvg(''));
  }, [absolute]);
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
      <p>
        <a class="button" href={url}>
          {tr('report.done.follow')}
        </a>
      </p>
      {svg && (
        <figure>
          <div class="qr" role="img" aria-label={tr('report.done.qr')} dangerouslySetInnerHTML={{ __html: svg }} />
          <figcaption class="hint">{tr('report.done.qr.help')}</figcaption>
        </figure>
      )}
      <button type="button" class="button secondary" onClick={onAnother}>
        {tr('report.done.another')}
      </button>
    </section>
  );
}
