/**
 * « Guichet » in its own chunk: the counter embeds the citizen forms (report, permits) and the receipt's QR code,
 * which the other staff screens never need; fetched when the screen is opened.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { tr } from '../../../lib/locale';

type Props = { commune: PublicCommuneConfig; onSignedOut(): void };

export default function CounterScreenLoader(props: Props) {
  const [Screen, setScreen] = useState<ComponentType<Props>>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    import('./CounterScreen').then(
      (m) => setScreen(() => m.default),
      () => setFailed(true),
    );
  }, []);
  if (Screen) return <Screen {...props} />;
  return <p role="status">{tr(failed ? 'report.error.network' : 'common.loading')}</p>;
}
