/**
 * « Guichet » (docs/counter.md): an agent files a request for a citizen who came to the counter, phoned or wrote, with
 * the citizen's own forms (ReportForm, PermitRequestForm: not forked, given a CounterFiling), then prints the receipt;
 * and finds a citizen's requests by e-mail or phone.
 */
import { useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { COUNTER_CHANNELS, type CounterChannel, type CounterFiled } from '@tandem/shared/counter/counter-api';
import { tr } from '../../../lib/locale';
import '../../../lib/messages/counter';
import '../../../lib/messages/permits';
import ReportForm from '../../report/ReportForm';
import PermitRequestForm from '../../permits/PermitRequestForm';
import type { CounterFiling } from '../../counter-filing';
import { staffFetch, SignedOut } from '../session';
import CounterReceipt from './CounterReceipt';
import CitizenSearch from './CitizenSearch';
import './counter.css';

type What = 'report' | 'event' | 'occupation';

export default function CounterScreen({ commune, onSignedOut }: { commune: PublicCommuneConfig; onSignedOut(): void }) {
  const kinds: What[] = ['report', ...(['event', 'occupation'] as const).filter((k) => commune.permits?.[k].enabled)];
  const [what, setWhat] = useState<What>('report');
  const [channel, setChannel] = useState<CounterChannel>('counter');
  const [filed, setFiled] = useState<{ filed: CounterFiled; what: string }>();
  // A new form for each request (its state starts empty).
  const [round, setRound] = useState(0);

  const filing: CounterFiling = {
    channel,
    post: async <T,>(rest: string, body: unknown, idempotencyKey: string) => {
      try {
        return await staffFetch<T>(commune.id, rest, {
          method: 'POST',
          headers: { 'Idempotency-Key': idempotencyKey },
          body: JSON.stringify(body),
        });
      } catch (e) {
        if (e instanceof SignedOut) onSignedOut();
        throw e;
      }
    },
    onFiled: (f, w) => {
      setFiled({ filed: f, what: w });
      window.scrollTo(0, 0);
    },
  };

  if (filed) {
    return (
      <CounterReceipt
        commune={commune}
        filed={filed.filed}
        what={filed.what}
        onAnother={() => {
          setFiled(undefined);
          setRound((n) => n + 1);
        }}
      />
    );
  }

  return (
    <div class="counter-screen" data-testid="counter-screen">
      <h1 id="report-title" tabindex={-1}>
        {tr('counter.title')}
      </h1>
      <section aria-labelledby="counter-encode-title">
        <h2 id="counter-encode-title">{tr('counter.encode.title')}</h2>
        <p class="hint">{tr('counter.encode.intro')}</p>
        <fieldset class="choice-row">
          <legend>{tr('counter.what')}</legend>
          {kinds.map((k) => (
            <label key={k} class="choice">
              <input
                type="radio"
                name="counter-what"
                value={k}
                checked={what === k}
                onChange={() => setWhat(k)}
                data-testid={`counter-what-${k}`}
              />
              {tr(`counter.what.${k}`)}
            </label>
          ))}
        </fieldset>
        <fieldset class="choice-row">
          <legend>{tr('counter.channel')}</legend>
          {COUNTER_CHANNELS.map((c) => (
            <label key={c} class="choice">
              <input
                type="radio"
                name="counter-channel"
                value={c}
                checked={channel === c}
                onChange={() => setChannel(c)}
                data-testid={`counter-channel-${c}`}
              />
              {tr(`counter.channel.${c}`)}
            </label>
          ))}
        </fieldset>
        <div key={`${what}-${round}`}>
          {what === 'report' ? (
            <ReportForm commune={commune} counter={filing} />
          ) : (
            <PermitRequestForm commune={commune} kind={what} counter={filing} />
          )}
        </div>
      </section>
      <CitizenSearch commune={commune} onSignedOut={onSignedOut} />
    </div>
  );
}
