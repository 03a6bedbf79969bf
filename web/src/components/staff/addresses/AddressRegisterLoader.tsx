/**
 * « Registre des adresses » in its own chunk: the CSV reader and the screen's messages are for admins importing a
 * register now and then, not for every staff screen; fetched when the screen is opened.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { tr } from '../../../lib/locale';

type Props = { commune: PublicCommuneConfig; onSignedOut(): void };

export default function AddressRegisterLoader(props: Props) {
  const [Screen, setScreen] = useState<ComponentType<Props>>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    import('./AddressRegisterScreen').then(
      (m) => setScreen(() => m.default),
      () => setFailed(true),
    );
  }, []);
  if (Screen) return <Screen {...props} />;
  return <p role="status">{tr(failed ? 'report.error.network' : 'common.loading')}</p>;
}
