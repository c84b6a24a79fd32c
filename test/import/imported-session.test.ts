// A session still active in the Django app, imported, then ended at this service's counter: billed from
// its old start time, at the café's tariff.
import { afterEach, describe, expect, it } from "vitest";
import { importDjango } from "../../src/django-import/importer.js";
import type { OldRows } from "../../src/django-import/mapping.js";
import { createHarness, type Harness } from "../support/harness.js";

describe("an imported active session", () => {
  let h: Harness;
  afterEach(() => h.close());

  it("is ended here like any other, billed from the old start time with the café's tariff", async () => {
    h = await createHarness({ BILLING_RATE_PER_HOUR: "60", BILLING_MINIMUM_CHARGE: "1" });
    const operator = await h.addStaff(h.user(5001, "Otieno"), "OPERATOR");
    // The café's tariff, saved by a manager: 80 an hour, not the settings' 60.
    await h.db.tariff.create({ data: { ratePerHourKes: 80, minimumChargeKes: 1, rounding: "HALF_UP", replaces: 0, createdAt: h.clock.now() } });
    // Started 90 minutes before the import, on Django's clock (UTC, as text).
    const start = new Date(h.clock.now().getTime() - 90 * 60_000).toISOString().replace("T", " ").replace("Z", "");
    const old: OldRows = {
      students: [{ id: 3, firstname: "Carol", lastname: "Wanjiru", idnumber: "33333333", phonenumber: "0712345680" }],
      sessions: [
        {
          id: 9,
          studentId: 3,
          startTime: start,
          endTime: null,
          isActive: "1",
          amountCharged: "0",
          mpesa: { status: "not_requested", checkoutRequestId: null, receipt: null, phone: null },
        },
      ],
      payments: [],
    };
    await importDjango(h.db, old, { config: h.config, now: h.clock.now });
    const session = await h.db.usageSession.findUniqueOrThrow({ where: { idempotencyKey: "django:usagesession:9" } });
    h.clock.advance(30 * 60_000);

    const result = await h.services.sessions.endSession(session.id, operator);

    expect(result).toMatchObject({ ok: true, ended: { seconds: 2 * 3600, amountKes: 160, customerPhone: "254712345680" } });
    expect(await h.db.usageSession.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({
      activeCustomerId: null,
      endedById: operator,
      amountKes: 160,
    });
  });

  it("is recorded by the import's staff row, which is not a person: /staff does not list it and it cannot be reactivated", async () => {
    h = await createHarness();
    const manager = h.user(7001, "Mary");
    const managerId = await h.addStaff(manager, "MANAGER");
    const old: OldRows = {
      students: [{ id: 3, firstname: "Carol", lastname: "Wanjiru", idnumber: null, phonenumber: "0712345680" }],
      sessions: [],
      payments: [],
    };
    await importDjango(h.db, old, { config: h.config, now: h.clock.now });
    const importer = await h.db.staff.findUniqueOrThrow({ where: { telegramId: 0n } });

    expect((await h.services.staff.listStaff()).map((person) => person.name)).toEqual(["Mary"]);
    expect(await h.services.staff.reactivateStaff(managerId, importer.id)).toEqual({ ok: false, reason: "not_found" });
    expect((await h.db.staff.findUniqueOrThrow({ where: { id: importer.id } })).active).toBe(false);
    await h.send(manager, "/staff");
    expect(h.latest(manager).text).not.toContain("Django");
  });
});
