// C2B validation with the café's checks on: an account number that is a bill reference must name an
// owed bill of that amount; anything else is accepted. Nothing is stored.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { c2bBody } from "../support/daraja-callbacks.js";
import { createHarness, type Harness, type TestUser } from "../support/harness.js";
import { owedPayment } from "../support/steps.js";

describe("C2B validation with checks on", () => {
  let h: Harness;
  let operator: TestUser;
  beforeEach(async () => {
    h = await createHarness({ MPESA_C2B_VALIDATE: "true" });
    operator = h.user(5001, "Otieno");
    await h.addStaff(operator, "OPERATOR");
  });
  afterEach(() => h.close());

  const validate = async (fields: Record<string, string>) =>
    (await h.app.inject({ method: "POST", url: "/payments/validation/", payload: JSON.stringify(c2bBody(fields)) })).json<{ ResultCode: string }>().ResultCode;

  it("rejects a reference of no owed bill (C2B00012) and an amount that cannot be right (C2B00013); accepts the rest", async () => {
    const owed = await owedPayment(h, { operator, minutes: 72, endedAt: "service" });
    const paid = await owedPayment(h, { operator, customer: "John Kamau", phone: "254722000111", minutes: 72, endedAt: "service" });
    const staffId = (await h.db.staff.findFirstOrThrow()).id;
    expect((await h.services.payments.takeCash(paid.paymentId, staffId)).ok).toBe(true);

    expect(await validate({ TransAmount: "120", BillRefNumber: `S${owed.sessionId}` })).toBe("0");
    expect(await validate({ TransAmount: "100", BillRefNumber: `S${owed.sessionId}` })).toBe("C2B00013");
    expect(await validate({ TransAmount: "120", BillRefNumber: "S999999" })).toBe("C2B00012");
    expect(await validate({ TransAmount: "120", BillRefNumber: `S${paid.sessionId}` })).toBe("C2B00012");
    expect(await validate({ TransAmount: "12.50", BillRefNumber: "anything" })).toBe("C2B00013");
    expect(await validate({ TransAmount: "0", BillRefNumber: "" })).toBe("C2B00013");
    // Buy Goods (no account), and an account that is no reference.
    expect(await validate({ TransactionType: "Buy Goods", TransAmount: "75", BillRefNumber: "" })).toBe("0");
    expect(await validate({ TransAmount: "75", BillRefNumber: "Jane W" })).toBe("0");
    expect(await h.db.mpesaNotice.count()).toBe(0);
  });
});
