// The managers' exports: the rows of a period of business days as CSV files, one file per table. Rows are
// read in pages by id (keyset: each page starts after the last id read) and streamed through the CSV
// stringifier to whoever reads the file, so an export is never held whole in memory.
//
// A table is one entry of EXPORT_TABLES: its name (the file's), how a page of its rows is read, and its
// columns (header and value). Cells are plain: amounts in whole shillings, times on the business time
// zone's clock with its offset (localTimestamp), states as stored. A cell a spreadsheet would take for a
// formula (starting with =, +, -, @, a tab or a carriage return) is written with a leading ' (the
// stringifier's escape_formulas); numbers are left as they are.
import { pipeline, Readable } from "node:stream";
import { stringify } from "csv-stringify";
import type { Db } from "../db/client.js";
import type { AuditLine } from "../domain/audit.js";
import { localTimestamp, periodInstants, type BusinessDays } from "../domain/dates.js";
import { fullName } from "../domain/names.js";
import type { Prisma } from "../generated/prisma/client.js";
import { auditEntriesInRange } from "./audit.js";
import type { ServiceContext } from "./context.js";
import { cashUp } from "./shifts.js";

type Cell = string | number | null;

/** What every table's rows are read and written with. */
interface ExportScope {
  db: Db;
  days: BusinessDays;
  /** The instants the period begins (included) and ends (excluded). */
  start: Date;
  end: Date;
  timeZone: string;
  /** A staff member's name by id; null for none. */
  staffName: (id: number | null) => string | null;
  words: ExportWords;
}

/** What the files say in words (texts live outside the services). */
export interface ExportWords {
  /** An audit entry as /audit shows it. */
  auditLine: (entry: AuditLine) => string;
}

interface ExportTable {
  name: string;
  headers: string[];
  /** Up to `take` rows with ids above `afterId`, in id order, as records; and the last id read. */
  page(scope: ExportScope, afterId: number, take: number): Promise<{ records: Cell[][]; lastId: number }>;
}

/** A table from how its rows are read (ids above `afterId`, in id order, at most `take`) and its columns, header first. */
function table<Row extends { id: number }>(
  name: string,
  read: (scope: ExportScope, afterId: number, take: number) => Promise<Row[]>,
  columns: Record<string, (row: Row, scope: ExportScope) => Cell>,
): ExportTable {
  const cells = Object.values(columns);
  return {
    name,
    headers: Object.keys(columns),
    async page(scope, afterId, take) {
      const rows = await read(scope, afterId, take);
      return { records: rows.map((row) => cells.map((cell) => cell(row, scope))), lastId: rows.at(-1)?.id ?? afterId };
    },
  };
}

const time = (instant: Date | null, { timeZone }: ExportScope): string | null => (instant ? localTimestamp(instant, timeZone) : null);

/** Payments belonging to the period's days, and those whose money arrived in it (what /report counts as takings). */
const paymentsOf = ({ days, start, end }: ExportScope): Prisma.PaymentWhereInput => ({
  OR: [{ date: { gte: days.from, lte: days.to } }, { paidAt: { gte: start, lt: end } }],
});

/** Sessions started or ended in the period. */
const sessionsOf = ({ start, end }: ExportScope): Prisma.UsageSessionWhereInput => ({
  OR: [{ startedAt: { gte: start, lt: end } }, { endedAt: { gte: start, lt: end } }],
});

const customerName = { select: { firstName: true, lastName: true } } satisfies Prisma.CustomerDefaultArgs;

type ShiftRow = Prisma.ShiftGetPayload<{ include: { staff: { select: { name: true } } } }>;

/** A closed shift's cash-up as recorded at its close; null while it is open (its figures are not final). */
/** A closed shift's expected drawer, and the difference when it was counted (not for a shift closed without a count). */
function cashUpOf(shift: ShiftRow): { expectedKes: number; differenceKes: number | null } | null {
  if (shift.closedAt === null) return null;
  const { expectedKes, differenceKes } = cashUp(
    { floatKes: shift.floatKes, cashKes: shift.cashKes ?? 0, refundedKes: shift.refundedKes ?? 0 },
    shift.countedKes ?? 0,
  );
  return { expectedKes, differenceKes: shift.countedKes === null ? null : differenceKes };
}

/** The tables an export holds, in the order their files are sent. */
const EXPORT_TABLES = [
  table(
    "payments",
    (scope, afterId, take) =>
      scope.db.payment.findMany({ where: { id: { gt: afterId }, ...paymentsOf(scope) }, orderBy: { id: "asc" }, take, include: { customer: customerName } }),
    {
      id: (p) => p.id,
      date: (p) => p.date,
      customer_id: (p) => p.customerId,
      customer: (p) => fullName(p.customer),
      amount_kes: (p) => p.amountKes,
      state: (p) => p.state,
      method: (p) => p.method,
      paid_at: (p, scope) => time(p.paidAt, scope),
      receipt: (p) => p.receipt,
      phone: (p) => p.phone,
      balance_kes: (p) => p.balanceKes,
      original_amount_kes: (p) => p.originalAmountKes,
      adjust_reason: (p) => p.adjustReason,
      session_id: (p) => p.sessionId,
      prepaid_session_id: (p) => p.prepaidSessionId,
      recorded_by: (p, scope) => scope.staffName(p.recordedById),
      settled_by: (p, scope) => scope.staffName(p.settledById),
      created_at: (p, scope) => time(p.createdAt, scope),
    },
  ),
  table(
    "sessions",
    (scope, afterId, take) =>
      scope.db.usageSession.findMany({
        where: { id: { gt: afterId }, ...sessionsOf(scope) },
        orderBy: { id: "asc" },
        take,
        include: { customer: customerName, computer: { select: { name: true } }, payment: { select: { id: true, state: true } } },
      }),
    {
      id: (s) => s.id,
      customer_id: (s) => s.customerId,
      customer: (s) => fullName(s.customer),
      computer: (s) => s.computer?.name ?? null,
      started_at: (s, scope) => time(s.startedAt, scope),
      ended_at: (s, scope) => time(s.endedAt, scope),
      duration_seconds: (s) => (s.endedAt ? Math.round((s.endedAt.getTime() - s.startedAt.getTime()) / 1000) : null),
      amount_kes: (s) => s.amountKes,
      prepaid_seconds: (s) => s.prepaidSeconds,
      prepaid_kes: (s) => s.prepaidKes,
      payment_id: (s) => s.payment?.id ?? null,
      payment_state: (s) => s.payment?.state ?? null,
      started_by: (s, scope) => scope.staffName(s.startedById),
      ended_by: (s, scope) => scope.staffName(s.endedById),
      voided_at: (s, scope) => time(s.voidedAt, scope),
      voided_by: (s, scope) => scope.staffName(s.voidedById),
      void_reason: (s) => s.voidReason,
      refund_kes: (s) => s.refundKes,
      refunded_at: (s, scope) => time(s.refundedAt, scope),
      refunded_by: (s, scope) => scope.staffName(s.refundedById),
      refund_shift_id: (s) => s.refundShiftId,
    },
  ),
  table(
    "customers",
    // The customers of the period's payments and sessions: every customer_id the other files name.
    (scope, afterId, take) =>
      scope.db.customer.findMany({
        where: { id: { gt: afterId }, OR: [{ payments: { some: paymentsOf(scope) } }, { sessions: { some: sessionsOf(scope) } }] },
        orderBy: { id: "asc" },
        take,
      }),
    {
      id: (c) => c.id,
      first_name: (c) => c.firstName,
      last_name: (c) => c.lastName,
      id_number: (c) => c.idNumber,
      phone: (c) => c.phone,
      created_at: (c, scope) => time(c.createdAt, scope),
    },
  ),
  table(
    "shifts",
    // Opened or closed in the period. An open shift's close columns are empty, not its figures so far.
    (scope, afterId, take) =>
      scope.db.shift.findMany({
        where: { id: { gt: afterId }, OR: [{ openedAt: { gte: scope.start, lt: scope.end } }, { closedAt: { gte: scope.start, lt: scope.end } }] },
        orderBy: { id: "asc" },
        take,
        include: { staff: { select: { name: true } } },
      }),
    {
      id: (s) => s.id,
      staff: (s) => s.staff.name,
      opened_at: (s, scope) => time(s.openedAt, scope),
      closed_at: (s, scope) => time(s.closedAt, scope),
      float_kes: (s) => s.floatKes,
      cash_kes: (s) => s.cashKes,
      refunded_kes: (s) => s.refundedKes,
      expected_kes: (s) => cashUpOf(s)?.expectedKes ?? null,
      counted_kes: (s) => s.countedKes,
      difference_kes: (s) => cashUpOf(s)?.differenceKes ?? null,
      mpesa_kes: (s) => s.mpesaKes,
    },
  ),
  table("audit", (scope, afterId, take) => auditEntriesInRange(scope, { from: scope.start, to: scope.end }, afterId, take), {
    id: (e) => e.id,
    at: (e, scope) => time(e.at, scope),
    action: (e) => e.action,
    by: (e) => e.by,
    about_staff: (e) => e.subjectStaff,
    customer: (e) => e.customer,
    session_id: (e) => e.sessionId,
    payment_id: (e) => e.paymentId,
    amount_kes: (e) => e.amountKes,
    line: (e, scope) => scope.words.auditLine(e),
    details: (e) => (Object.keys(e.details).length > 0 ? JSON.stringify(e.details) : null),
  }),
];

/** The names of the export's tables, in the order their files are sent. */
export const EXPORT_TABLE_NAMES = EXPORT_TABLES.map((t) => t.name);

function exportTable(name: string): ExportTable {
  const found = EXPORT_TABLES.find((t) => t.name === name);
  if (!found) throw new Error(`no export table ${name}`);
  return found;
}

/** Rows read from the database at a time. */
export const EXPORT_PAGE_ROWS = 500;

export interface ExportFile {
  /** "payments-2026-11-01_2026-11-30.csv". */
  fileName: string;
  /** The file's bytes (UTF-8 with a byte order mark, a header row), read from the database as they are consumed. */
  csv: Readable;
  /** How many rows were written so far: all of them once `csv` has ended. */
  rows: () => number;
}

/**
 * One table of the period's export as a CSV file, or null when the period has no row of it. The first
 * page is read now; the rest as the file is consumed.
 */
export async function openExport({ db, config }: ServiceContext, tableName: string, days: BusinessDays, words: ExportWords): Promise<ExportFile | null> {
  const exported = exportTable(tableName);
  const names = new Map((await db.staff.findMany({ select: { id: true, name: true } })).map((s) => [s.id, s.name]));
  const scope: ExportScope = {
    db,
    days,
    ...periodInstants(days, config.service.timezone),
    timeZone: config.service.timezone,
    staffName: (id) => (id === null ? null : (names.get(id) ?? null)),
    words,
  };
  const first = await exported.page(scope, 0, EXPORT_PAGE_ROWS);
  if (first.records.length === 0) return null;

  let rows = 0;
  async function* records(): AsyncGenerator<Cell[]> {
    let page = first;
    for (;;) {
      for (const record of page.records) {
        rows++;
        yield record;
      }
      if (page.records.length < EXPORT_PAGE_ROWS) return;
      page = await exported.page(scope, page.lastId, EXPORT_PAGE_ROWS);
    }
  }
  // Excel opens a CSV file as UTF-8 only with the byte order mark; other programs skip it.
  const csv = stringify({ bom: true, header: true, columns: exported.headers, escape_formulas: true, record_delimiter: "windows" });
  // A failed read destroys `csv` with its error, which whoever reads it gets.
  pipeline(Readable.from(records()), csv, () => {});
  return { fileName: `${exported.name}-${days.from}_${days.to}.csv`, csv, rows: () => rows };
}
