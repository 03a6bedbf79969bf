/**
 * After a request is filed: its tracking code, the private link (the key rides in the URL fragment, which
 * never reaches the server's logs) and a way to keep the public tracking page: its QR code on a computer, share/copy
 * and the home-screen hint on a phone.
 */
import { useEffect, useRef } from 'preact/hooks';
import { tr } from '../../lib/locale';
import TrackingLinkOffer from '../TrackingLinkOffer';
import { privateLink, publicLink } from './permit-storage';

export default function PermitDone({ commune, code, privateKey }: { commune: string; code: string; privateKey: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const mine = privateLink(commune, code, privateKey);
  const absoluteMine = new URL(mine, location.origin).href;
  const absolutePublic = new URL(publicLink(commune, code), location.origin).href;
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section class="notice ok" aria-labelledby="permit-done-title" data-testid="permit-done">
      <h2 id="permit-done-title" ref={heading} tabindex={-1}>
        {tr('permit.done.title')}
      </h2>
      <p>{tr('permit.done.next')}</p>
      <p data-testid="confirm-email-notice">{tr('mailConfirm.pending')}</p>
      <p id="permit-code-label">{tr('permit.done.code')}</p>
      <p class="done-code" data-testid="permit-code" aria-describedby="permit-code-label">
        {code}
      </p>
      <h3>{tr('permit.done.linkTitle')}</h3>
      <p>{tr('permit.done.keep')}</p>
      <p class="private-link">
        <a href={mine} data-testid="permit-private-link">
          {absoluteMine}
        </a>
      </p>
      <p>
        <a class="button" href={mine}>
          {tr('permit.done.follow')}
        </a>
      </p>
      <TrackingLinkOffer url={absolutePublic} qrLabel={tr('permit.done.qr')} qrHelp={tr('permit.done.qr.help')} title={code} />
    </section>
  );
}
