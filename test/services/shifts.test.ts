// The cash-up's arithmetic alone, and which shifts were open at an instant (for the daily summary).
import { afterEach, describe, expect, it } from "vitest";
import { cashUp, shiftsOpenAt } from "../../src/services/shifts.js";
import { createHarness, type Harness } from "../support/harness.js";

const HOUR = 60 * 60 * 1000;

describe("cashUp", () => {
  it("expects the float and the cash taken; the difference is what was counted beyond it", () => {
    expect(cashUp({ floatKes: 1000, cashKes: 450, refundedKes: 0 }, 1450)).toEqual({ expectedKes: 1450, differenceKes: 0 });
    expect(cashUp({ floatKes: 1000, cashKes: 450, refundedKes: 0 }, 1400)).toEqual({ expectedKes: 1450, differenceKes: -50 });
    expect(cashUp({ floatKes: 1000, cashKes: 450, refundedKes: 0 }, 1500)).toEqual({ expectedKes: 1450, differenceKes: 50 });
    expect(cashUp({ floatKes: 0, cashKes: 0, refundedKes: 0 }, 0)).toEqual({ expectedKes: 0, differenceKes: 0 });
  });

  it("takes the cash given back out of what the drawer should hold", () => {
    expect(cashUp({ floatKes: 1000, cashKes: 450, refundedKes: 125 }, 1325)).toEqual({ expectedKes: 1325, differenceKes: 0 });
    expect(cashUp({ floatKes: 1000, cashKes: 450, refundedKes: 125 }, 1450)).toEqual({ expectedKes: 1325, differenceKes: 125 });
  });
});

describe("shiftsOpenAt", () => {
  let h: Harness;
  afterEach(() => h.close());

  it("lists the shifts opened by an instant and not closed by then, oldest first", async () => {
    h = await createHarness();
    const otieno = await h.addStaff(h.user(5001, "Otieno"), "OPERATOR");
    const akinyi = await h.addStaff(h.user(5002, "Akinyi"), "OPERATOR");
    const nine = h.clock.now();
    const first = await h.services.shifts.openShift(otieno, 1000);
    h.advance(HOUR);
    await h.services.shifts.openShift(akinyi, 500);
    h.advance(7 * HOUR);
    if (!first.ok) throw new Error("shift not opened");
    expect(await h.services.shifts.closeShift(first.shift.id, otieno, 1000)).toMatchObject({ ok: true });
    const at = (hours: number) => new Date(nine.getTime() + hours * HOUR);

    expect(await shiftsOpenAt(h.context, at(-1))).toEqual([]);
    expect((await shiftsOpenAt(h.context, at(0))).map((s) => s.staffName)).toEqual(["Otieno"]);
    expect(await shiftsOpenAt(h.context, at(2))).toMatchObject([
      { staffName: "Otieno", floatKes: 1000, openedAt: at(0), closedAt: at(8) },
      { staffName: "Akinyi", floatKes: 500, openedAt: at(1), closedAt: null },
    ]);
    // Closing time, 22:00 in Nairobi: Akinyi's shift was left open.
    expect(await shiftsOpenAt(h.context, at(13))).toMatchObject([{ staffId: akinyi, staffName: "Akinyi", closedAt: null }]);
  });
});
