/**
 * « Collectes » (`/{commune}/agents/collectes/`, docs/collections.md): what is published (each year's zones and
 * collections, the streets by zone), and the two imports: a year's calendar (CSV, or one zone's iCalendar) and the
 * streets of each zone (CSV). A file is read here first with the server's own readers, so that refused lines are named
 * in the agent's language before anything is sent; the server checks again and its refusals are shown the same way.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { CollectionImportResult, CollectionsState, StreetZonesImportResult } from '@tandem/shared/collections/collection-api';
import {
  parseCalendarCsv,
  parseCalendarIcal,
  parseStreetZonesCsv,
  type CollectionProblem,
} from '@tandem/shared/collections/collection-import';
import { brusselsDate } from '@tandem/shared/brussels-time';
import { ApiError } from '../../../lib/api';
import { formatDate, tr, type MessageKey } from '../../../lib/locale';
import '../../../lib/messages/collections-staff';
import { SignedOut, staffFetch } from '../session';
import { loadFailureText, problemText } from '../staff-text';

type Props = { commune: PublicCommuneConfig; onSignedOut(): void };
type Problem = Pick<CollectionProblem, 'line' | 'column' | 'reason'> & { code?: CollectionProblem['code'] };
type Said = { ok: boolean; text: string; problems?: Problem[] };

const CALENDAR_EXAMPLE = 'zone,date,collecte\nZone Centre,2027-01-05,Ordures ménagères\nZone Centre,2027-01-12,PMC';
const STREETS_EXAMPLE = 'rue,zone,code_postal\nGrand-Place,Zone Centre,7060\nRue de la Station,Zone Gare,7060';
const reasonOf = (p: Problem) => (p.code ? tr(`collectionsStaff.reason.${p.code}` as MessageKey) : p.reason);
const isIcal = (file: File) => /\.ics$/i.test(file.name) || file.type === 'text/calendar';
/** The server names a refused line « line 4, column date »: back to its parts. */
const serverProblem = (p: { name: string; reason: string }): Problem => {
  const m = /^line (\d+), column (.+)$/.exec(p.name);
  return m ? { line: Number(m[1]), column: m[2], reason: p.reason } : { line: 0, column: p.name, reason: p.reason };
};

function Outcome({ said, testId }: { said?: Said; testId: string }) {
  if (!said) return null;
  return (
    <div class={`notice ${said.ok ? 'ok' : 'warn'}`} role={said.ok ? 'status' : 'alert'} data-testid={testId}>
      <p>{said.text}</p>
      {said.problems && said.problems.length > 0 && (
        <ul data-testid={`${testId}-problems`}>
          {said.problems.map((p) => (
            <li key={`${p.line}-${p.column}-${p.reason}`} data-line={p.line}>
              {p.line
                ? tr('collectionsStaff.refused.where', { line: p.line, column: p.column, reason: reasonOf(p) })
                : `${p.column} : ${p.reason}`}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export default function CollectionsScreen({ commune, onSignedOut }: Props) {
  const [state, setState] = useState<CollectionsState>();
  const [loadError, setLoadError] = useState('');
  const [year, setYear] = useState(() => Number(brusselsDate(Date.now()).slice(0, 4)));
  const [zone, setZone] = useState('');
  const [calendarFile, setCalendarFile] = useState<File>();
  const [streetsFile, setStreetsFile] = useState<File>();
  const [calendarSaid, setCalendarSaid] = useState<Said>();
  const [streetsSaid, setStreetsSaid] = useState<Said>();
  const [sending, setSending] = useState('');

  const load = async () => {
    try {
      setState(await staffFetch<CollectionsState>(commune.id, 'staff/collections'));
      setLoadError('');
    } catch (e) {
      if (e instanceof SignedOut) onSignedOut();
      else setLoadError(loadFailureText(e));
    }
  };
  useEffect(() => {
    void load();
  }, [commune.id]);

  /** Sends a file once the local reading found nothing to refuse; answers what to say. */
  async function send<T>(
    what: string,
    path: string,
    type: string,
    text: string,
    problems: Problem[],
    done: (a: T) => string,
  ): Promise<Said> {
    if (problems.length) return { ok: false, text: tr('collectionsStaff.refused'), problems };
    setSending(what);
    try {
      const answer = await staffFetch<T & { unchanged: boolean }>(commune.id, path, {
        method: 'PUT',
        body: text,
        headers: { 'content-type': `${type}; charset=utf-8` },
      });
      await load();
      return { ok: true, text: answer.unchanged ? tr('collectionsStaff.unchanged') : done(answer) };
    } catch (e) {
      if (e instanceof SignedOut) {
        onSignedOut();
        return { ok: false, text: '' };
      }
      if (e instanceof ApiError && e.status === 409) {
        await load();
        return { ok: false, text: tr('collectionsStaff.conflict') };
      }
      if (e instanceof ApiError && e.status === 422 && e.invalidParams.length)
        return { ok: false, text: tr('collectionsStaff.refused'), problems: e.invalidParams.map(serverProblem) };
      return { ok: false, text: problemText(e) };
    } finally {
      setSending('');
    }
  }

  const importCalendar = async () => {
    if (!calendarFile) return setCalendarSaid({ ok: false, text: tr('collectionsStaff.noFile') });
    const ical = isIcal(calendarFile);
    const zoneName = zone.trim();
    if (ical && !zoneName) return setCalendarSaid({ ok: false, text: tr('collectionsStaff.calendar.zoneNeeded') });
    const text = await calendarFile.text();
    const parsed = ical ? parseCalendarIcal(text, year, zoneName) : parseCalendarCsv(text, year, zoneName || undefined);
    const query = zoneName ? `?zone=${encodeURIComponent(zoneName)}` : '';
    setCalendarSaid(
      await send<CollectionImportResult>(
        'calendar',
        `staff/collections/calendar/${year}${query}`,
        ical ? 'text/calendar' : 'text/csv',
        text,
        parsed.problems,
        (a) =>
          tr('collectionsStaff.calendar.done', {
            year: a.year,
            zones: a.zones.length,
            collections: a.zones.reduce((n, z) => n + z.collections, 0),
          }),
      ),
    );
  };
  const importStreets = async () => {
    if (!streetsFile) return setStreetsSaid({ ok: false, text: tr('collectionsStaff.noFile') });
    const text = await streetsFile.text();
    setStreetsSaid(
      await send<StreetZonesImportResult>(
        'streets',
        'staff/collections/streets',
        'text/csv',
        text,
        parseStreetZonesCsv(text).problems,
        (a) => tr('collectionsStaff.streets.done', { streets: a.streets, zones: a.zones.length }),
      ),
    );
  };

  const streetCount = state?.streets?.zones.reduce((n, z) => n + z.streets.length, 0) ?? 0;
  return (
    <section aria-labelledby="collections-staff-title" class="collections-staff" data-testid="collections-staff">
      <h1 id="collections-staff-title" tabindex={-1}>
        {tr('collectionsStaff.title')}
      </h1>
      <p>{tr('collectionsStaff.intro')}</p>
      {loadError && (
        <p class="notice" role="alert">
          {loadError}
        </p>
      )}
      <h2>{tr('collectionsStaff.published')}</h2>
      {state && !state.years.length && <p>{tr('collectionsStaff.none')}</p>}
      {state && state.years.length > 0 && (
        <ul data-testid="collections-staff-years">
          {state.years.map((y) => (
            <li key={y.year} data-year={y.year}>
              {tr('collectionsStaff.year', {
                year: y.year,
                zones: y.zones.length,
                collections: y.zones.reduce((n, z) => n + z.collections, 0),
                when: formatDate(y.importedAt),
              })}
              <ul>
                {y.zones.map((z) => (
                  <li key={z.id}>{tr('collectionsStaff.zone', { name: z.name, collections: z.collections })}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {state && !state.streets && <p>{tr('collectionsStaff.noStreets')}</p>}
      {state?.streets && (
        <div data-testid="collections-staff-streets">
          <p>
            {tr('collectionsStaff.streets', {
              streets: streetCount,
              zones: state.streets.zones.length,
              when: formatDate(state.streets.importedAt),
            })}
          </p>
          {state.streets.zones.map((z) => (
            <details key={z.id}>
              <summary>{tr('collectionsStaff.zoneStreets', { name: z.name, count: z.streets.length })}</summary>
              <p>{z.streets.join(', ')}</p>
            </details>
          ))}
        </div>
      )}

      <form
        class="collections-staff-form"
        aria-labelledby="collections-calendar-title"
        onSubmit={(e) => {
          e.preventDefault();
          if (!sending) void importCalendar();
        }}
      >
        <h2 id="collections-calendar-title">{tr('collectionsStaff.calendar.title')}</h2>
        <p>{tr('collectionsStaff.calendar.help')}</p>
        <p>{tr('collectionsStaff.example')} :</p>
        <pre>{CALENDAR_EXAMPLE}</pre>
        <div class="field">
          <label for="collections-year">{tr('collectionsStaff.calendar.year')}</label>
          <input
            id="collections-year"
            type="number"
            min={2000}
            max={2100}
            value={year}
            onInput={(e) => setYear(Number(e.currentTarget.value))}
          />
        </div>
        <div class="field">
          <label for="collections-zone">{tr('collectionsStaff.calendar.zone')}</label>
          <input id="collections-zone" type="text" maxLength={60} value={zone} onInput={(e) => setZone(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="collections-calendar-file">{tr('collectionsStaff.calendar.file')}</label>
          <input
            id="collections-calendar-file"
            type="file"
            accept=".csv,.ics,text/csv,text/calendar"
            onChange={(e) => setCalendarFile(e.currentTarget.files?.[0])}
          />
        </div>
        <button class="button" type="submit" disabled={sending === 'calendar'}>
          {sending === 'calendar' ? tr('collectionsStaff.sending') : tr('collectionsStaff.calendar.submit')}
        </button>
        <Outcome said={calendarSaid} testId="collections-calendar-said" />
      </form>

      <form
        class="collections-staff-form"
        aria-labelledby="collections-streets-title"
        onSubmit={(e) => {
          e.preventDefault();
          if (!sending) void importStreets();
        }}
      >
        <h2 id="collections-streets-title">{tr('collectionsStaff.streets.title')}</h2>
        <p>{tr('collectionsStaff.streets.help')}</p>
        <p>{tr('collectionsStaff.example')} :</p>
        <pre>{STREETS_EXAMPLE}</pre>
        <div class="field">
          <label for="collections-streets-file">{tr('collectionsStaff.streets.file')}</label>
          <input
            id="collections-streets-file"
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => setStreetsFile(e.currentTarget.files?.[0])}
          />
        </div>
        <button class="button" type="submit" disabled={sending === 'streets'}>
          {sending === 'streets' ? tr('collectionsStaff.sending') : tr('collectionsStaff.streets.submit')}
        </button>
        <Outcome said={streetsSaid} testId="collections-streets-said" />
      </form>
    </section>
  );
}
