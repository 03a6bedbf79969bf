/**
 * Staff publish and edit the public map's items:
 *   GET    /api/{c}/staff/map/items          every item (with its version), last changed first
 *   POST   /api/{c}/staff/map/items          publish one (Idempotency-Key makes a retry harmless)
 *   PUT    /api/{c}/staff/map/items/{id}     edit it, guarded by its version (409 when stale)
 *   DELETE /api/{c}/staff/map/items/{id}?version=N
 *   GET    /api/{c}/staff/addresses          the address register in use and the import's limits (admins)
 *   PUT    /api/{c}/staff/addresses          an admin imports the address register (address-import.ts)
 * Items produced by a permit are changed through the permit, not here. The owning department's agents and admins
 * publish, edit and delete an item (role matrix); every agent reads the list.
 */
import {
  MapItemDeleteQuery,
  MapItemInput,
  MapItemUpdate,
  mapItemRecords,
  toFeature,
  type MapItem,
  type MapItemInput as Input,
} from '@tandem/shared';
import { HttpError, apiHandler, conflict, header, json, notFound, parseBody, parseQuery, pathParam } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { clock } from '../lib/clock.js';
import { requireStaff } from '../lib/staff-auth.js';
import { authorize } from '../lib/authorize.js';
import { checkedKey, requestHash } from '../lib/idempotency.js';
import { createdAnswer, runCreateOnce } from '../lib/create-once.js';
import { insertNew } from '../lib/insert-new.js';
import { versionedWrite } from '../lib/versioned-write.js';
import { runVersionedDelete } from '../lib/versioned-change.js';
import { routeOf } from '../lib/route-of.js';
import { auditContext, auditEntry } from '../lib/audit.js';
import { checkMapItem, ownerOf } from './map-input.js';
import { allItems, cellEntries, getMapItem } from './map-store.js';
import { addressRegisterState, importAddresses } from './address-import.js';

const view = (i: MapItem) => ({ ...toFeature(i), version: i.version, ...(i.department ? { department: i.department } : {}) });
const fieldsOf = (input: Input) => ({
  kind: input.kind,
  title: input.title,
  description: input.description,
  streets: input.streets,
  geometry: input.geometry,
  period: input.period,
  ...(input.managingParty ? { managingParty: input.managingParty } : {}),
  ...(input.phase ? { phase: input.phase } : {}),
  ...(input.causedBy ? { causedBy: input.causedBy } : {}),
});

export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const user = await requireStaff(event, reg);
  const commune = reg.config.id;
  const action = routeOf<'map/staff-map-items', 'list' | 'publish' | 'edit' | 'delete' | 'addresses' | 'register'>(event, {
    'GET /api/{commune}/staff/addresses': 'register',
    'PUT /api/{commune}/staff/addresses': 'addresses',
    'GET /api/{commune}/staff/map/items': 'list',
    'POST /api/{commune}/staff/map/items': 'publish',
    'PUT /api/{commune}/staff/map/items/{id}': 'edit',
    'DELETE /api/{commune}/staff/map/items/{id}': 'delete',
  });
  if (action === 'addresses') return importAddresses(event, reg, user);
  if (action === 'register') return addressRegisterState(reg, user);
  const audit = auditContext(event, reg, user);
  const author = { sub: user.sub, name: user.name };

  if (action === 'list') {
    authorize(user, reg.config, 'GET /api/{commune}/staff/map/items', 'list');
    return json(200, { items: (await allItems(commune)).map(view) });
  }

  if (action === 'publish') {
    const route = 'POST /api/{commune}/staff/map/items';
    authorize(user, reg.config, route, 'create');
    const input = parseBody(event, MapItemInput);
    const department = ownerOf(reg.config, user.departments, input.department);
    authorize(user, reg.config, route, 'create', { department });
    await checkMapItem(reg.config, input);
    const now = clock.iso();
    const id = `${input.kind.replace('_', '-')}-${crypto.randomUUID().slice(0, 8)}`;
    return runCreateOnce({
      commune,
      idempotencyKey: checkedKey(header(event, 'idempotency-key')),
      requestHash: requestHash(event.routeKey, commune, user.sub, input),
      at: now,
      id,
      write: (idem) => {
        const { item, copies } = mapItemRecords(commune, {
          id,
          ...fieldsOf(input),
          source: { type: 'staff' },
          department,
          createdAt: now,
          updatedAt: now,
          createdBy: author,
          updatedBy: author,
          version: 1,
        });
        const entry = auditEntry(audit, now, 'mapitem.create', { kind: 'map-item', id }, input.title);
        return insertNew(item, copies[0], idem, copies.slice(1), [entry]);
      },
      answer: async (made, replayed) => {
        const i = await getMapItem(commune, made);
        if (!i) throw notFound('no map item has this id');
        return createdAnswer(view(i), `/api/${commune}/staff/map/items/${made}`, replayed);
      },
      busy: 'this item is being saved right now; try again in a moment',
    });
  }

  const id = pathParam(event, 'id');
  const current = await getMapItem(commune, id);
  if (!current) throw notFound('no map item has this id');
  if (action === 'edit')
    authorize(user, reg.config, 'PUT /api/{commune}/staff/map/items/{id}', 'update', { department: current.department });
  else authorize(user, reg.config, 'DELETE /api/{commune}/staff/map/items/{id}', 'delete', { department: current.department });
  if (current.source.type !== 'staff') {
    throw new HttpError(409, `this item comes from ${current.source.type} ${current.source.code ?? ''}: change it there`.trim(), [], {
      source: current.source,
    });
  }

  if (action === 'edit') {
    const input = parseBody(event, MapItemUpdate);
    const department = ownerOf(reg.config, user.departments, input.department, current);
    // Handing an item to another department: only to one of the user's own (admins: any).
    if (department !== current.department) authorize(user, reg.config, 'PUT /api/{commune}/staff/map/items/{id}', 'update', { department });
    await checkMapItem(reg.config, input, id);
    if (input.version !== current.version) throw stale(current);
    const now = clock.iso();
    const { item, copies } = mapItemRecords(commune, {
      ...fieldsOf(input),
      id,
      source: current.source,
      ...(department ? { department } : {}),
      createdAt: current.createdAt,
      updatedAt: now,
      ...(current.createdBy ? { createdBy: current.createdBy } : {}),
      updatedBy: author,
      version: current.version,
    });
    const { pk: _pk, sk: _sk, version: _v, ...set } = item;
    const removable = (['managingParty', 'phase', 'causedBy'] as const).filter((k) => item[k] === undefined);
    const outcome = await versionedWrite({
      key: { pk: current.pk, sk: current.sk },
      expectedVersion: input.version,
      set,
      remove: [...removable],
      puts: [auditEntry(audit, now, 'mapitem.update', { kind: 'map-item', id }, input.title)],
      more: cellEntries(current, copies),
    });
    if (outcome === 'stale') throw stale((await getMapItem(commune, id)) ?? current);
    return json(200, view((await getMapItem(commune, id))!));
  }

  // DELETE: the item and its cell copies go together.
  const { version } = parseQuery(event, MapItemDeleteQuery);
  return runVersionedDelete({
    current,
    expectedVersion: version,
    audit: auditEntry(audit, clock.iso(), 'mapitem.delete', { kind: 'map-item', id }, current.title),
    more: cellEntries(current, []),
    stale,
    reload: () => getMapItem(commune, id),
  });
});

function stale(i: MapItem): HttpError {
  return conflict('someone else changed this item since you opened it; reload it and try again', { currentVersion: i.version });
}
