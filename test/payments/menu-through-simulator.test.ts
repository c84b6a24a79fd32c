// Money paid from the M-Pesa menu, end to end through the built-in simulator as a café tries it locally:
// the service registers its URLs, the pretend customer pays the paybill (or the till) and the simulator
// posts Safaricom's confirmation (once, three times, or never), and a receipt the customer shows is
// checked with Transaction Status, whose result the simulator posts back.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDarajaClient } from "../../src/mpesa/daraja-client.js";
import { SIMULATOR_PREFIX } from "../../src/config/index.js";
import { texts } from "../../src/texts/index.js";
import { createHarness, type Harness, type TestUser } from "../support/harness.js";
import { owedPayment, promptSent } from "../support/steps.js";

describe("money paid from the M-Pesa menu, through the simulator", () => {
  let h: Harness;
  let operator: TestUser;
  let manager: TestUser;

  beforeEach(async () => {
    h = await createHarness();
    operator = h.user(5001, "Otieno");
    manager = h.user(7001, "Mary");
    await h.addStaff(operator, "OPERATOR");
    await h.addStaff(manager, "MANAGER");
    await h.mpesa.registerC2bUrls();
  });
  afterEach(() => h.close());

  /** The pretend customer pays the café's paybill from the M-Pesa menu; the simulator's posts are then made and applied. */
  async function payFromMenu(msisdn: string, amount: number, account: string): Promise<void> {
    const client = createDarajaClient({ ...h.config.mpesa, baseUrl: `${h.url}${SIMULATOR_PREFIX}` });
    const response = await fetch(`${h.url}${SIMULATOR_PREFIX}/mpesa/c2b/v1/simulate`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await client.accessToken()}` },
      body: JSON.stringify({
        ShortCode: h.config.mpesa.c2b.shortCode,
        CommandID: "CustomerPayBillOnline",
        Amount: amount,
        Msisdn: msisdn,
        BillRefNumber: account,
      }),
    });
    expect(response.status).toBe(200);
    await h.customersAnswer();
    await h.deliverNotifications();
  }

  const bill = (paymentId: number) => h.db.payment.findUniqueOrThrow({ where: { id: paymentId } });

  it("a paybill payment with the bill's reference settles it, and the operator and manager are told once however many confirmations come", async () => {
    const owed = await owedPayment(h, { operator, minutes: 72, endedAt: "service" });
    await payFromMenu("254712340303", 120, `s${owed.sessionId}`);
    const [receipt] = await h.db.simulatedMenuPayment.findMany();
    expect(await bill(owed.paymentId)).toMatchObject({ state: "PAID", method: "MPESA", receipt: receipt?.receipt });
    expect(await h.db.mpesaNotice.groupBy({ by: ["status"], _count: { _all: true }, orderBy: { status: "asc" } })).toEqual([
      { status: "APPLIED", _count: { _all: 1 } },
      { status: "DUPLICATE", _count: { _all: 2 } },
    ]);
    for (const user of [operator, manager]) {
      expect(h.sent(user).filter((text) => text.includes("Paid from the M-Pesa menu"))).toHaveLength(1);
    }
  });

  it("after a failed prompt the customer pays from the menu, and the failure message turns into paid", async () => {
    const owed = await promptSent(h, { operator, phone: "254712340001", minutes: 72 });
    await h.customersAnswer();
    await h.deliverNotifications();
    await h.press(operator, texts.menu.payFromMenuButton);
    expect(h.latest(operator).text).toContain(`S${owed.sessionId}`);
    await payFromMenu("254712340001", 120, `S${owed.sessionId}`);
    const message = h.latest(operator);
    expect(message.messageId).toBe(owed.messageId);
    expect(message.text).toMatch(/Paid from the M-Pesa menu: KES 120 for Jane Wanjiku/);
    expect(await bill(owed.paymentId)).toMatchObject({ state: "PAID" });
  });

  it("money whose confirmation never comes is found by checking the customer's receipt with Transaction Status", async () => {
    const owed = await owedPayment(h, { operator, minutes: 72 });
    await payFromMenu("254712340404", 120, `S${owed.sessionId}`);
    expect(await bill(owed.paymentId)).toMatchObject({ state: "NOT_REQUESTED" });
    const receipt = (await h.db.simulatedMenuPayment.findFirstOrThrow()).receipt;

    await h.press(operator, texts.receipts.button);
    await h.send(
      operator,
      `${receipt} Confirmed. Ksh120.00 sent to CYBER CAFE for account S${owed.sessionId} on 28/11/26 at 9:15 AM New M-PESA balance is Ksh880.00.`,
    );
    expect(h.latest(operator).text).toContain(`Asking M-Pesa about receipt ${receipt}`);
    await h.customersAnswer();
    await h.deliverNotifications();
    expect(h.latest(operator).text).toContain(`Receipt ${receipt}, confirmed by M-Pesa, paid`);
    expect(await bill(owed.paymentId)).toMatchObject({ state: "PAID", receipt });
    expect(await h.db.receiptCheck.findFirstOrThrow()).toMatchObject({ state: "CONFIRMED" });
  });

  it("a receipt M-Pesa does not know settles nothing", async () => {
    const owed = await owedPayment(h, { operator, minutes: 72 });
    await h.press(operator, texts.receipts.button);
    await h.send(operator, "QZ99XYZ123");
    await h.customersAnswer();
    await h.deliverNotifications();
    expect(h.latest(operator).text).toContain("M-Pesa does not know receipt QZ99XYZ123");
    expect(await bill(owed.paymentId)).toMatchObject({ state: "NOT_REQUESTED" });
  });
});
