// A year of a busy café, for the report and export benchmark: staff, computers, regular customers, and
// about 100 sessions a day between 07:00 and 22:00 on the business clock, with their payments (mostly
// paid by M-Pesa or in cash; some not asked for, failed, with no answer, paid with another amount, paid
// the next day, or paid after a failed prompt), prepaid time and a few voided sessions, two shifts a day
// with their cash-up, and the audit trail of all of it. Made by a seeded
// random generator, so every run gets the same rows; written by raw SQL (one prepared INSERT per row in
// one transaction on SQLite, multi-row INSERTs on PostgreSQL), far faster than through the services.
import type Database from "better-sqlite3";
import type pg from "pg";
import { addDays, instantAt } from "../src/domain/dates.js";

type Value = string | number | boolean | Date | null;

/** One table's rows, every row with the same columns in the same order. */
interface TableRows {
  table: string;
  columns: string[];
  rows: Value[][];
}

export interface BusyYear {
  /** The days the data set covers, YYYY-MM-DD on the business clock. */
  from: string;
  to: string;
  tables: TableRows[];
  /** How many rows of each table. */
  counts: Record<string, number>;
}

export interface BusyYearOptions {
  /** The last business day (today); the data set ends before `now`. */
  today: string;
  now: Date;
  days: number;
  sessionsPerDay: number;
  timeZone: string;
}

const MANAGERS = 2;
const OPERATORS = 6;
const COMPUTERS = 20;
const CUSTOMERS = 4000;
const RATE_PER_HOUR = 100;
const FIRST_NAMES = ["Wanjiru", "Otieno", "Akinyi", "Kamau", "Njeri", "Mwangi", "Achieng", "Kiprono", "Wambui", "Omondi", "Chebet", "Mutua"];
const LAST_NAMES = ["Kariuki", "Odhiambo", "Wanjiku", "Kiptoo", "Mugo", "Onyango", "Njoroge", "Atieno", "Ruto", "Maina", "Ng’ang’a", "Wafula"];

/** mulberry32: a small seeded generator, numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MINUTE = 60_000;

export function busyYear({ today, now, days, sessionsPerDay, timeZone }: BusyYearOptions): BusyYear {
  const rand = random(13);
  // The drawers' counts have their own generator, so the other tables' rows are those of a data set without shifts.
  const drawerRand = random(7);
  const pick = (items: readonly string[]): string => items[Math.floor(rand() * items.length)] ?? "";
  const between = (low: number, high: number) => low + Math.floor(rand() * (high - low + 1));
  const from = addDays(today, -(days - 1));
  const yearStart = instantAt(from, 0, timeZone);

  const staff: Value[][] = [];
  for (let i = 0; i < MANAGERS + OPERATORS; i++) {
    const manager = i < MANAGERS;
    staff.push([i + 1, 100_000 + i, manager ? `Manager ${i + 1}` : pick(FIRST_NAMES), manager ? "MANAGER" : "OPERATOR", true, yearStart, yearStart]);
  }
  const computers: Value[][] = Array.from({ length: COMPUTERS }, (_, i) => [i + 1, `PC-${i + 1}`, false, yearStart, yearStart]);
  const customers: Value[][] = [];
  const phones: string[] = [];
  const phoneOf = (customer: number) => phones[customer] ?? "";
  for (let id = 1; id <= CUSTOMERS; id++) {
    const [first, last, phone] = [pick(FIRST_NAMES), pick(LAST_NAMES), `2547${String(between(0, 99_999_999)).padStart(8, "0")}`];
    phones[id] = phone;
    customers.push([id, first, last, phone, `${first} ${last} ${phone}`.toLowerCase(), yearStart, yearStart]);
  }

  const sessions: Value[][] = [];
  const payments: Value[][] = [];
  const prompts: Value[][] = [];
  const shifts: Value[][] = [];
  const auditEntries: Value[][] = [];
  const audit = (
    at: Date,
    action: string,
    staffId: number,
    e: { customer?: number; session?: number; payment?: number; amount?: number; details?: Record<string, unknown> },
  ) => {
    auditEntries.push([
      auditEntries.length + 1,
      at,
      action,
      staffId,
      e.customer ?? null,
      e.session ?? null,
      e.payment ?? null,
      e.amount ?? null,
      e.details ? JSON.stringify(e.details) : null,
    ]);
  };
  /** The day's shifts' takings so far by operator (their cash-up counts what their sessions brought in: near enough here). */
  const takings = new Map<number, { cash: number; mpesa: number }>();
  const prompt = (
    paymentId: number,
    state: string,
    operator: number,
    phone: string,
    amount: number,
    at: Date,
    extra: { paidAmount?: number; mismatch?: boolean } = {},
  ) => {
    const id = prompts.length + 1;
    const paid = state === "PAID" || extra.mismatch === true;
    audit(at, "prompt_sent", operator, {
      customer: Number(payments[paymentId - 1]?.[1]),
      payment: paymentId,
      amount,
      details: { phone, customerPhone: phone },
    });
    prompts.push([
      id,
      paymentId,
      state,
      `29115-34620561-${id}`,
      `ws_CO_${String(id).padStart(12, "0")}`,
      phone,
      amount,
      `Payment ${paymentId}`,
      "Cafe payment",
      state === "PAID" ? "0" : state === "FAILED" ? "1032" : null,
      paid ? `R${String(id).padStart(9, "0")}` : null,
      extra.paidAmount ?? (paid ? amount : null),
      extra.mismatch === true,
      operator,
      at,
      new Date(at.getTime() + 60_000),
      at,
    ]);
  };
  /** A payment row; its money arrives at `paidAt` by `method` (M-Pesa also leaves its prompt), or not. */
  const payment = (p: {
    customer: number;
    amount: number;
    date: string;
    state: string;
    method: "MPESA" | "CASH" | null;
    paidAt: Date | null;
    session: number | null;
    prepaidSession: number | null;
    operator: number;
    at: Date;
  }) => {
    const id = payments.length + 1;
    const phone = p.method === "MPESA" ? phoneOf(p.customer) : null;
    payments.push([
      id,
      p.customer,
      p.amount,
      p.date,
      p.method,
      p.state,
      p.state === "PAID" && p.method === "MPESA" ? `R${String(id).padStart(9, "0")}` : null,
      phone,
      p.paidAt,
      p.session,
      p.prepaidSession,
      p.operator,
      p.state === "PAID" ? p.operator : null,
      p.at,
      p.paidAt ?? p.at,
    ]);
    if (p.session !== null) audit(p.at, "session_ended", p.operator, { customer: p.customer, session: p.session, payment: id, amount: p.amount });
    else audit(p.at, "payment_recorded", p.operator, { customer: p.customer, payment: id, amount: p.amount, details: { prepaidMinutes: 60 } });
    if (p.state === "PAID" && p.method === "CASH" && p.paidAt)
      audit(p.paidAt, "cash_taken", p.operator, { customer: p.customer, payment: id, amount: p.amount });
    const taken = takings.get(p.operator);
    if (taken && p.state === "PAID") taken[p.method === "CASH" ? "cash" : "mpesa"] += p.amount;
    return id;
  };

  for (let day = 0; day < days; day++) {
    const date = addDays(from, day);
    // The café's zone keeps one offset all year (Nairobi): a time of day is that many minutes after midnight.
    const midnight = instantAt(date, 0, timeZone).getTime();
    const count = Math.max(0, Math.round(sessionsPerDay * (0.8 + 0.4 * rand())));
    // Two shifts a day, the operators taking turns.
    const morning = MANAGERS + 1 + (day % OPERATORS);
    const evening = MANAGERS + 1 + ((day + 3) % OPERATORS);
    takings.clear();
    takings.set(morning, { cash: 0, mpesa: 0 }).set(evening, { cash: 0, mpesa: 0 });
    for (let n = 0; n < count; n++) {
      const startMinute = between(7 * 60, 21 * 60 + 30);
      const operator = startMinute < 14 * 60 ? morning : evening;
      const startedAt = new Date(midnight + startMinute * MINUTE + between(0, 59) * 1000);
      const prepaid = rand() < 0.1;
      const minutes = prepaid ? between(60, 180) : Math.min(300, 10 + Math.round(-Math.log(1 - rand()) * 60));
      const endedAt = new Date(startedAt.getTime() + minutes * MINUTE + between(0, 59) * 1000);
      if (endedAt >= now) continue;
      const customer = 1 + Math.floor(rand() * rand() * CUSTOMERS);
      const seconds = Math.round((endedAt.getTime() - startedAt.getTime()) / 1000);
      const bill = Math.max(1, Math.round((seconds * RATE_PER_HOUR) / 3600));
      const voided = rand() < 0.01;
      const sessionId = sessions.length + 1;
      const prepaidKes = prepaid ? RATE_PER_HOUR : 0;
      const computer = between(1, COMPUTERS);
      audit(startedAt, "session_started", operator, { customer, session: sessionId, details: { computer: `PC-${computer}` } });
      sessions.push([
        sessionId,
        customer,
        computer,
        startedAt,
        endedAt,
        voided ? null : bill - prepaidKes,
        prepaid ? 3600 : 0,
        prepaidKes,
        prepaid ? new Date(startedAt.getTime() + 3600_000) : null,
        operator,
        operator,
        voided ? endedAt : null,
        voided ? operator : null,
        voided ? "Wrong computer" : null,
        startedAt,
        endedAt,
      ]);
      if (prepaid) {
        const method = rand() < 0.6 ? "MPESA" : "CASH";
        const paidAt = new Date(startedAt.getTime() + 90_000);
        const id = payment({
          customer,
          amount: prepaidKes,
          date,
          state: "PAID",
          method,
          paidAt,
          session: null,
          prepaidSession: sessionId,
          operator,
          at: startedAt,
        });
        if (method === "MPESA") prompt(id, "PAID", operator, phoneOf(customer), prepaidKes, startedAt);
      }
      if (voided) {
        audit(endedAt, "session_voided", operator, { customer, session: sessionId, details: { computer: `PC-${computer}`, reason: "Wrong computer" } });
        continue;
      }
      const amount = bill - prepaidKes;
      const fate = rand();
      const base = { customer, amount, date, session: sessionId, prepaidSession: null, operator, at: endedAt };
      if (fate < 0.85) {
        const method = rand() < 0.6 ? "MPESA" : "CASH";
        const paidAt = new Date(endedAt.getTime() + between(20, 300) * 1000);
        const id = payment({ ...base, state: "PAID", method, paidAt });
        if (method === "MPESA") prompt(id, "PAID", operator, phoneOf(customer), amount, endedAt);
      } else if (fate < 0.9) {
        payment({ ...base, state: "NOT_REQUESTED", method: null, paidAt: null });
      } else if (fate < 0.93) {
        const id = payment({ ...base, state: "FAILED", method: null, paidAt: null });
        prompt(id, "FAILED", operator, phoneOf(customer), amount, endedAt);
      } else if (fate < 0.95) {
        const mismatch = rand() < 0.3;
        const id = payment({ ...base, state: "UNKNOWN", method: null, paidAt: null });
        prompt(id, "UNKNOWN", operator, phoneOf(customer), amount, endedAt, mismatch ? { mismatch, paidAmount: Math.max(1, amount - 10) } : {});
      } else if (fate < 0.98) {
        // Paid in cash the next day, if that day has come.
        const paidAt = new Date(endedAt.getTime() + 24 * 60 * MINUTE);
        payment({ ...base, ...(paidAt < now ? { state: "PAID", method: "CASH", paidAt } : { state: "NOT_REQUESTED", method: null, paidAt: null }) });
      } else {
        const paidAt = new Date(endedAt.getTime() + 5 * MINUTE);
        const id = payment({ ...base, state: "PAID", method: "MPESA", paidAt });
        prompt(id, "FAILED", operator, phoneOf(customer), amount, endedAt);
        prompt(id, "PAID", operator, phoneOf(customer), amount, new Date(endedAt.getTime() + 4 * MINUTE));
      }
    }
    // The morning shift 06:55–14:05, the evening one 13:55–22:30 (still open on the last evening).
    for (const [staffId, opens, closes] of [
      [morning, 6 * 60 + 55, 14 * 60 + 5],
      [evening, 13 * 60 + 55, 22 * 60 + 30],
    ] as const) {
      const id = shifts.length + 1;
      const openedAt = new Date(midnight + opens * MINUTE);
      const closedAt = new Date(midnight + closes * MINUTE);
      const floatKes = 1000;
      audit(openedAt, "shift_opened", staffId, { amount: floatKes, details: { shiftId: id } });
      if (closedAt >= now) {
        shifts.push([id, staffId, staffId, floatKes, openedAt, null, null, null, null, null, openedAt]);
        continue;
      }
      const { cash, mpesa } = takings.get(staffId) ?? { cash: 0, mpesa: 0 };
      const expectedKes = floatKes + cash;
      const differenceKes = drawerRand() < 0.8 ? 0 : Math.round(drawerRand() * 300) - 200;
      shifts.push([id, staffId, null, floatKes, openedAt, closedAt, expectedKes + differenceKes, cash, mpesa, 0, openedAt]);
      audit(closedAt, "shift_closed", staffId, { amount: expectedKes + differenceKes, details: { shiftId: id, expectedKes, differenceKes } });
    }
  }

  const tables: TableRows[] = [
    { table: "Staff", columns: ["id", "telegramId", "name", "role", "active", "createdAt", "updatedAt"], rows: staff },
    { table: "Computer", columns: ["id", "name", "outOfOrder", "createdAt", "updatedAt"], rows: computers },
    { table: "Customer", columns: ["id", "firstName", "lastName", "phone", "searchKey", "createdAt", "updatedAt"], rows: customers },
    {
      table: "UsageSession",
      columns: [
        "id",
        "customerId",
        "computerId",
        "startedAt",
        "endedAt",
        "amountKes",
        "prepaidSeconds",
        "prepaidKes",
        "prepaidUntil",
        "startedById",
        "endedById",
        "voidedAt",
        "voidedById",
        "voidReason",
        "createdAt",
        "updatedAt",
      ],
      rows: sessions,
    },
    {
      table: "Payment",
      columns: [
        "id",
        "customerId",
        "amountKes",
        "date",
        "method",
        "state",
        "receipt",
        "phone",
        "paidAt",
        "sessionId",
        "prepaidSessionId",
        "recordedById",
        "settledById",
        "createdAt",
        "updatedAt",
      ],
      rows: payments,
    },
    {
      table: "StkRequest",
      columns: [
        "id",
        "paymentId",
        "state",
        "merchantRequestId",
        "checkoutRequestId",
        "phone",
        "amountKes",
        "accountReference",
        "description",
        "resultCode",
        "receipt",
        "paidAmountKes",
        "amountMismatch",
        "requestedById",
        "createdAt",
        "resolvedAt",
        "updatedAt",
      ],
      rows: prompts,
    },
    {
      table: "Shift",
      columns: ["id", "staffId", "openStaffId", "floatKes", "openedAt", "closedAt", "countedKes", "cashKes", "mpesaKes", "refundedKes", "createdAt"],
      rows: shifts,
    },
    {
      table: "AuditEntry",
      columns: ["id", "at", "action", "staffId", "customerId", "sessionId", "paymentId", "amountKes", "details"],
      rows: auditEntries,
    },
  ];
  return { from, to: today, tables, counts: Object.fromEntries(tables.map((t) => [t.table, t.rows.length])) };
}

/** As Prisma writes a DateTime on SQLite. */
const sqliteValue = (value: Value) => (value instanceof Date ? value.toISOString().replace("Z", "+00:00") : typeof value === "boolean" ? Number(value) : value);

/** One INSERT of `rows` rows into the table, its parameters written by `placeholder` (numbered from 1). */
function insertSql({ table, columns }: TableRows, rows: number, placeholder: (n: number) => string): string {
  const tuples = Array.from({ length: rows }, (_, r) => `(${columns.map((_c, i) => placeholder(r * columns.length + i + 1)).join(", ")})`);
  return `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${tuples.join(", ")}`;
}

export function seedSqlite(sqlite: Database.Database, { tables }: BusyYear): void {
  sqlite.transaction(() => {
    for (const table of tables) {
      const statement = sqlite.prepare(insertSql(table, 1, () => "?"));
      for (const row of table.rows) statement.run(...row.map(sqliteValue));
    }
  })();
}

/** Parameters per multi-row INSERT on PostgreSQL (at most 65,535). */
const POSTGRES_PARAMETERS = 30_000;

/** The same rows on PostgreSQL, then the id sequences moved past them and the tables vacuumed and analyzed. */
export async function seedPostgres(client: pg.Client, { tables }: BusyYear): Promise<void> {
  await client.query("BEGIN");
  try {
    for (const table of tables) {
      const chunk = Math.floor(POSTGRES_PARAMETERS / table.columns.length);
      for (let first = 0; first < table.rows.length; first += chunk) {
        const rows = table.rows.slice(first, first + chunk);
        // A DateTime is timestamp(3) without time zone, in UTC: the zone in the text is ignored.
        const values = rows.flat().map((value) => (value instanceof Date ? value.toISOString() : value));
        await client.query(
          insertSql(table, rows.length, (n) => `$${n}`),
          values,
        );
      }
      await client.query(`SELECT setval(pg_get_serial_sequence('"${table.table}"', 'id'), max("id")) FROM "${table.table}" HAVING count(*) > 0`);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  await client.query(`VACUUM ANALYZE ${tables.map((t) => `"${t.table}"`).join(", ")}`);
}
