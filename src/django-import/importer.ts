// Writes the old Django app's rows (src/django-import/mapping.ts) into this service's database.
//
// Each imported row carries its old id in its idempotencyKey ("django:student:12"): a run first reads the
// keys already there and writes only the rest, in transactions of `batchSize` old rows (a session with its
// charge in the same one). So a second run writes nothing, and a run stopped anywhere loses at most its
// open batch, which the next run writes.
import type { Config } from "../config/index.js";
import type { Db, Tx } from "../db/client.js";
import { IMPORT_STAFF_TELEGRAM_ID } from "../domain/staff.js";
import { tariffIdForNewSession } from "../services/tariff.js";
import { KEY_PREFIX, planImport, type Finding, type ImportPlan, type NewCharge, type NewPaymentState, type OldRows, type OldTable } from "./mapping.js";

const IMPORT_STAFF_NAME = "Django app (import)";

const NEW_STATES: readonly NewPaymentState[] = ["NOT_REQUESTED", "PAID", "FAILED", "UNKNOWN"];

export interface TableCount {
  table: OldTable;
  /** Rows the plan takes (the old table's rows less those skipped). */
  total: number;
  importedBefore: number;
  /** Written by this run (or, in a dry run, to be written). */
  imported: number;
  skipped: number;
  /** Per old state: payment_status / mpesa_status, "active" for sessions still running. */
  byState: Record<string, number>;
}

interface OldTotal {
  table: "usagesession" | "payment";
  state: string;
  count: number;
  cents: number;
}

interface NewTotal {
  state: NewPaymentState;
  count: number;
  /** The old amounts mapped to this state, exactly, and what rounding up to shillings added. */
  oldCents: number;
  roundingCents: number;
  /** Of the imported payments in the database (in a dry run, of those it would hold). */
  kes: number;
  agrees: boolean;
}

/** Balances still owed (cyberapp_payment.balance), all states together. */
interface BalanceTotal {
  oldCents: number;
  roundingCents: number;
  kes: number;
  agrees: boolean;
}

export interface ImportReport {
  dryRun: boolean;
  tables: TableCount[];
  findings: Finding[];
  before: OldTotal[];
  after: NewTotal[];
  balances: BalanceTotal;
  /** Nothing was left to import: every row was written by an earlier run. */
  nothingToDo: boolean;
}

export interface ImportOptions {
  /** The business time zone (payments' days), and the tariff a session still active is billed with. */
  config: Config;
  now: () => Date;
  dryRun?: boolean;
  /** Old rows per transaction (100). */
  batchSize?: number;
  /** Told after each committed batch. */
  onProgress?: (table: OldTable, done: number, total: number) => void;
}

/** Old id → new id of the rows earlier runs imported, per table. */
async function importedIds(db: Db): Promise<Record<OldTable, Map<number, number>>> {
  const startsWith = (table: OldTable) => ({ idempotencyKey: { startsWith: `${KEY_PREFIX}${table}:` } });
  const select = { id: true, idempotencyKey: true } as const;
  const [customers, sessions, payments] = await Promise.all([
    db.customer.findMany({ where: startsWith("student"), select }),
    db.usageSession.findMany({ where: startsWith("usagesession"), select }),
    db.payment.findMany({ where: startsWith("payment"), select }),
  ]);
  const byOldId = (rows: { id: number; idempotencyKey: string | null }[]) => new Map(rows.map((row) => [Number(row.idempotencyKey?.split(":")[2]), row.id]));
  return { student: byOldId(customers), usagesession: byOldId(sessions), payment: byOldId(payments) };
}

/** ID numbers held by customers that did not come from the Django app. */
async function takenIdNumbers(db: Db, old: OldRows): Promise<Map<string, number>> {
  const idNumbers = [...new Set(old.students.map((student) => (student.idnumber ?? "").trim()).filter(Boolean))];
  const taken = await db.customer.findMany({
    where: { idNumber: { in: idNumbers }, OR: [{ idempotencyKey: null }, { NOT: { idempotencyKey: { startsWith: `${KEY_PREFIX}student:` } } }] },
    select: { id: true, idNumber: true },
  });
  return new Map(taken.map((customer) => [customer.idNumber ?? "", customer.id]));
}

function chargeData(charge: NewCharge, customerId: number, staffId: number) {
  const { amountKes, balanceKes, date, state, method, receipt, phone, paidAt } = charge;
  return { customerId, amountKes, balanceKes, date, state, method, receipt, phone, paidAt, recordedById: staffId };
}

async function importStaffId(db: Db): Promise<number> {
  const staff = await db.staff.upsert({
    where: { telegramId: IMPORT_STAFF_TELEGRAM_ID },
    create: { telegramId: IMPORT_STAFF_TELEGRAM_ID, name: IMPORT_STAFF_NAME, role: "OPERATOR", active: false },
    update: {},
    select: { id: true },
  });
  return staff.id;
}

async function inBatches<T>(db: Db, table: OldTable, rows: readonly T[], write: (tx: Tx, row: T) => Promise<void>, options: ImportOptions): Promise<void> {
  const size = options.batchSize ?? 100;
  for (let start = 0; start < rows.length; start += size) {
    await db.$transaction(async (tx) => {
      for (const row of rows.slice(start, start + size)) await write(tx, row);
    });
    options.onProgress?.(table, Math.min(start + size, rows.length), rows.length);
  }
}

async function write(db: Db, plan: ImportPlan, done: Record<OldTable, Map<number, number>>, options: ImportOptions): Promise<void> {
  const staffId = await importStaffId(db);
  const sessions = plan.sessions.filter((row) => !done.usagesession.has(row.oldId));
  // A session still active is billed, when it ends here, with the tariff a session starting now gets.
  const tariffId = sessions.some((session) => session.endedAt === null)
    ? await tariffIdForNewSession({ db, config: options.config, now: options.now }, null)
    : null;
  const customerIds = done.student;
  const customerOf = (oldStudentId: number): number => {
    const id = customerIds.get(oldStudentId);
    if (id === undefined) throw new Error(`student ${oldStudentId} was not imported`);
    return id;
  };
  await inBatches(
    db,
    "student",
    plan.customers.filter((row) => !customerIds.has(row.oldId)),
    async (tx, { oldId, key, ...data }) => {
      const { id } = await tx.customer.create({ data: { ...data, idempotencyKey: key }, select: { id: true } });
      customerIds.set(oldId, id);
    },
    options,
  );
  await inBatches(
    db,
    "usagesession",
    sessions,
    async (tx, session) => {
      const customerId = customerOf(session.oldStudentId);
      const active = session.endedAt === null;
      const { id } = await tx.usageSession.create({
        data: {
          customerId,
          activeCustomerId: active ? customerId : null,
          startedAt: session.startedAt,
          endedAt: session.endedAt,
          amountKes: session.amountKes,
          tariffId: active ? tariffId : null,
          startedById: staffId,
          endedById: active ? null : staffId,
          idempotencyKey: session.key,
        },
        select: { id: true },
      });
      if (session.charge) await tx.payment.create({ data: { ...chargeData(session.charge, customerId, staffId), sessionId: id, idempotencyKey: session.key } });
    },
    options,
  );
  await inBatches(
    db,
    "payment",
    plan.payments.filter((row) => !done.payment.has(row.oldId)),
    async (tx, payment) => {
      await tx.payment.create({ data: { ...chargeData(payment, customerOf(payment.oldStudentId), staffId), idempotencyKey: payment.key } });
    },
    options,
  );
}

function countByState(rows: readonly { state: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { state } of rows) counts[state] = (counts[state] ?? 0) + 1;
  return counts;
}

/** Reads `old` into the database (or, with dryRun, only says what it would do) and reports. */
export async function importDjango(db: Db, old: OldRows, options: ImportOptions): Promise<ImportReport> {
  const plan = planImport(old, { takenIdNumbers: await takenIdNumbers(db, old), timeZone: options.config.service.timezone });
  const done = await importedIds(db);
  const skipped = (table: OldTable) => plan.findings.filter((finding) => finding.table === table && finding.skipped).length;
  const count = (table: OldTable, rows: readonly { oldId: number }[], states: readonly { state: string }[]): TableCount => {
    const importedBefore = rows.filter((row) => done[table].has(row.oldId)).length;
    return { table, total: rows.length, importedBefore, imported: rows.length - importedBefore, skipped: skipped(table), byState: countByState(states) };
  };
  const charges = [
    ...plan.sessions.flatMap((session) => (session.charge ? [{ table: "usagesession" as const, ...session.charge }] : [])),
    ...plan.payments.map((payment) => ({ table: "payment" as const, ...payment })),
  ];
  const tables = [
    count("student", plan.customers, []),
    count(
      "usagesession",
      plan.sessions,
      plan.sessions.map((session) => ({ state: session.charge?.oldState ?? (session.endedAt === null ? "active" : "no charge") })),
    ),
    count(
      "payment",
      plan.payments,
      plan.payments.map((payment) => ({ state: payment.oldState })),
    ),
  ];
  const nothingToDo = tables.every((table) => table.imported === 0);
  if (!options.dryRun && !nothingToDo) await write(db, plan, done, options);

  const before: OldTotal[] = [];
  for (const charge of charges) {
    let total = before.find((row) => row.table === charge.table && row.state === charge.oldState);
    if (!total) before.push((total = { table: charge.table, state: charge.oldState, count: 0, cents: 0 }));
    total.count += 1;
    total.cents += charge.oldCents;
  }
  const held = options.dryRun
    ? null
    : await db.payment.groupBy({
        by: ["state"],
        where: { idempotencyKey: { startsWith: KEY_PREFIX } },
        _count: { _all: true },
        _sum: { amountKes: true, balanceKes: true },
      });
  const after = NEW_STATES.map((state): NewTotal => {
    const mapped = charges.filter((charge) => charge.state === state);
    const oldCents = mapped.reduce((sum, charge) => sum + charge.oldCents, 0);
    const kesPlanned = mapped.reduce((sum, charge) => sum + charge.amountKes, 0);
    const row = held?.find((group) => group.state === state);
    const [count, kes] = held ? [row?._count._all ?? 0, row?._sum.amountKes ?? 0] : [mapped.length, kesPlanned];
    // The old amounts plus the listed roundings are the planned shillings; the database must hold exactly those.
    return { state, count, oldCents, roundingCents: kesPlanned * 100 - oldCents, kes, agrees: count === mapped.length && kes === kesPlanned };
  });
  const oldBalanceCents = charges.reduce((sum, charge) => sum + charge.oldBalanceCents, 0);
  const balanceKesPlanned = charges.reduce((sum, charge) => sum + charge.balanceKes, 0);
  const balanceKes = held ? held.reduce((sum, group) => sum + (group._sum.balanceKes ?? 0), 0) : balanceKesPlanned;
  const balances = {
    oldCents: oldBalanceCents,
    roundingCents: balanceKesPlanned * 100 - oldBalanceCents,
    kes: balanceKes,
    agrees: balanceKes === balanceKesPlanned,
  };
  return { dryRun: options.dryRun ?? false, tables, findings: plan.findings, before, after, balances, nothingToDo };
}
