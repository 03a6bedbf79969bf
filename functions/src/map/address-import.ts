/**
 * PUT /api/{c}/staff/addresses (text/csv) — an admin replaces the commune's address register with a CSV (BeST-Address
 * export or the simple subset: shared/src/addresses/address-csv.ts, docs/addresses.md). Any refused row makes the
 * whole import a 422 naming each row's line and column, and nothing changes — unless the admin asked to leave the
 * refused rows out (`?refused=leave-out`, a few bad lines in a good file): then the others are imported and the
 * refused ones listed in the answer and the audit entry. The version is the hash of the points:
 * the same file again answers `unchanged` and writes nothing; a new one is written beside the register in use, made
 * current by one conditional transaction with its audit entry (a concurrent import loses with a 409), and the old
 * version is removed only then — a lookup meanwhile reads one whole register or the other.
 */
import { createHash } from 'node:crypto';
import {
  ADDRESS_CSV_MAX_BYTES,
  ADDRESS_CSV_MAX_PROBLEMS,
  ADDRESS_CSV_MAX_ROWS,
  ADDRESS_CELL_PRECISION,
  AddressImportQuery,
  addressKeys,
  buildRegister,
  mayLeaveOutRefused,
  parseAddressCsv,
  registerArea,
  streetInitial,
  type AddressRegisterPointer,
  type AddressRegisterState,
  type CommuneRegistration,
} from '@tandem/shared';
import { conflict, json, parseQuery, unprocessable, type ApiEvent } from '../lib/http.js';
import { uploadedText } from '../lib/text-file.js';
import { clock } from '../lib/clock.js';
import { authorize } from '../lib/authorize.js';
import { auditContext, auditEntry } from '../lib/audit.js';
import type { StaffUser } from '../lib/staff-auth.js';
import { registerPointer, removeVersion, switchRegister, versionRecords, writeVersion } from './address-store.js';

/** GET /api/{c}/staff/addresses — the register in use (what, when, by whom) and the import's limits, for the admins' screen. */
export async function addressRegisterState(reg: CommuneRegistration, user: StaffUser) {
  authorize(user, reg.config, 'GET /api/{commune}/staff/addresses', 'read');
  const p = await registerPointer(reg.config.id);
  const state: AddressRegisterState = {
    register: p
      ? {
          version: p.version,
          points: p.points,
          streets: p.streets,
          importedAt: p.importedAt,
          ...(p.importedBy ? { importedBy: { name: p.importedBy.name } } : {}),
        }
      : null,
    limits: { maxBytes: ADDRESS_CSV_MAX_BYTES, maxPoints: ADDRESS_CSV_MAX_ROWS, maxProblems: ADDRESS_CSV_MAX_PROBLEMS },
  };
  return json(200, state);
}

export async function importAddresses(event: ApiEvent, reg: CommuneRegistration, user: StaffUser) {
  const route = 'PUT /api/{commune}/staff/addresses';
  authorize(user, reg.config, route, 'import');
  const { refused: onRefused } = parseQuery(event, AddressImportQuery);
  const commune = reg.config.id;
  const { text } = uploadedText(
    event,
    ['text/csv', 'text/plain'],
    ADDRESS_CSV_MAX_BYTES,
    `the file is larger than ${ADDRESS_CSV_MAX_BYTES / 1024 / 1024} MiB: import one commune's addresses only`,
  );
  const parsed = parseAddressCsv(text, registerArea(reg.config.map.bbox));
  const leaveOut = onRefused === 'leave-out' && mayLeaveOutRefused(parsed);
  if (parsed.problems.length && !leaveOut)
    throw unprocessable(
      'some rows are not valid: nothing was imported',
      parsed.problems.map((p) => ({ name: `line ${p.line}, column ${p.column}`, reason: p.reason })),
    );
  if (!parsed.points.length)
    throw unprocessable('the file has no numbered point: nothing was imported', [{ name: '(body)', reason: 'no rows' }]);

  const built = buildRegister(parsed.points);
  const version = createHash('sha256')
    .update(JSON.stringify([ADDRESS_CELL_PRECISION, built.cells, built.streets]))
    .digest('hex')
    .slice(0, 16);
  const current = await registerPointer(commune);
  const refused = parsed.problems.map(({ line, column, reason, code }) => ({ line, column, reason, code }));
  const answer = (unchanged: boolean, importedAt: string) =>
    json(200, { version, points: built.points, streets: built.streets.length, skipped: parsed.skipped, unchanged, importedAt, refused });
  if (current?.version === version) return answer(true, current.importedAt);

  await writeVersion(versionRecords(commune, version, built));
  const now = clock.iso();
  const pointer: AddressRegisterPointer = {
    ...addressKeys.addressRegister(commune),
    type: 'address-register',
    version,
    points: built.points,
    streets: built.streets.length,
    importedAt: now,
    importedBy: { sub: user.sub, name: user.name },
    cells: [...new Set(built.cells.map((c) => c.cell))],
    initials: [...new Set(built.streets.map((st) => streetInitial(st.core)))],
  };
  const entry = auditEntry(
    auditContext(event, reg, user),
    now,
    'addresses.import',
    { kind: 'address-register', id: version },
    refused.length
      ? `${built.points} points, ${built.streets.length} streets; lines left out: ${[...new Set(refused.map((r) => r.line))].join(', ')}`
      : `${built.points} points, ${built.streets.length} streets`,
  );
  // The records written stay if this loses: a concurrent import of the same file wrote (and uses) the very same ones.
  if (!(await switchRegister(pointer, current?.version, entry)))
    throw conflict('another import replaced the register meanwhile: look at it and import again if needed');
  if (current) {
    try {
      await removeVersion(commune, current.version, current.cells, current.initials);
    } catch (err) {
      // Unreferenced records harm no lookup; the next import of this version would rewrite them anyway.
      console.warn(
        JSON.stringify({
          msg: 'address register: the replaced version was not wholly removed',
          version: current.version,
          err: String(err),
        }),
      );
    }
  }
  return answer(false, now);
}
