/**
 * The pieces of a staff list page (reports, permits, projects, map items): the section with its focusable heading,
 * the views as tabs, the filters' fieldset and its selects ("Tous" first), and the table whose rows stack on a
 * phone, each cell with its column's name.
 */
import type { ComponentChildren } from 'preact';
import { tr, type MessageKey } from '../../lib/locale';
import { linkClick } from './router';

/** The list's section, named by its heading (focused when the list opens, see usePagedList's titleId). */
export function ListSection({
  titleId,
  title,
  testId,
  busy,
  children,
}: {
  titleId: string;
  title: string;
  testId?: string;
  busy?: boolean;
  children: ComponentChildren;
}) {
  return (
    <section aria-labelledby={titleId} data-testid={testId} aria-busy={busy ? 'true' : undefined}>
      <h1 id={titleId} tabindex={-1}>
        {title}
      </h1>
      {children}
    </section>
  );
}

/**
 * The list's views as tabs: links (each view its own address, the current one `aria-current`). `onOpen` shows a
 * view in place (the list reloads itself); without it the router follows the link.
 */
export function ViewTabs<V extends string>({
  label,
  views,
  current,
  hrefOf,
  labelOf,
  testIdOf,
  onOpen,
}: {
  label: string;
  views: readonly V[];
  current: V;
  hrefOf(v: V): string;
  labelOf(v: V): string;
  testIdOf(v: V): string;
  onOpen?(v: V): void;
}) {
  const open = (v: V) => (e: MouseEvent) => {
    if (!onOpen) return linkClick(e);
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    if (v !== current) onOpen(v);
  };
  return (
    <nav class="permit-tabs" aria-label={label}>
      <ul>
        {views.map((v) => (
          <li key={v}>
            <a href={hrefOf(v)} onClick={open(v)} aria-current={v === current ? 'page' : undefined} data-testid={testIdOf(v)}>
              {labelOf(v)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function Filters({ children }: { children: ComponentChildren }) {
  return (
    <fieldset class="filters">
      <legend class="visually-hidden">{tr('staff.filters')}</legend>
      {children}
    </fieldset>
  );
}

/** A filter: its label, then "all" (the empty value) and the options given. */
export function FilterSelect<T extends string>({
  id,
  label,
  allLabel,
  value,
  options,
  labelOf,
  onValue,
}: {
  id: string;
  label: string;
  allLabel: string;
  value: string;
  options: readonly T[];
  labelOf(v: T): string;
  onValue(v: string): void;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onValue(e.currentTarget.value)}>
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option value={o} key={o}>
            {labelOf(o)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The table: a caption for screen readers and one column header per message key. */
export function ListTable({
  class: className,
  testId,
  caption,
  columns,
  children,
}: {
  class: string;
  testId: string;
  caption: string;
  columns: readonly MessageKey[];
  children: ComponentChildren;
}) {
  return (
    <table class={className} data-testid={testId}>
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((k) => (
            <th scope="col" key={k}>
              {tr(k)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** A cell with its column's name inside, shown only when the rows stack (screen readers get the header). */
export function Cell({ k, children, ...attrs }: { k: MessageKey; children: ComponentChildren } & Record<string, unknown>) {
  return (
    <td {...attrs}>
      <span class="cell-label" aria-hidden="true">
        {tr(k)}
      </span>
      <span class="cell-value">{children}</span>
    </td>
  );
}
