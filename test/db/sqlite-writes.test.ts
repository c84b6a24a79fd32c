// Every write the service answers is in the SQLite file afterwards: requests share one connection, so a
// query from one request must never run inside another request's open transaction, a transaction must
// wait for another connection's lock instead of failing, and a failed COMMIT must not leave the
// connection inside a transaction that swallows the writes after it.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDb, type Db } from "../../src/db/client.js";
import { sqliteFilePath } from "../../src/db/provider.js";
import { createHarness, type Harness } from "../support/harness.js";
import { openOtherConnection, type OtherConnection } from "../support/other-connection.js";
import { describeSqlite, migratedDatabaseUrl } from "../support/temp.js";

const newDatabaseUrl = migratedDatabaseUrl();

describe("a write answered while another request's transaction is open", () => {
  let h: Harness;
  afterEach(() => h.close());

  it("is kept when that transaction rolls back", async () => {
    h = await createHarness();
    const staffId = await h.addStaff(h.user(5001, "Otieno"), "OPERATOR");
    const created = await h.services.customers.createCustomer({ firstName: "Jane", lastName: "Wanjiku", phone: null, idNumber: null });
    if (!created.ok) throw new Error("customer");
    const payment = await h.services.payments.recordPayment({ customerId: created.customer.id, amountKes: 50, balanceKes: 0, date: "2026-11-28", staffId });

    // Another request's transaction writes, then fails while the operator takes the cash.
    let wrote!: () => void;
    const written = new Promise<void>((resolve) => (wrote = resolve));
    let fail!: (error: Error) => void;
    const failing = new Promise<never>((_, reject) => (fail = reject));
    const unrelated = h.db.$transaction(async (tx) => {
      await tx.customer.update({ where: { id: created.customer.id }, data: { lastName: "Renamed" } });
      wrote();
      await failing;
    });
    await written;

    const cash = h.services.payments.takeCash(payment.id, staffId);
    fail(new Error("the other request failed"));
    await expect(unrelated).rejects.toThrow("the other request failed");
    expect(await cash).toMatchObject({ ok: true, payment: { state: "PAID", method: "CASH" } });

    expect(await h.db.payment.findUniqueOrThrow({ where: { id: payment.id } })).toMatchObject({ state: "PAID", method: "CASH" });
    expect((await h.db.customer.findUniqueOrThrow({ where: { id: created.customer.id } })).lastName).toBe("Wanjiku");
  });
});

describeSqlite("the service's connection and another connection to the same file", () => {
  let url: string;
  let db: Db;
  let other: OtherConnection;

  beforeEach(async () => {
    url = await newDatabaseUrl();
    db = await openDb(url);
    other = openOtherConnection(sqliteFilePath(url));
  });

  afterEach(async () => {
    await other.close();
    await db.$disconnect();
  });

  const customers = () => other.value(`SELECT count(*) FROM Customer`);
  const OTHER_CUSTOMER = `INSERT INTO Customer (firstName, lastName, searchKey, createdAt, updatedAt) VALUES ('Backup', 'Tool', '', '2026-11-28T06:00:00.000+00:00', '2026-11-28T06:00:00.000+00:00')`;

  it("a transaction that reads, then writes, waits for the other connection's write lock and then commits", async () => {
    // Warm up the client, so the transaction below starts at once.
    await db.$transaction(async (tx) => tx.customer.count());
    await other.run(`BEGIN IMMEDIATE; ${OTHER_CUSTOMER}`);
    const released = other.runAfter(20, "COMMIT");

    const seen = await db.$transaction(async (tx) => {
      const count = await tx.customer.count();
      await tx.customer.create({ data: { firstName: "Amina", lastName: "Otieno" } });
      return count;
    });
    await released;

    // The transaction began only once the other connection had committed: it saw that row.
    expect(seen).toBe(1);
    expect(await customers()).toBe(2);
  });

  it("a COMMIT while the other connection reads (a backup copying the file) goes through", async () => {
    await other.run(`BEGIN; SELECT count(*) FROM Customer`);
    await db.$transaction(async (tx) => tx.customer.create({ data: { firstName: "Amina", lastName: "Otieno" } }));
    expect(await customers()).toBe(0);
    await other.run("COMMIT");
    expect(await customers()).toBe(1);
  });

  it("a COMMIT that fails is reported to the caller, and leaves no transaction open to swallow the next write", async () => {
    // With foreign keys checked at COMMIT, a row pointing nowhere makes the COMMIT itself fail; SQLite
    // then keeps the transaction open, as it does for a COMMIT that meets SQLITE_BUSY.
    const failed = db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("PRAGMA defer_foreign_keys = ON");
      await tx.payment.create({ data: { customerId: 999, amountKes: 50, date: "2026-11-28", recordedById: 999 } });
    });
    await expect(failed).rejects.toThrow(/foreign ?key/i);

    await db.customer.create({ data: { firstName: "Amina", lastName: "Otieno" } });
    expect(await customers()).toBe(1);
    expect(await other.value(`SELECT count(*) FROM Payment`)).toBe(0);
    await db.$transaction(async (tx) => tx.customer.create({ data: { firstName: "Baraka", lastName: "Mwangi" } }));
    expect(await customers()).toBe(2);
  });
});
