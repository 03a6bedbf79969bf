/**
 * A staff screen in its own chunk, fetched when it is first opened: for screens whose code few people need (the
 * counter's citizen forms and QR code, the address register's CSV reader), so the others do not download it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { tr } from '../../lib/locale';

export type LazyScreenProps = { commune: PublicCommuneConfig; onSignedOut(): void };

export function lazyScreen(load: () => Promise<{ default: ComponentType<LazyScreenProps> }>): ComponentType<LazyScreenProps> {
  return function LazyScreen(props: LazyScreenProps) {
    const [Screen, setScreen] = useState<ComponentType<LazyScreenProps>>();
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      load().then(
        (m) => setScreen(() => m.default),
        () => setFailed(true),
      );
    }, []);
    if (Screen) return <Screen {...props} />;
    return <p role="status">{tr(failed ? 'report.error.network' : 'common.loading')}</p>;
  };
}
