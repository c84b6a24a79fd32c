// `npm run import:django`: the old app's database (SQLite file, or PostgreSQL on the PostgreSQL run) read
// into a fresh database of this service, with the ugly rows a real café's has.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { openDb, type Db } from "../../src/db/client.js";
import { parseConfig } from "../../src/config/index.js";
import { importDjango, type ImportOptions, type ImportReport } from "../../src/django-import/importer.js";
import { IMPORT_STAFF_TELEGRAM_ID } from "../../src/domain/staff.js";
import { readOldDatabase } from "../../src/django-import/old-database.js";
import { formatReport } from "../../src/django-import/report.js";
import { FAKE_TOKEN } from "../support/fake-telegram.js";
import { migratedDatabaseUrl, onPostgres, tempDatabaseUrl, tempDir } from "../support/temp.js";
import { HELD_ID_NUMBER, makeOldPostgres, makeOldSqlite, oldPostgresDigest } from "./django-fixture.js";

const newDatabaseUrl = migratedDatabaseUrl();
const file = tempDir("cafe-django-");
const newEmptyDatabaseUrl = tempDatabaseUrl();

interface OldSource {
  source: string;
  /** Changes when anything in the old database changes. */
  digest: () => Promise<string>;
}

let made = 0;
const sources: Record<"sqlite" | "postgresql", () => Promise<OldSource>> = {
  sqlite: async () => {
    const path = file(`db-${++made}.sqlite3`);
    makeOldSqlite(path);
    return { source: path, digest: async () => createHash("sha256").update(readFileSync(path)).digest("hex") };
  },
  postgresql: async () => {
    const url = await newEmptyDatabaseUrl();
    await makeOldPostgres(url);
    return { source: url, digest: () => oldPostgresDigest(url) };
  },
};

const open: Db[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.$disconnect();
});

const NOW = new Date("2026-11-29T09:00:00Z");

/** A fresh database of this service holding one customer of its own, with HELD_ID_NUMBER; `options`: the import's options for it. */
async function newService(): Promise<{ db: Db; heldById: number; options: ImportOptions }> {
  const databaseUrl = await newDatabaseUrl();
  const db = await openDb(databaseUrl);
  open.push(db);
  const held = await db.customer.create({ data: { firstName: "Halima", lastName: "Hassan", idNumber: HELD_ID_NUMBER, searchKey: "halima hassan" } });
  const config = parseConfig({ TELEGRAM_BOT_TOKEN: FAKE_TOKEN, DATABASE_URL: databaseUrl, BUSINESS_TIMEZONE: "Africa/Nairobi" });
  return { db, heldById: held.id, options: { config, now: () => NOW } };
}

async function everything(db: Db) {
  const [customers, sessions, payments, staff] = await Promise.all([
    db.customer.findMany({ orderBy: { id: "asc" } }),
    db.usageSession.findMany({ orderBy: { id: "asc" } }),
    db.payment.findMany({ orderBy: { id: "asc" } }),
    db.staff.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { customers, sessions, payments, staff };
}

const totals = (report: ImportReport) =>
  Object.fromEntries(report.after.map((total) => [total.state, [total.count, total.kes, total.oldCents, total.roundingCents, total.agrees]]));

const EXPECTED_TOTALS = {
  // sessions 1 (100.00) and 5 (30.00, pending with a receipt), payments 1 (500.00) and 4 (80.10 → 81)
  PAID: [4, 711, 71010, 90, true],
  // session 2 (45.50 awaiting_payment → 46), payment 3 (100.00 not_requested)
  NOT_REQUESTED: [2, 146, 14550, 50, true],
  FAILED: [2, 70, 7000, 0, true],
  // pending without a receipt: session 4 (20.25 → 21), payment 2 (250.75 → 251)
  UNKNOWN: [2, 272, 27100, 100, true],
};

// Payments 2 (49.25 → 50) and 5 (10.00).
const EXPECTED_BALANCES = { oldCents: 5925, roundingCents: 75, kes: 60, agrees: true };

for (const provider of ["sqlite", "postgresql"] as const) {
  describe.skipIf(provider === "postgresql" && !onPostgres)(`the Django app's ${provider} database`, () => {
    it("a dry run reports every table, state, odd row and the money, and writes nothing", async () => {
      const old = await sources[provider]();
      const oldDigest = await old.digest();
      const { db, heldById, options } = await newService();
      const before = await everything(db);

      const report = await importDjango(db, await readOldDatabase(old.source), { ...options, dryRun: true });

      expect(await everything(db)).toEqual(before);
      expect(report.tables).toEqual([
        { table: "student", total: 8, importedBefore: 0, imported: 8, skipped: 0, byState: {} },
        {
          table: "usagesession",
          total: 6,
          importedBefore: 0,
          imported: 6,
          skipped: 0,
          byState: { paid: 1, awaiting_payment: 1, active: 1, pending: 2, failed: 1 },
        },
        { table: "payment", total: 5, importedBefore: 0, imported: 5, skipped: 0, byState: { paid: 1, pending: 2, not_requested: 1, failed: 1 } },
      ]);
      expect(report.findings.map(({ table, oldId, kind }) => `${table} ${oldId} ${kind}`)).toEqual([
        "student 5 phone_kept_in_note",
        "student 6 duplicate_id_number",
        "student 7 phone_kept_in_note",
        "student 8 duplicate_id_number",
        "usagesession 2 rounded_up",
        "usagesession 3 active_session",
        "usagesession 4 rounded_up",
        "usagesession 4 pending_unknown",
        "usagesession 5 pending_with_receipt",
        "payment 2 rounded_up",
        "payment 2 rounded_up",
        "payment 2 pending_unknown",
        "payment 4 rounded_up",
        "payment 4 pending_with_receipt",
      ]);
      expect(report.before).toEqual([
        { table: "usagesession", state: "paid", count: 1, cents: 10000 },
        { table: "usagesession", state: "awaiting_payment", count: 1, cents: 4550 },
        { table: "usagesession", state: "pending", count: 2, cents: 5025 },
        { table: "usagesession", state: "failed", count: 1, cents: 1000 },
        { table: "payment", state: "paid", count: 1, cents: 50000 },
        { table: "payment", state: "pending", count: 2, cents: 33085 },
        { table: "payment", state: "not_requested", count: 1, cents: 10000 },
        { table: "payment", state: "failed", count: 1, cents: 6000 },
      ]);
      expect(totals(report)).toEqual(EXPECTED_TOTALS);
      expect(report.balances).toEqual(EXPECTED_BALANCES);

      const text = formatReport(report).join("\n");
      expect(text).toContain("DRY RUN: nothing was written");
      expect(text).toContain("Payments (cyberapp_payment): 5 rows; 5 to import, 0 imported before, 0 skipped (paid 1, pending 2, not_requested 1, failed 1)");
      expect(text).toContain('student 5: phone "12345" is not a Kenyan mobile number: phone left empty, kept in the note');
      expect(text).toContain(`student 8: ID number ${HELD_ID_NUMBER} also belongs to customer #${heldById} of this service`);
      expect(text).toContain("student 6: ID number 22222222 also belongs to student 2 of the Django app");
      expect(text).toContain("usagesession 2: amount 45.50 rounded up to 46");
      expect(text).toContain("payment 2: balance 49.25 rounded up to 50");
      expect(text).toContain("usagesession 3: still active: stays active, billed from 2026-11-29T05:30:00.250Z when it ends");
      expect(text).toContain("usagesession 4: pending without a receipt (CheckoutRequestID ws_CO_4): unknown, check the statement");
      expect(text).toContain("payment 4: pending with receipt QBB4: imported as paid");
      expect(text).toContain("paid: 4, KES 711 = KES 710.10 + KES 0.90 rounded up: agrees");
      expect(text).toContain("unknown: check the statement: 2, KES 272 = KES 271 + KES 1 rounded up: agrees");
      expect(text).toContain("balances still owed: KES 60 = KES 59.25 + KES 0.75 rounded up: agrees");
      expect(text).toContain("Staff logins of the Django app are not carried over");
      expect(await old.digest()).toBe(oldDigest);
    });

    it("imports every customer, session and payment, the money agreeing; the old database is unchanged; a second run changes nothing and says so", async () => {
      const old = await sources[provider]();
      const oldDigest = await old.digest();
      const { db, heldById, options } = await newService();

      const report = await importDjango(db, await readOldDatabase(old.source), options);

      expect(report.nothingToDo).toBe(false);
      expect(totals(report)).toEqual(EXPECTED_TOTALS);
      expect(report.balances).toEqual(EXPECTED_BALANCES);
      const { customers, sessions, payments, staff } = await everything(db);
      expect(staff).toEqual([expect.objectContaining({ telegramId: IMPORT_STAFF_TELEGRAM_ID, name: "Django app (import)", active: false, role: "OPERATOR" })]);
      const importer = staff[0]?.id;
      const customer = (oldId: number) => customers.find((row) => row.idempotencyKey === `django:student:${oldId}`);
      expect(customers).toHaveLength(9);
      expect(customer(1)).toMatchObject({ firstName: "Amina", lastName: "Otieno", idNumber: "11111111", phone: "254712345678", note: null });
      expect(customer(1)?.searchKey).toBe("amina otieno 11111111 254712345678 0712345678");
      expect(customer(2)).toMatchObject({ idNumber: "22222222", phone: "254712345679", note: null });
      expect(customer(3)).toMatchObject({ phone: "254712345680", note: null });
      expect(customer(4)).toMatchObject({ phone: null, note: null });
      expect(customer(5)).toMatchObject({ phone: null, note: "Phone in the Django app: 12345" });
      expect(customer(6)).toMatchObject({
        idNumber: null,
        phone: "254733123456",
        note: "ID number in the Django app: 22222222 (also student 2 of the Django app)",
      });
      expect(customer(7)).toMatchObject({ phone: null, note: "Phone in the Django app: 020 2222222" });
      expect(customer(8)).toMatchObject({
        idNumber: null,
        phone: "254722000111",
        note: `ID number in the Django app: ${HELD_ID_NUMBER} (also customer #${heldById} of this service)`,
      });

      const session = (oldId: number) => sessions.find((row) => row.idempotencyKey === `django:usagesession:${oldId}`);
      const chargeOf = (oldId: number) => payments.find((row) => row.sessionId === session(oldId)?.id);
      expect(sessions).toHaveLength(6);
      expect(session(3)).toMatchObject({
        customerId: customer(3)?.id,
        activeCustomerId: customer(3)?.id,
        startedAt: new Date("2026-11-29T05:30:00.250Z"),
        endedAt: null,
        amountKes: null,
        // The tariff a session starting now gets: here the BILLING_* settings' copy.
        tariffId: (await db.tariff.findFirstOrThrow({ where: { fromSettings: true } })).id,
        startedById: importer,
        endedById: null,
      });
      expect(chargeOf(3)).toBeUndefined();
      expect(session(1)).toMatchObject({
        activeCustomerId: null,
        startedAt: new Date("2026-11-20T07:00:00Z"),
        endedAt: new Date("2026-11-20T08:00:00Z"),
        amountKes: 100,
        endedById: importer,
      });
      expect(chargeOf(1)).toMatchObject({
        customerId: customer(1)?.id,
        amountKes: 100,
        state: "PAID",
        method: "MPESA",
        receipt: "QAA1",
        paidAt: new Date("2026-11-20T08:00:00Z"),
        date: "2026-11-20",
        recordedById: importer,
      });
      expect(session(2)).toMatchObject({ endedAt: new Date("2026-11-20T09:27:18.500Z"), amountKes: 46 });
      expect(chargeOf(2)).toMatchObject({ amountKes: 46, state: "NOT_REQUESTED", method: null, paidAt: null });
      expect(chargeOf(4)).toMatchObject({ amountKes: 21, state: "UNKNOWN", receipt: null, phone: "254712000444" });
      expect(chargeOf(5)).toMatchObject({ amountKes: 30, state: "PAID", receipt: "QAA5", phone: "254712000555" });
      expect(chargeOf(6)).toMatchObject({ amountKes: 10, state: "FAILED", customerId: customer(1)?.id });

      const payment = (oldId: number) => payments.find((row) => row.idempotencyKey === `django:payment:${oldId}`);
      expect(payments).toHaveLength(10);
      expect(payment(1)).toMatchObject({
        customerId: customer(1)?.id,
        amountKes: 500,
        balanceKes: 0,
        date: "2026-11-01",
        state: "PAID",
        receipt: "QBB1",
        sessionId: null,
      });
      // Midnight of its day in Nairobi (UTC+3).
      expect(payment(1)?.paidAt).toEqual(new Date("2026-10-31T21:00:00Z"));
      expect(payment(2)).toMatchObject({ amountKes: 251, balanceKes: 50, state: "UNKNOWN", paidAt: null });
      expect(payment(3)).toMatchObject({ customerId: customer(6)?.id, amountKes: 100, state: "NOT_REQUESTED" });
      expect(payment(4)).toMatchObject({ amountKes: 81, state: "PAID", receipt: "QBB4", method: "MPESA" });
      expect(payment(5)).toMatchObject({ customerId: customer(8)?.id, amountKes: 60, balanceKes: 10, state: "FAILED" });

      const imported = await everything(db);
      const again = await importDjango(db, await readOldDatabase(old.source), options);
      expect(await everything(db)).toEqual(imported);
      expect(again.nothingToDo).toBe(true);
      expect(again.tables.map(({ importedBefore, imported: now }) => [importedBefore, now])).toEqual([
        [8, 0],
        [6, 0],
        [5, 0],
      ]);
      expect(totals(again)).toEqual(EXPECTED_TOTALS);
      expect(formatReport(again).join("\n")).toContain("Nothing to import: every row was imported by an earlier run. Nothing was changed.");
      expect(await old.digest()).toBe(oldDigest);
    });

    it("a run stopped halfway is finished by the next, nothing written twice", async () => {
      const old = await sources[provider]();
      const rows = await readOldDatabase(old.source);
      const { db, options } = await newService();
      const stop = new Error("killed");
      const stoppingAfter = (stopTable: string, stopAt: number) => ({
        ...options,
        batchSize: 2,
        onProgress: (table: string, done: number) => {
          if (table === stopTable && done === stopAt) throw stop;
        },
      });
      const counts = async () => {
        const rows = await everything(db);
        return [rows.customers.length, rows.sessions.length, rows.payments.length, rows.staff.length];
      };

      await expect(importDjango(db, rows, stoppingAfter("usagesession", 2))).rejects.toBe(stop);
      // 8 customers and the café's own; sessions 1 and 2 with their charges.
      expect(await counts()).toEqual([9, 2, 2, 1]);
      await expect(importDjango(db, rows, stoppingAfter("payment", 2))).rejects.toBe(stop);
      expect(await counts()).toEqual([9, 6, 7, 1]);

      const report = await importDjango(db, rows, { ...options, batchSize: 2 });

      expect(report.tables.map(({ importedBefore, imported }) => [importedBefore, imported])).toEqual([
        [8, 0],
        [6, 0],
        [2, 3],
      ]);
      expect(totals(report)).toEqual(EXPECTED_TOTALS);
      expect(await counts()).toEqual([9, 6, 10, 1]);
    });
  });
}
