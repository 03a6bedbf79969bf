/**
 * « Registre des adresses » (admins, /{commune}/agents/adresses/, docs/addresses.md): the register in use (counts,
 * when, by whom, its version), where a commune gets its file (BeST Address), and the import: the file is read here
 * first (the columns found, its first rows, the lines the API would refuse and why), then sent as it is, or without
 * its refused lines when the admin says so. A file over the API's limit is said to be so before anything is sent,
 * with the way to slim it. The API stays the judge: its answer (counts, refused lines, 413/409/422) is what is shown.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { AddressImportResult, AddressRegisterState } from '@tandem/shared/addresses/address-api';
import { mayLeaveOutRefused, type AddressField, type CsvProblem } from '@tandem/shared/addresses/address-csv';
import { dateLocale, formatDate, tr, type MessageKey } from '../../../lib/locale';
import { ApiError } from '../../../lib/api';
import '../../../lib/messages/address-import';
import { SignedOut, staffFetch } from '../session';
import { ErrorNotice } from '../page-states';
import { loadFailureText, problemText } from '../staff-text';
import { byteLength, decodeUtf8, FIELDS, previewOf, REQUIRED_FIELDS, slimAddressCsv, type FilePreview } from './address-file';
import './addresses.css';

type Props = { commune: PublicCommuneConfig; onSignedOut(): void };

/** The file chosen, as far as it was read. */
type Chosen =
  | { state: 'reading'; name: string }
  | { state: 'not-utf8'; name: string }
  | { state: 'too-big'; name: string; text: string; bytes: number; slim?: { bytes: number; rows: number } }
  | { state: 'read'; name: string; text: string; bytes: number; slimmed: boolean; preview: FilePreview };

const number = (n: number) => new Intl.NumberFormat(dateLocale()).format(n);
function size(bytes: number): string {
  if (bytes < 1024 * 1024) return tr('addressImport.size.kb', { n: number(Math.max(1, Math.round(bytes / 1024))) });
  return tr('addressImport.size.mb', {
    n: new Intl.NumberFormat(dateLocale(), { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024),
  });
}
const reason = (p: Pick<CsvProblem, 'code' | 'reason'>) => (p.code ? tr(`addressImport.reason.${p.code}` as MessageKey) : p.reason);
const fieldLabel = (f: AddressField) => tr(`addressImport.field.${f}` as MessageKey);

/** Refused lines, one item each: line, column, why (in the admin's language). */
function RefusedList({
  problems,
  testId,
}: {
  problems: readonly Pick<CsvProblem, 'line' | 'column' | 'code' | 'reason'>[];
  testId: string;
}) {
  return (
    <ul data-testid={testId}>
      {problems.map((p) => (
        <li key={`${p.line}-${p.column}`} data-line={p.line}>
          {tr('addressImport.refused.where', { line: p.line, column: p.column, reason: reason(p) })}
        </li>
      ))}
    </ul>
  );
}

export default function AddressRegisterScreen({ commune, onSignedOut }: Props) {
  const [state, setState] = useState<AddressRegisterState>();
  const [loadError, setLoadError] = useState('');
  const [chosen, setChosen] = useState<Chosen>();
  const [leaveOut, setLeaveOut] = useState(false);
  const [sending, setSending] = useState(false);
  const [formError, setFormError] = useState<{ text: string; problems?: { name: string; reason: string }[] }>();
  const [result, setResult] = useState<{ answer: AddressImportResult; replaced: boolean }>();
  /** A new file input once a file was imported (the old one would still name the file sent). */
  const [picker, setPicker] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  const load = async () => {
    try {
      setState(await staffFetch<AddressRegisterState>(commune.id, 'staff/addresses'));
      setLoadError('');
      return true;
    } catch (e) {
      if (e instanceof SignedOut) onSignedOut();
      else setLoadError(loadFailureText(e));
      return false;
    }
  };
  useEffect(() => {
    void load().then((ok) => ok && heading.current?.focus());
  }, []);
  useEffect(() => {
    if (result) resultHeading.current?.focus();
  }, [result]);
  useEffect(() => {
    if (formError) errorRef.current?.focus();
  }, [formError]);

  const limits = state?.limits;
  const register = state?.register;

  const read = (name: string, text: string, bytes: number, slimmed: boolean) =>
    setChosen({ state: 'read', name, text, bytes, slimmed, preview: previewOf(text, commune.map.bbox) });

  const choose = async (file: File | undefined) => {
    setResult(undefined);
    setFormError(undefined);
    setLeaveOut(false);
    if (!file) return setChosen(undefined);
    setChosen({ state: 'reading', name: file.name });
    const text = decodeUtf8(await file.arrayBuffer());
    if (text === undefined) return setChosen({ state: 'not-utf8', name: file.name });
    if (limits && file.size > limits.maxBytes) return setChosen({ state: 'too-big', name: file.name, text, bytes: file.size });
    read(file.name, text, file.size, false);
  };

  const slim = () => {
    if (chosen?.state !== 'too-big' || !limits) return;
    const slimmed = slimAddressCsv(chosen.text);
    const bytes = byteLength(slimmed);
    if (bytes <= limits.maxBytes) return read(chosen.name, slimmed, bytes, true);
    const rows = Math.max(1, previewOf(slimmed, commune.map.bbox).rowCount);
    setChosen({ ...chosen, slim: { bytes, rows } });
  };

  const problems = chosen?.state === 'read' ? chosen.preview.parsed.problems : [];
  const canLeaveOut = chosen?.state === 'read' && problems.length > 0 && mayLeaveOutRefused(chosen.preview.parsed);
  const refusedLines = new Set(problems.map((p) => p.line)).size;

  const submit = async (e: Event) => {
    e.preventDefault();
    if (sending) return;
    setResult(undefined);
    if (chosen?.state !== 'read') return setFormError({ text: tr('addressImport.noFile') });
    if (problems.length && !(canLeaveOut && leaveOut))
      return setFormError({ text: tr(canLeaveOut ? 'addressImport.needChoice' : 'addressImport.error.refused') });
    setFormError(undefined);
    setSending(true);
    const replacing = register?.version;
    try {
      const answer = await staffFetch<AddressImportResult>(
        commune.id,
        `staff/addresses${leaveOut && canLeaveOut ? '?refused=leave-out' : ''}`,
        {
          method: 'PUT',
          body: chosen.text,
          headers: { 'content-type': 'text/csv; charset=utf-8' },
        },
      );
      setResult({ answer, replaced: !answer.unchanged && !!replacing && replacing !== answer.version });
      setChosen(undefined);
      setPicker((n) => n + 1);
      await load();
    } catch (err) {
      if (err instanceof SignedOut) return onSignedOut();
      if (err instanceof ApiError && err.status === 413 && limits)
        setFormError({ text: tr('addressImport.error.tooBig', { limit: size(limits.maxBytes) }) });
      else if (err instanceof ApiError && err.status === 409) {
        setFormError({ text: tr('addressImport.error.conflict') });
        await load();
      } else if (err instanceof ApiError && err.status === 422)
        setFormError({ text: tr('addressImport.error.refused'), problems: err.invalidParams });
      else setFormError({ text: problemText(err) });
    } finally {
      setSending(false);
    }
  };

  return (
    <section aria-labelledby="address-register-title" class="address-register" data-testid="address-register">
      <h1 id="address-register-title" tabindex={-1} ref={heading}>
        {tr('addressImport.title')}
      </h1>
      <p>{tr('addressImport.intro')}</p>
      {loadError && <ErrorNotice message={loadError} onRetry={() => void load()} />}
      {!state && !loadError && <p role="status">{tr('common.loading')}</p>}

      {state && (
        <section aria-labelledby="address-current-title" data-testid="address-current">
          <h2 id="address-current-title">{tr('addressImport.current.title')}</h2>
          {register ? (
            <dl class="facts">
              <dt>{tr('addressImport.current.points')}</dt>
              <dd data-testid="address-current-points">{number(register.points)}</dd>
              <dt>{tr('addressImport.current.streets')}</dt>
              <dd data-testid="address-current-streets">{number(register.streets)}</dd>
              <dt>{tr('addressImport.current.importedAt')}</dt>
              <dd>
                <time dateTime={register.importedAt}>{formatDate(register.importedAt)}</time>
              </dd>
              <dt>{tr('addressImport.current.importedBy')}</dt>
              <dd data-testid="address-current-by">{register.importedBy?.name ?? tr('addressImport.current.importedByNobody')}</dd>
              <dt>{tr('addressImport.current.version')}</dt>
              <dd>
                <code data-testid="address-current-version">{register.version}</code>
                <span class="hint">{tr('addressImport.current.versionHint')}</span>
              </dd>
            </dl>
          ) : (
            <p data-testid="address-current-none">{tr('addressImport.current.none')}</p>
          )}
        </section>
      )}

      {result && (
        <section aria-labelledby="address-result-title" class="notice ok" data-testid="address-result">
          <h2 id="address-result-title" tabindex={-1} ref={resultHeading}>
            {tr('addressImport.result.title')}
          </h2>
          <p data-testid="address-result-counts">
            {tr(result.answer.unchanged ? 'addressImport.result.unchanged' : 'addressImport.result.done', {
              points: number(result.answer.points),
              streets: number(result.answer.streets),
            })}
          </p>
          {result.replaced && <p>{tr('addressImport.result.replaced')}</p>}
          {result.answer.skipped > 0 && <p>{tr('addressImport.result.skipped', { n: number(result.answer.skipped) })}</p>}
          {result.answer.refused.length > 0 && (
            <>
              <h3>{tr('addressImport.result.refused', { n: new Set(result.answer.refused.map((r) => r.line)).size })}</h3>
              <RefusedList problems={result.answer.refused as CsvProblem[]} testId="address-result-refused" />
            </>
          )}
        </section>
      )}

      <section aria-labelledby="address-source-title">
        <h2 id="address-source-title">{tr('addressImport.source.title')}</h2>
        <p>{tr('addressImport.source.best')}</p>
        <ol>
          <li>{tr('addressImport.source.steps')}</li>
          <li>{tr('addressImport.source.cut')}</li>
        </ol>
        <p>{tr('addressImport.source.simple')}</p>
        {limits && (
          <p data-testid="address-limits">
            {tr('addressImport.source.limits', { size: size(limits.maxBytes), points: number(limits.maxPoints) })}{' '}
            {tr('addressImport.source.again')}
          </p>
        )}
      </section>

      {state && (
        <form aria-labelledby="address-form-title" onSubmit={(e) => void submit(e)} noValidate>
          <h2 id="address-form-title">{tr('addressImport.form.title')}</h2>
          {formError && (
            <div class="error-summary" role="alert" tabindex={-1} ref={errorRef} data-testid="address-error">
              <p>{formError.text}</p>
              {formError.problems && formError.problems.length > 0 && (
                <ul>
                  {formError.problems.map((p) => (
                    <li key={p.name}>
                      {p.name} : {p.reason}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
          <div class="field">
            <label for="address-file">{tr('addressImport.form.file')}</label>
            <span class="hint" id="address-file-hint">
              {tr('addressImport.form.fileHint')}
            </span>
            <input
              key={picker}
              id="address-file"
              type="file"
              accept=".csv,text/csv"
              aria-describedby="address-file-hint"
              data-testid="address-file"
              onChange={(e) => void choose(e.currentTarget.files?.[0])}
            />
          </div>

          <div role="status" aria-live="polite" class="status" data-testid="address-file-status">
            {chosen?.state === 'reading' && tr('addressImport.form.reading')}
            {chosen?.state === 'read' &&
              !chosen.preview.parsed.problems.some((p) => p.line === 1) &&
              tr('addressImport.preview.read', { points: number(chosen.preview.parsed.points.length) })}
          </div>
          {chosen?.state === 'not-utf8' && <p class="notice error">{tr('addressImport.form.notUtf8')}</p>}
          {chosen?.state === 'too-big' && limits && (
            <div class="notice error" data-testid="address-too-big">
              <p>{tr('addressImport.form.tooBig', { size: size(chosen.bytes), limit: size(limits.maxBytes) })}</p>
              {chosen.slim ? (
                <p data-testid="address-still-too-big">
                  {tr('addressImport.form.stillTooBig', {
                    size: size(chosen.slim.bytes),
                    limit: size(limits.maxBytes),
                    fit: number(Math.floor(limits.maxBytes / (chosen.slim.bytes / chosen.slim.rows))),
                    rows: number(chosen.slim.rows),
                  })}
                </p>
              ) : (
                <>
                  <p>{tr('addressImport.form.tooBigHow')}</p>
                  <button type="button" class="button secondary" onClick={slim} data-testid="address-slim">
                    {tr('addressImport.form.slim')}
                  </button>
                </>
              )}
            </div>
          )}
          {chosen?.state === 'read' && <Preview chosen={chosen} />}
          {chosen?.state === 'read' && problems.length > 0 && canLeaveOut && (
            <label class="choice">
              <input
                type="checkbox"
                checked={leaveOut}
                onChange={(e) => setLeaveOut(e.currentTarget.checked)}
                data-testid="address-leave-out"
              />
              {tr('addressImport.preview.leaveOut', { n: refusedLines })}
            </label>
          )}
          {chosen?.state === 'read' && (
            <p data-testid="address-replaces">
              {register
                ? tr('addressImport.preview.replaces', { points: number(register.points), date: formatDate(register.importedAt) })
                : tr('addressImport.preview.first')}
            </p>
          )}
          <p>
            <button type="submit" class="button" data-testid="address-import" aria-disabled={sending ? 'true' : undefined}>
              {tr(sending ? 'addressImport.sending' : 'addressImport.submit')}
            </button>
          </p>
        </form>
      )}
    </section>
  );
}

/** What the file holds, before anything is sent: its columns, its first rows, and what the import would make of it. */
function Preview({ chosen }: { chosen: Extract<Chosen, { state: 'read' }> }) {
  const { preview, name, bytes, slimmed } = chosen;
  const { parsed, columns } = preview;
  const header = parsed.problems.filter((p) => p.line === 1);
  const tooMany = !header.length && !mayLeaveOutRefused(parsed);
  const shown = FIELDS.filter((f) => columns[f].length);
  const refusedLines = new Set(parsed.problems.map((p) => p.line)).size;
  return (
    <section aria-labelledby="address-preview-title" data-testid="address-preview">
      <h3 id="address-preview-title">{tr('addressImport.preview.title')}</h3>
      <p>{tr('addressImport.preview.file', { name, size: size(bytes), rows: number(preview.rowCount) })}</p>
      {slimmed && <p class="notice ok">{tr('addressImport.form.slimmed', { size: size(bytes) })}</p>}
      <table class="address-columns" data-testid="address-columns">
        <caption>{tr('addressImport.preview.columns')}</caption>
        <thead>
          <tr>
            <th scope="col">{tr('addressImport.preview.colField')}</th>
            <th scope="col">{tr('addressImport.preview.colColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {FIELDS.map((f) => (
            <tr key={f} data-field={f}>
              <th scope="row">{fieldLabel(f)}</th>
              <td>
                {columns[f].length ? (
                  <code>{columns[f].map((c) => c.name).join(', ')}</code>
                ) : (
                  <em class={REQUIRED_FIELDS.includes(f) ? 'missing' : undefined}>
                    {tr(REQUIRED_FIELDS.includes(f) ? 'addressImport.preview.missing' : 'addressImport.preview.optional')}
                  </em>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.ignored.length > 0 && <p>{tr('addressImport.preview.ignored', { columns: preview.ignored.join(', ') })}</p>}
      {preview.rows.length > 0 && shown.length > 0 && (
        // A wide table scrolls on its own: the region is focusable so that a keyboard can scroll it too.
        <section class="table-scroll" aria-labelledby="address-rows-caption" tabindex={0}>
          <table data-testid="address-rows">
            <caption id="address-rows-caption">{tr('addressImport.preview.rows', { n: preview.rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{tr('addressImport.preview.line')}</th>
                {shown.map((f) => (
                  <th scope="col" key={f}>
                    {fieldLabel(f)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((r) => (
                <tr key={r.line}>
                  <th scope="row">{r.line}</th>
                  {shown.map((f) => (
                    <td key={f}>{columns[f].map((c) => r.cells[c.index]?.trim()).find(Boolean) ?? ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {header.length > 0 ? (
        <div class="notice error" data-testid="address-header-problems">
          <p>{tr('addressImport.preview.header')}</p>
          <RefusedList problems={header} testId="address-header-list" />
        </div>
      ) : (
        <>
          {parsed.skipped > 0 && <p>{tr('addressImport.preview.skipped', { n: number(parsed.skipped) })}</p>}
          {!parsed.points.length && <p class="notice error">{tr('addressImport.preview.noPoint')}</p>}
          {tooMany && <p class="notice error">{tr('addressImport.preview.tooManyProblems', { n: parsed.problems.length })}</p>}
          {parsed.problems.length > 0 && (
            <div class="notice warn" data-testid="address-refused">
              <h4>{tr('addressImport.preview.refused', { n: refusedLines })}</h4>
              {!tooMany && <p>{tr('addressImport.preview.refusedIntro')}</p>}
              <RefusedList problems={parsed.problems} testId="address-refused-list" />
            </div>
          )}
        </>
      )}
    </section>
  );
}
