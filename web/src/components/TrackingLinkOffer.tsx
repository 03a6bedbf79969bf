/**
 * How to keep a tracking page after filing: on a computer, a QR code to open it on a phone; on a phone (small
 * or touch screen), scanning makes no sense, so the link to share or copy and the home-screen hint instead.
 * The choice is CSS (.on-desktop / .on-phone, same query as PHONE_QUERY); qrcode loads only off phones.
 */
import { useEffect, useState } from 'preact/hooks';
import { tr } from '../lib/locale';

/** Keep in step with the @media rule of .on-phone / .on-desktop in styles/global.css. */
export const PHONE_QUERY = '(pointer: coarse), (max-width: 40em)';

interface Props {
  /** Absolute URL of the page to keep. */
  url: string;
  qrLabel: string;
  qrHelp: string;
  /** Page title for the share sheet. */
  title: string;
}

export default function TrackingLinkOffer({ url, qrLabel, qrHelp, title }: Props) {
  const [svg, setSvg] = useState('');
  const [status, setStatus] = useState('');
  const [canShare, setCanShare] = useState(false);
  useEffect(() => {
    setCanShare(typeof navigator.share === 'function');
    const phone = matchMedia(PHONE_QUERY);
    let loaded = false;
    // The QR code only where it is shown: off phones, or once a window grows out of the phone query.
    const load = () => {
      if (phone.matches || loaded) return;
      loaded = true;
      import('qrcode')
        .then((q) => q.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }))
        .then(setSvg)
        .catch(() => setSvg(''));
    };
    load();
    phone.addEventListener('change', load);
    return () => phone.removeEventListener('change', load);
  }, [url]);

  const share = () => void navigator.share({ title, url }).catch(() => undefined);
  const copy = () =>
    void navigator.clipboard
      .writeText(url)
      .then(() => setStatus(tr('done.copied')))
      .catch(() => setStatus(tr('done.copyFailed')));

  return (
    <>
      {svg && (
        <figure class="on-desktop" data-testid="done-qr">
          <div class="qr" role="img" aria-label={qrLabel} dangerouslySetInnerHTML={{ __html: svg }} />
          <figcaption class="hint">{qrHelp}</figcaption>
        </figure>
      )}
      <div class="on-phone" data-testid="done-phone">
        <p>{tr('done.phone')}</p>
        <p class="button-row">
          {canShare && (
            <button type="button" class="button secondary" onClick={share}>
              {tr('done.share')}
            </button>
          )}
          <button type="button" class="button secondary" onClick={copy}>
            {tr('done.copy')}
          </button>
        </p>
        <p class="status" role="status" aria-live="polite">
          {status}
        </p>
      </div>
    </>
  );
}
