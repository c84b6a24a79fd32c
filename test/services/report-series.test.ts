import { afterEach, describe, expect, it } from "vitest";
import type { PaymentMethod, PaymentState } from "../../src/generated/prisma/client.js";
import { createHarness, type Harness } from "../support/harness.js";

describe("the takings series of a report (the chart's bars)", () => {
  let h: Harness;
  afterEach(() => h.close());

  /** A payment of `amountKes`, in `state`, its money arriving at `paidAt` (UTC), belonging to business day `date`. */
  async function payment(
    amountKes: number,
    paidAt: string | null,
    { method = "CASH", state = "PAID", date = "2026-11-28" }: { method?: PaymentMethod; state?: PaymentState; date?: string } = {},
  ) {
    const staff = await h.db.staff.upsert({ where: { telegramId: 1002n }, create: { telegramId: 1002n, name: "Otieno", role: "OPERATOR" }, update: {} });
    const customer = await h.db.customer.create({ data: { firstName: "Jane", lastName: "Wanjiku" } });
    await h.db.payment.create({
      data: {
        customerId: customer.id,
        amountKes,
        date,
        method,
        state,
        paidAt: paidAt === null ? null : new Date(paidAt),
        recordedById: staff.id,
        settledById: staff.id,
      },
    });
  }

  const series = async (from: string, to = from) => (await h.services.reports.periodReport({ from, to })).takings.series;

  it("puts a day's PAID money in the hour of the business clock it arrived, M-Pesa and cash apart, and nothing unpaid", async () => {
    h = await createHarness();
    // Nairobi is UTC+3: the 28th runs from 27th 21:00 to 28th 21:00 UTC.
    await payment(40, "2026-11-27T20:59:59.999Z"); // 23:59 on the 27th
    await payment(50, "2026-11-27T21:00:00.000Z"); // 00:00 on the 28th
    await payment(120, "2026-11-28T06:30:00.000Z", { method: "MPESA" }); // 09:30
    await payment(60, "2026-11-28T06:59:59.000Z"); // 09:59
    await payment(80, "2026-11-28T07:00:00.000Z", { method: "MPESA", date: "2026-11-27" }); // 10:00, for a session of the 27th
    await payment(70, "2026-11-28T20:59:59.999Z", { method: "MPESA" }); // 23:59
    await payment(30, "2026-11-28T21:00:00.000Z"); // 00:00 on the 29th
    await payment(100, null, { state: "NOT_REQUESTED" });
    await payment(100, null, { method: "MPESA", state: "PENDING" });
    await payment(100, "2026-11-28T08:00:00.000Z", { method: "MPESA", state: "UNKNOWN" });
    await payment(100, null, { method: "MPESA", state: "FAILED" });

    const day = await series("2026-11-28");
    expect(day.unit).toBe("hour");
    expect(day.buckets.map((bucket) => bucket.at)).toEqual(Array.from({ length: 24 }, (_, hour) => `${String(hour).padStart(2, "0")}:00`));
    const filled = day.buckets.filter((bucket) => bucket.mpesaKes + bucket.cashKes > 0);
    expect(filled).toEqual([
      { at: "00:00", mpesaKes: 0, cashKes: 50 },
      { at: "09:00", mpesaKes: 120, cashKes: 60 },
      { at: "10:00", mpesaKes: 80, cashKes: 0 },
      { at: "23:00", mpesaKes: 70, cashKes: 0 },
    ]);

    // By day over a range, on the same boundaries.
    const week = await series("2026-11-26", "2026-11-29");
    expect(week).toEqual({
      unit: "day",
      buckets: [
        { at: "2026-11-26", mpesaKes: 0, cashKes: 0 },
        { at: "2026-11-27", mpesaKes: 0, cashKes: 40 },
        { at: "2026-11-28", mpesaKes: 270, cashKes: 110 },
        { at: "2026-11-29", mpesaKes: 0, cashKes: 30 },
      ],
    });
    const report = await h.services.reports.periodReport({ from: "2026-11-26", to: "2026-11-29" });
    const summed = week.buckets.reduce((total, bucket) => total + bucket.mpesaKes + bucket.cashKes, 0);
    expect(summed).toBe(report.takings.kes);
  });

  it("follows the business clock where it jumps: the skipped hour stays empty", async () => {
    h = await createHarness({ BUSINESS_TIMEZONE: "Europe/London" });
    // On 29/03/2026 London's clocks go from 01:00 GMT to 02:00 BST.
    await payment(10, "2026-03-29T00:30:00.000Z"); // 00:30 GMT
    await payment(20, "2026-03-29T01:30:00.000Z"); // 02:30 BST
    await payment(30, "2026-03-29T22:59:00.000Z"); // 23:59 BST
    const day = await series("2026-03-29");
    expect(day.buckets.slice(0, 4)).toEqual([
      { at: "00:00", mpesaKes: 0, cashKes: 10 },
      { at: "01:00", mpesaKes: 0, cashKes: 0 },
      { at: "02:00", mpesaKes: 0, cashKes: 20 },
      { at: "03:00", mpesaKes: 0, cashKes: 0 },
    ]);
    expect(day.buckets[23]).toEqual({ at: "23:00", mpesaKes: 0, cashKes: 30 });
  });
});
