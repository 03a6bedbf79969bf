/**
 * One map item's page: publishing a new one, or editing (and taking off the map) one an agent published.
 * A stale version (409) reloads the item and keeps what was typed, with a way back to the stored version;
 * the API's field problems (422 "period.end", "geometry.coordinates"…) land on their fields. Items that
 * permits or reports produce are shown read-only, with the way to their source.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { tr } from '../../../lib/locale';
import { ApiError } from '../../../lib/api';
import type { FieldErrors } from '../../report/form-errors';
import { SignedOut } from '../session';
import { linkClick, navigate } from '../router';
import { BackLink, Forbidden, NotLoaded } from '../page-states';
import { may } from '../may';
import { departmentName } from '../../Timeline';
import { problemText } from '../staff-text';
import { useFormSubmit } from '../use-form-submit';
import { useFocusOn } from '../use-staff-resource';
import { checkDraft, draftFromItem, emptyDraft, errorsOfParams, inputOf, type MapItemDraft } from './map-item-draft';
import { isEditable, sourceHref, type StaffMapItem } from './map-item-format';
import { useMapItems } from './use-map-items';
import { mapFlash } from './map-flash';
import MapItemForm from './MapItemForm';
import MapItemFacts from './MapItemFacts';
import DeleteMapItem from './DeleteMapItem';
import './map-staff.css';

interface Notice {
  kind: 'ok' | 'warn';
  text: string;
  /** After a conflict: offer to drop the typed text for the stored version. */
  reset?: boolean;
}

export default function MapItemPage({ commune, id, onSignedOut }: { commune: PublicCommuneConfig; id?: string; onSignedOut(): void }) {
  const base = `/${commune.id}/agents/carte/`;
  const back = { href: base, label: tr('mapStaff.back') };
  const { items, item, loadError, load, send, setItems } = useMapItems({ commune: commune.id, id, onSignedOut });
  const [draft, setDraft] = useState<MapItemDraft>(emptyDraft);
  const filledFrom = useRef<string>();
  const [notice, setNotice] = useState<Notice>();
  const noticeRef = useFocusOn<HTMLDivElement>(notice);
  const heading = useRef<HTMLHeadingElement>(null);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [serverTries, setServerTries] = useState(0);
  const { errors, busy, summary, onSubmit } = useFormSubmit();

  // The form is filled once from the stored item; a reload after a conflict keeps what was typed.
  useEffect(() => {
    if (item && filledFrom.current !== item.id) {
      filledFrom.current = item.id;
      setDraft(draftFromItem(item));
    }
  }, [item]);
  // Ready at once for a new item; for an existing one once the form holds it (the map then opens on its drawing).
  const ready = !id || Boolean(item && filledFrom.current === item.id);
  useEffect(() => {
    if (ready) heading.current?.focus();
  }, [ready]);

  const set = (patch: Partial<MapItemDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const conflict = async () => {
    await load();
    setNotice({ kind: 'warn', text: tr('mapStaff.conflict'), reset: true });
  };

  const save = async (): Promise<boolean> => {
    setNotice(undefined);
    try {
      if (!id) {
        const created = await send<StaffMapItem>('POST', '', inputOf(draft));
        mapFlash.value = tr('mapStaff.published', { title: created.properties.title });
        navigate(base);
        return true;
      }
      const saved = await send<StaffMapItem>('PUT', encodeURIComponent(id), { ...inputOf(draft), version: item!.version });
      setItems((prev) => prev?.map((i) => (i.id === saved.id ? saved : i)));
      setDraft(draftFromItem(saved));
      setNotice({ kind: 'ok', text: tr('mapStaff.saved') });
      return true;
    } catch (e) {
      if (e instanceof SignedOut) {
        onSignedOut();
        return false;
      }
      if (e instanceof ApiError && e.status === 409) {
        await conflict();
        return false;
      }
      // Gone meanwhile: the page says so once reloaded.
      if (e instanceof ApiError && e.status === 404 && id) {
        await load();
        return false;
      }
      if (e instanceof ApiError && e.invalidParams.length) {
        const { fields, rest } = errorsOfParams(e.invalidParams);
        const mapped = Object.keys(fields).length > 0;
        if (mapped) {
          setServerErrors(fields);
          setServerTries((n) => n + 1);
        }
        // What belongs to no field is said above the list, once.
        if (rest.length) throw new ApiError(e.status, { ...e.problem!, 'invalid-params': rest });
        if (!mapped) throw e;
        return false;
      }
      throw e;
    }
  };

  const submit = onSubmit(() => {
    setServerErrors({});
    return checkDraft(draft, commune.map.boundary);
  }, save);

  const remove = async (): Promise<string> => {
    if (!item) return '';
    try {
      await send<void>('DELETE', `${encodeURIComponent(item.id)}?version=${item.version}`);
      mapFlash.value = tr('mapStaff.deleted', { title: item.properties.title });
      navigate(base);
      return '';
    } catch (e) {
      if (e instanceof SignedOut) {
        onSignedOut();
        return '';
      }
      if (e instanceof ApiError && e.status === 409) {
        await conflict();
        return '';
      }
      if (e instanceof ApiError && e.status === 404) {
        await load();
        return '';
      }
      return problemText(e);
    }
  };

  if (!id && !may(commune, 'POST /api/{commune}/staff/map/items', 'create')) return <Forbidden commune={commune.id} />;
  if (id && (!item || !ready)) {
    const error = loadError || (items && !item ? tr('mapStaff.notFound') : '');
    return <NotLoaded error={error} back={back} onRetry={loadError ? () => void load() : undefined} />;
  }

  const allErrors = { ...errors, ...serverErrors };
  const formSummary = { errors: allErrors, general: summary.general, focusKey: summary.focusKey + serverTries };
  const causes = items?.filter((i) => i.id !== id);

  // Another department's item: read only, saying whose it is (the role matrix: its owner's agents and admins change it).
  if (item && isEditable(item) && !may(commune, 'PUT /api/{commune}/staff/map/items/{id}', 'update', { department: item.department })) {
    return (
      <article class="map-item-page" data-testid="map-item-readonly" data-id={item.id}>
        <BackLink {...back} />
        <h1 ref={heading} tabindex={-1}>
          {tr('mapStaff.readOnly.title', { title: item.properties.title })}
        </h1>
        <p class="readonly-box" data-testid="map-item-owner">
          {tr('mapStaff.readOnly.owner', { department: departmentName(commune, item.department) })}
        </p>
        <MapItemFacts commune={commune} item={item} all={items ?? []} />
      </article>
    );
  }

  if (item && !isEditable(item)) {
    const p = item.properties;
    const href = sourceHref(commune.id, p.source);
    return (
      <article class="map-item-page" data-testid="map-item-readonly" data-id={item.id}>
        <BackLink {...back} />
        <h1 ref={heading} tabindex={-1}>
          {tr('mapStaff.readOnly.title', { title: p.title })}
        </h1>
        <p class="readonly-box">
          {tr(p.source.type === 'report' ? 'mapStaff.readOnly.report' : 'mapStaff.readOnly.permit', { code: p.source.code ?? '' })}
          {href && (
            <>
              {' '}
              <a href={href} onClick={linkClick} data-testid="map-item-source">
                {tr(p.source.type === 'report' ? 'mapStaff.readOnly.reportLink' : 'mapStaff.readOnly.permitLink', {
                  code: p.source.code ?? '',
                })}
              </a>
            </>
          )}
        </p>
        <MapItemFacts commune={commune} item={item} all={items ?? []} />
      </article>
    );
  }

  return (
    <article class="map-item-page" data-testid="map-item-page" data-id={id}>
      <BackLink {...back} />
      <h1 ref={heading} tabindex={-1}>
        {item ? tr('mapStaff.edit.title', { title: item.properties.title }) : tr('mapStaff.new.title')}
      </h1>
      {notice && (
        <div
          class={`notice ${notice.kind}`}
          role={notice.kind === 'warn' ? 'alert' : 'status'}
          tabindex={-1}
          ref={noticeRef}
          data-testid="map-item-notice"
        >
          <p>{notice.text}</p>
          {notice.reset && item && (
            <p>
              <button
                type="button"
                class="button secondary small"
                data-testid="map-item-reset"
                onClick={() => {
                  setDraft(draftFromItem(item));
                  setNotice(undefined);
                }}
              >
                {tr('mapStaff.conflict.reset')}
              </button>
            </p>
          )}
        </div>
      )}
      <MapItemForm
        commune={commune}
        draft={draft}
        set={set}
        errors={allErrors}
        summary={formSummary}
        busy={busy}
        onSubmit={submit}
        submitLabel={item ? 'mapStaff.f.submit.edit' : 'mapStaff.f.submit.new'}
        causes={causes}
        testId="map-item-form"
      />
      {item && <DeleteMapItem title={item.properties.title} onDelete={remove} />}
    </article>
  );
}
