// The daily summary: each active manager gets the business day's report and chart once, at closing time
// (22:00 by default, Nairobi), whatever restarts and instances; operators get nothing. The harness starts
// at 28/11/2026 09:00 in Nairobi (06:00 UTC); time moves only with the test's clock.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CHART_PNG } from "../../src/charts/takings-chart.js";
import { queueDailySummary } from "../../src/services/daily-summary.js";
import { texts } from "../../src/texts/index.js";
import { createHarness, type Harness, type TestUser } from "../support/harness.js";
import { pngSize } from "../support/png.js";
import { owedPayment } from "../support/steps.js";

const t = texts.reports;

describe("the daily summary at closing time", () => {
  let h: Harness;
  let mary: TestUser;
  let peter: TestUser;
  let otieno: TestUser;
  let sam: TestUser;

  beforeEach(async () => {
    h = await createHarness();
    mary = h.user(1001, "Mary");
    peter = h.user(1004, "Peter");
    otieno = h.user(1002, "Otieno");
    sam = h.user(1005, "Sam");
    await h.addStaff(mary, "MANAGER");
    await h.addStaff(peter, "MANAGER");
    await h.addStaff(otieno, "OPERATOR");
    // A manager taken off the staff gets nothing.
    await h.db.staff.update({ where: { id: await h.addStaff(sam, "MANAGER") }, data: { active: false } });
  });
  afterEach(() => h.close());

  /** Moves the clock on to `iso` (UTC). */
  function at(iso: string): void {
    h.advance(new Date(iso).getTime() - h.clock.now().getTime());
  }

  /** KES 50 in cash on the 28th, at 09:30. */
  async function cashTaken(): Promise<void> {
    const owed = await owedPayment(h, { operator: otieno, customer: "Jane Wanjiku", minutes: 30, endedAt: "service" });
    const staffId = (await h.db.staff.findUniqueOrThrow({ where: { telegramId: BigInt(otieno.id) } })).id;
    expect(await h.services.payments.takeCash(owed.paymentId, staffId)).toMatchObject({ ok: true });
  }

  const summariesTo = (user: TestUser) => h.sent(user).filter((text) => text.startsWith(t.dailySummaryHeading));
  const photosTo = (user: TestUser) => h.telegram.callsOf("sendPhoto").filter((call) => Number(call.params.chat_id) === user.id);

  /** Each active manager got one summary of `day`, and its chart when `chart`; the others nothing. */
  function eachManagerGotOne(day: string, { chart }: { chart: boolean }): void {
    for (const manager of [mary, peter]) {
      const summaries = summariesTo(manager);
      expect(summaries).toHaveLength(1);
      expect(summaries[0]).toContain(`📊 Report for ${day}\n`);
      const photos = photosTo(manager);
      expect(photos).toHaveLength(chart ? 1 : 0);
      for (const photo of photos) {
        expect(pngSize(photo.files!.photo!.bytes)).toEqual(CHART_PNG);
        expect(photo.params.caption).toMatch(/^📈 Takings, /);
      }
    }
    for (const other of [otieno, sam]) {
      expect(summariesTo(other)).toEqual([]);
      expect(photosTo(other)).toEqual([]);
    }
  }

  it("goes to every active manager at closing time, not before, with the day's figures and the chart after them, once", async () => {
    await cashTaken();
    at("2026-11-28T18:59:59.000Z"); // 21:59:59
    expect(await queueDailySummary(h.context)).toBe(0);
    await h.deliverNotifications();
    expect(summariesTo(mary)).toEqual([]);

    at("2026-11-28T19:00:00.000Z"); // 22:00
    expect(await queueDailySummary(h.context)).toBe(4);
    await h.deliverNotifications();
    eachManagerGotOne("28/11/2026", { chart: true });
    const [summary] = summariesTo(mary);
    expect(summary).toContain("💰 Takings: KES 50 (1 payment)");
    expect(summary).toContain("Cash: KES 50 (1)");
    // The text first, then the photo.
    const [text, photo] = h.telegram.messagesIn(mary.id).slice(-2);
    expect(text!.text).toBe(summary);
    expect(photo!.photo).toBeDefined();

    // Later passes that night find it done.
    at("2026-11-28T20:59:00.000Z"); // 23:59
    expect(await queueDailySummary(h.context)).toBe(0);
    await h.deliverNotifications();
    eachManagerGotOne("28/11/2026", { chart: true });
  });

  it("is sent when the service starts later that night after being down at closing time, and once across restarts", async () => {
    await cashTaken();
    at("2026-11-28T20:30:00.000Z"); // 23:30, nothing ran at 22:00
    await h.restart();
    expect(await queueDailySummary(h.context)).toBe(4);
    await h.restart();
    expect(await queueDailySummary(h.context)).toBe(0);
    await h.deliverNotifications();
    eachManagerGotOne("28/11/2026", { chart: true });
  });

  it("is not sent the next day when the service was down from closing time to midnight; that day's comes at its closing time", async () => {
    await cashTaken();
    at("2026-11-29T05:00:00.000Z"); // 08:00 on the 29th
    await h.restart();
    expect(await queueDailySummary(h.context)).toBe(0);
    expect(await h.db.dailySummary.count()).toBe(0);

    at("2026-11-29T19:00:00.000Z"); // 22:00 on the 29th: nothing came in that day
    expect(await queueDailySummary(h.context)).toBe(2);
    await h.deliverNotifications();
    eachManagerGotOne("29/11/2026", { chart: false });
    expect(summariesTo(mary)[0]).toContain("💰 Takings: nothing came in.");
  });

  it("is sent once when two instances reach closing time together", async () => {
    await cashTaken();
    const other = await h.anotherInstance();
    at("2026-11-28T19:00:30.000Z");
    const written = await Promise.all([queueDailySummary(h.context), queueDailySummary(other.context), queueDailySummary(h.context)]);
    expect(written.reduce((sum, n) => sum + n, 0)).toBe(4);
    expect(await h.db.outboxMessage.count({ where: { dedupeKey: { startsWith: "daily:" } } })).toBe(4);
    await Promise.all([h.deliverNotifications(), other.outbox.tick()]);
    await h.deliverNotifications();
    eachManagerGotOne("28/11/2026", { chart: true });
  });

  it("flags the shifts left open past closing time: still open, or closed only after it", async () => {
    const otienoId = (await h.db.staff.findUniqueOrThrow({ where: { telegramId: BigInt(otieno.id) } })).id;
    const maryId = (await h.db.staff.findUniqueOrThrow({ where: { telegramId: BigInt(mary.id) } })).id;
    const peterId = (await h.db.staff.findUniqueOrThrow({ where: { telegramId: BigInt(peter.id) } })).id;
    expect(await h.services.shifts.openShift(otienoId, 1000)).toMatchObject({ ok: true }); // 09:00
    const marys = await h.services.shifts.openShift(maryId, 500);
    const peters = await h.services.shifts.openShift(peterId, 0);
    if (!marys.ok || !peters.ok) throw new Error("shift");
    at("2026-11-28T18:00:00.000Z"); // 21:00: Peter closes in time
    expect(await h.services.shifts.closeShift(peters.shift.id, peterId, 0)).toMatchObject({ ok: true });
    at("2026-11-28T19:30:00.000Z"); // 22:30: Mary closes after closing time; the service was down at 22:00
    expect(await h.services.shifts.closeShift(marys.shift.id, maryId, 500)).toMatchObject({ ok: true });

    expect(await queueDailySummary(h.context)).toBeGreaterThan(0);
    await h.deliverNotifications();
    const [summary] = summariesTo(peter);
    expect(summary).toContain("⚠️ Shifts left open past closing time (22:00): 2");
    expect(summary).toContain("• Otieno, opened 28/11/2026 09:00 with a float of KES 1,000: still open");
    expect(summary).toContain("• Mary, opened 28/11/2026 09:00 with a float of KES 500: closed 28/11/2026 22:30");
    expect(summary).not.toContain("• Peter");
    expect(summary).toContain("close it with /shift");
  });

  it("says nothing about shifts when every shift was closed before closing time", async () => {
    at("2026-11-28T19:00:00.000Z");
    await queueDailySummary(h.context);
    await h.deliverNotifications();
    expect(summariesTo(mary)[0]).not.toContain("Shifts left open");
  });
});
