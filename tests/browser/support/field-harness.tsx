/**
 * A test-only page for the field screens: FieldApp over the in-memory stand-ins, with the commune and the today view
 * the test puts in `window.__FIELD__`. Bundled by tests/browser/field-screens.test.ts (esbuild), never by the site.
 */
import { render } from 'preact';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import FieldApp from '../../../web/src/components/field/FieldApp';
import type { TodayView } from '../../../web/src/components/field/contract';
import { memoryOutbox, memoryStore } from './field-standins';

declare global {
  interface Window {
    __FIELD__: { commune: PublicCommuneConfig; today?: TodayView; offline?: boolean };
    __field: { outbox: ReturnType<typeof memoryOutbox>; store: ReturnType<typeof memoryStore>; signOuts: number };
  }
}

const { commune, today, offline } = window.__FIELD__;
const outbox = memoryOutbox();
const store = memoryStore(today, outbox, offline);
window.__field = { outbox, store, signOuts: 0 };

render(
  <FieldApp
    commune={commune}
    store={store}
    outbox={outbox}
    userName="Ouvrier Démo"
    onSignOut={() => {
      window.__field.signOuts++;
    }}
  />,
  document.getElementById('app')!,
);
