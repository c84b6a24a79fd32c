// What the benchmarks seed and send: staff, customers and pending prompts written with raw SQL in one
// transaction (far faster than through the services), on SQLite or PostgreSQL alike, and
// Safaricom-shaped paid callbacks for them.
import type Database from "better-sqlite3";
import type pg from "pg";
import { stkCallbackBody } from "../test/support/daraja-callbacks.js";

const AMOUNT_KES = 100;
/** The Telegram id of the first manager; the others follow. */
export const MANAGER_CHAT = 100_000;
/** The Telegram id of the first operator; the others follow. */
export const OPERATOR_CHAT = 200_000;

/** The CheckoutRequestID of pending prompt n. */
const checkoutId = (n: number) => `ws_CO_29112026${String(n).padStart(10, "0")}`;

export interface PendingPrompts {
  prompts: number;
  managers: number;
  /** Prompt n is sent by operator n % operators, from their chat; with none, every prompt is the first manager's. */
  operators: number;
  /** When the prompts come due for an STK query: after the run, so that only the callbacks settle them. */
  nextQueryAt: Date;
  /** The message that shows prompt n as waiting (default n). */
  messageId?: (n: number) => number;
}

const PHONE = "254712345678";
const BUSINESS_DAY = "2026-11-29";
const DESCRIPTION = "Cafe payment";

/** The staff rows: managers, then operators. */
function staffRows({ managers, operators }: PendingPrompts): { id: number; telegramId: number; name: string; role: "MANAGER" | "OPERATOR" }[] {
  return [
    ...Array.from({ length: managers }, (_, i) => ({ id: 1 + i, telegramId: MANAGER_CHAT + i, name: `Manager ${i + 1}`, role: "MANAGER" as const })),
    ...Array.from({ length: operators }, (_, i) => ({
      id: 1 + managers + i,
      telegramId: OPERATOR_CHAT + i,
      name: `Operator ${i + 1}`,
      role: "OPERATOR" as const,
    })),
  ];
}

/** What prompt n's customer, payment and prompt rows hold of their own (customer, payment and prompt ids are n). */
function promptRow(n: number, { managers, operators, messageId = (id) => id }: PendingPrompts) {
  const operator = operators > 0 ? n % operators : null;
  return {
    lastName: `Customer ${n}`,
    searchKey: `wanjiru customer ${n} ${PHONE}`,
    staffId: operator === null ? 1 : 1 + managers + operator,
    chatId: operator === null ? MANAGER_CHAT : OPERATOR_CHAT + operator,
    merchantRequestId: `29115-34620561-${n}`,
    checkoutRequestId: checkoutId(n),
    accountReference: `Payment ${n}`,
    messageId: messageId(n),
  };
}

const sqliteTime = (date: Date) => date.toISOString().replace("Z", "+00:00");

/** Staff (managers, then operators), and `prompts` payments each with a pending prompt (checkout id n for prompt n), in one transaction. */
export function seedPendingPrompts(sqlite: Database.Database, options: PendingPrompts): void {
  const now = sqliteTime(new Date());
  const nextQuery = sqliteTime(options.nextQueryAt);
  sqlite.transaction(() => {
    const staff = sqlite.prepare(`INSERT INTO "Staff" ("id", "telegramId", "name", "role", "active", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, 1, ?, ?)`);
    for (const row of staffRows(options)) staff.run(row.id, row.telegramId, row.name, row.role, now, now);
    const customer = sqlite.prepare(
      `INSERT INTO "Customer" ("id", "firstName", "lastName", "phone", "searchKey", "createdAt", "updatedAt") VALUES (?, 'Wanjiru', ?, '${PHONE}', ?, ?, ?)`,
    );
    const payment = sqlite.prepare(
      `INSERT INTO "Payment" ("id", "customerId", "amountKes", "date", "state", "phone", "currentStkRequestId", "recordedById", "createdAt", "updatedAt")
       VALUES (?, ?, ${AMOUNT_KES}, '${BUSINESS_DAY}', 'PENDING', '${PHONE}', ?, ?, ?, ?)`,
    );
    const prompt = sqlite.prepare(
      `INSERT INTO "StkRequest" ("id", "paymentId", "state", "merchantRequestId", "checkoutRequestId", "phone", "amountKes", "accountReference",
         "description", "simulated", "requestedById", "chatId", "messageId", "nextQueryAt", "createdAt", "updatedAt")
       VALUES (?, ?, 'PENDING', ?, ?, '${PHONE}', ${AMOUNT_KES}, ?, '${DESCRIPTION}', 1, ?, ?, ?, ?, ?, ?)`,
    );
    for (let n = 1; n <= options.prompts; n++) {
      const row = promptRow(n, options);
      customer.run(n, row.lastName, row.searchKey, now, now);
      payment.run(n, n, n, row.staffId, now, now);
      prompt.run(n, n, row.merchantRequestId, row.checkoutRequestId, row.accountReference, row.staffId, row.chatId, row.messageId, nextQuery, now, now);
    }
  })();
}

const SEEDED_TABLES = ["Staff", "Customer", "Payment", "StkRequest"];

/** Rows per multi-row INSERT on PostgreSQL: each statement sends one array per column. */
const POSTGRES_CHUNK = 20_000;

/**
 * The same rows as seedPendingPrompts, on PostgreSQL: one multi-row INSERT (`unnest` of one array per
 * column) per table and chunk, in one transaction; then the id sequences moved past the ids given, and
 * the tables vacuumed and analyzed, so that the run starts with the planner's statistics in place and
 * no autovacuum of the load due.
 */
export async function seedPendingPromptsPostgres(client: pg.Client, options: PendingPrompts): Promise<void> {
  // timestamp(3) without time zone, as Prisma writes it: UTC (a zone in the text is ignored).
  const now = new Date().toISOString();
  const nextQuery = options.nextQueryAt.toISOString();
  await client.query("BEGIN");
  try {
    const staff = staffRows(options);
    await client.query(
      `INSERT INTO "Staff" ("id", "telegramId", "name", "role", "active", "createdAt", "updatedAt")
       SELECT "id", "telegramId", "name", "role"::"StaffRole", true, $5, $5 FROM unnest($1::int[], $2::bigint[], $3::text[], $4::text[]) AS s("id", "telegramId", "name", "role")`,
      [staff.map((row) => row.id), staff.map((row) => row.telegramId), staff.map((row) => row.name), staff.map((row) => row.role), now],
    );
    for (let first = 1; first <= options.prompts; first += POSTGRES_CHUNK) {
      const ids = Array.from({ length: Math.min(POSTGRES_CHUNK, options.prompts - first + 1) }, (_, i) => first + i);
      const rows = ids.map((n) => promptRow(n, options));
      const column = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((row) => row[key]);
      await client.query(
        `INSERT INTO "Customer" ("id", "firstName", "lastName", "phone", "searchKey", "createdAt", "updatedAt")
         SELECT "id", 'Wanjiru', "lastName", '${PHONE}', "searchKey", $4, $4 FROM unnest($1::int[], $2::text[], $3::text[]) AS c("id", "lastName", "searchKey")`,
        [ids, column("lastName"), column("searchKey"), now],
      );
      await client.query(
        `INSERT INTO "Payment" ("id", "customerId", "amountKes", "date", "state", "phone", "currentStkRequestId", "recordedById", "createdAt", "updatedAt")
         SELECT "id", "id", ${AMOUNT_KES}, '${BUSINESS_DAY}', 'PENDING', '${PHONE}', "id", "staffId", $3, $3 FROM unnest($1::int[], $2::int[]) AS p("id", "staffId")`,
        [ids, column("staffId"), now],
      );
      await client.query(
        `INSERT INTO "StkRequest" ("id", "paymentId", "state", "merchantRequestId", "checkoutRequestId", "phone", "amountKes", "accountReference",
           "description", "simulated", "requestedById", "chatId", "messageId", "nextQueryAt", "createdAt", "updatedAt")
         SELECT "id", "id", 'PENDING', "merchantRequestId", "checkoutRequestId", '${PHONE}', ${AMOUNT_KES}, "accountReference",
           '${DESCRIPTION}', true, "staffId", "chatId", "messageId", $8, $9, $9
         FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::int[], $6::bigint[], $7::int[])
           AS s("id", "merchantRequestId", "checkoutRequestId", "accountReference", "staffId", "chatId", "messageId")`,
        [
          ids,
          column("merchantRequestId"),
          column("checkoutRequestId"),
          column("accountReference"),
          column("staffId"),
          column("chatId"),
          column("messageId"),
          nextQuery,
          now,
        ],
      );
    }
    for (const table of SEEDED_TABLES) {
      await client.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), max("id")) FROM "${table}" HAVING count(*) > 0`);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  await client.query(`VACUUM ANALYZE ${SEEDED_TABLES.map((table) => `"${table}"`).join(", ")}`);
}

/** A paid callback with receipt number n, for prompt n unless another CheckoutRequestID is given. */
export function paidCallback(n: number, checkoutRequestId = checkoutId(n)): string {
  const items = [
    { Name: "Amount", Value: AMOUNT_KES },
    { Name: "MpesaReceiptNumber", Value: `B${String(n % 1e9).padStart(9, "0")}` },
    { Name: "Balance" },
    { Name: "TransactionDate", Value: 20261129093015 },
    { Name: "PhoneNumber", Value: 254712345678 },
  ];
  return JSON.stringify(stkCallbackBody(checkoutRequestId, 0, items));
}
