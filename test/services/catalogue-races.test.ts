// Staff changing the café's catalogue (tariffs, computers, groups) from two instances at once on
// PostgreSQL's READ COMMITTED: a read in a transaction does not lock, so another instance's commit can
// land between one instance's read and its writes. Each test holds one instance's transaction right
// after its read until the other has done its work (on SQLite transactions run one at a time: holding
// one open would only keep the other waiting, so these run on PostgreSQL only).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client.js";
import type { Tariff } from "../../src/domain/tariff.js";
import { interceptQueries } from "../support/db-faults.js";
import { computerId, createHarness, type Harness, type Instance } from "../support/harness.js";
import { onPostgres } from "../support/temp.js";

function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

/**
 * `db` whose first transaction to run `read` waits, once that query has answered, until `go()`;
 * `reached` resolves when it waits.
 */
function holdAfter(read: string) {
  const reached = gate();
  const released = gate();
  let held = false;
  const wrap = (db: Db): Db =>
    interceptQueries(db, ["$transaction"], (transaction, args) => {
      const [work, ...options] = args;
      if (typeof work !== "function") return transaction(...args);
      const inside = (tx: Db) =>
        (work as (tx: Db) => Promise<unknown>)(
          interceptQueries(tx, [read], async (query, queryArgs) => {
            const result = await query(...queryArgs);
            if (!held) {
              held = true;
              reached.open();
              await released.promise;
            }
            return result;
          }),
        );
      return transaction(inside, ...options);
    });
  return { wrap, reached: reached.promise, go: released.open };
}

const tariffAt = (ratePerHourKes: number): Tariff => ({ ratePerHourKes, minimumChargeKes: 10, rounding: "HALF_UP", windows: [] });

describe.runIf(onPostgres)("the catalogue changed from two instances at once (READ COMMITTED)", () => {
  let h: Harness;
  let mary: number;
  let grace: number;

  beforeEach(async () => {
    h = await createHarness();
    mary = await h.addStaff(h.user(1001, "Mary"), "MANAGER");
    grace = await h.addStaff(h.user(1002, "Grace"), "MANAGER");
  });
  afterEach(() => h.close());

  async function heldInstance(read: string): Promise<{ other: Instance; reached: Promise<void>; go: () => void }> {
    const hold = holdAfter(read);
    const other = await h.anotherInstance({ serviceDb: hold.wrap });
    return { other, reached: hold.reached, go: hold.go };
  }

  for (const from of ["the settings' default", "a tariff a manager saved"] as const) {
    it(`of two managers changing the café's tariff from ${from}, the second is told the first changed it`, async () => {
      if (from === "a tariff a manager saved") expect(await h.services.tariff.changeTariffIfCurrent(mary, null, tariffAt(90))).toMatchObject({ ok: true });
      const basedOnId = (await h.services.tariff.currentTariff()).id;
      const { other, reached, go } = await heldInstance("tariff.findFirst");
      const late = other.services.tariff.changeTariffIfCurrent(mary, basedOnId, tariffAt(120));
      await reached;
      expect(await h.services.tariff.changeTariffIfCurrent(grace, basedOnId, tariffAt(150))).toMatchObject({ ok: true });
      go();
      expect(await late).toEqual({ ok: false, reason: "changed_meanwhile", changedBy: "Grace" });
      expect(await h.services.tariff.currentTariff()).toMatchObject({ ratePerHourKes: 150, changedBy: "Grace" });
    });
  }

  it("of two managers changing a group's tariff, the second is told the first changed it", async () => {
    const gaming = await h.services.computers.groupNamed("Gaming");
    if (!gaming.ok) throw new Error("no group");
    await h.services.computers.addComputers(["PC-7"], gaming.group.id);
    const { other, reached, go } = await heldInstance("computerGroup.findUniqueOrThrow");
    const late = other.services.tariff.changeTariffIfCurrent(mary, null, tariffAt(120), gaming.group.id);
    await reached;
    expect(await h.services.tariff.changeTariffIfCurrent(grace, null, tariffAt(150), gaming.group.id)).toMatchObject({ ok: true });
    go();
    expect(await late).toEqual({ ok: false, reason: "changed_meanwhile", changedBy: "Grace" });
    const [group] = await h.services.tariff.groupTariffs();
    expect(group?.tariff).toMatchObject({ ratePerHourKes: 150, changedBy: "Grace" });
  });

  it("of two managers adding the same computer at once, the second is told it is there already", async () => {
    const { other, reached, go } = await heldInstance("computer.findUnique");
    const late = other.services.computers.addComputers(["PC-1", "PC-2"], null);
    await reached;
    expect(await h.services.computers.addComputers(["PC-1"], null)).toEqual({ added: ["PC-1"], restored: [], already: [] });
    go();
    expect(await late).toEqual({ added: ["PC-2"], restored: [], already: ["PC-1"] });
    expect((await h.db.computer.findMany({ orderBy: { name: "asc" } })).map((row) => row.name)).toEqual(["PC-1", "PC-2"]);
  });

  it("of managers naming a new group at once, each gets the one group", async () => {
    const other = await h.anotherInstance();
    const named = await Promise.all(
      [h, other, h, other].map((instance, index) => instance.services.computers.groupNamed(index % 2 === 0 ? "Gaming" : "gaming")),
    );
    const [group] = await h.db.computerGroup.findMany();
    expect(await h.db.computerGroup.count()).toBe(1);
    expect(named).toEqual(named.map(() => ({ ok: true, group: { id: group?.id, name: group?.name } })));
  });

  /** Resolves once a query of this database waits for a row another transaction holds. */
  async function waitingForALock(): Promise<void> {
    const waiting = () =>
      h.db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`;
    while ((await waiting())[0]?.n === 0n) await new Promise<void>((resolve) => setImmediate(resolve));
  }

  async function customerAndComputer() {
    const operator = await h.addStaff(h.user(1003, "Otieno"), "OPERATOR");
    const created = await h.services.customers.createCustomer({ firstName: "Jane", lastName: "Wanjiku", phone: "254712345678", idNumber: null });
    if (!created.ok) throw new Error("no customer");
    return { operator, created, pc: await computerId(h, "PC-1") };
  }

  it("a computer retired while a session starts on it keeps the session and stays in use", async () => {
    const { operator, created, pc } = await customerAndComputer();
    const { other, reached, go } = await heldInstance("computer.findUnique");
    const starting = other.services.sessions.startSession({ customerId: created.customer.id, computerId: pc, staffId: operator });
    await reached;
    const retiring = h.services.computers.retireComputer(pc);
    // Retiring either finishes while the session is not in yet, or waits for it.
    await Promise.race([retiring, waitingForALock()]);
    go();
    expect(await starting).toMatchObject({ ok: true, computerName: "PC-1" });
    expect(await retiring).toEqual({ ok: false, reason: "busy", name: "PC-1", customerName: "Jane Wanjiku" });
    expect(await h.db.computer.findUniqueOrThrow({ where: { id: pc } })).toMatchObject({ retiredAt: null });
  });

  it("a session starting on a computer while it is retired finds it retired", async () => {
    const { operator, created, pc } = await customerAndComputer();
    const { other, reached, go } = await heldInstance("usageSession.findUnique");
    const retiring = other.services.computers.retireComputer(pc);
    await reached;
    const starting = h.services.sessions.startSession({ customerId: created.customer.id, computerId: pc, staffId: operator });
    await Promise.race([starting, waitingForALock()]);
    go();
    expect(await retiring).toEqual({ ok: true, name: "PC-1" });
    expect(await starting).toEqual({ ok: false, reason: "computer_unavailable", computerName: "PC-1", outOfOrder: false });
    expect(await h.db.usageSession.count()).toBe(0);
  });
});
