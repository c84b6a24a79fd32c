// A prompt that failed offers "Pay from the M-Pesa menu": the message tells the customer how (paybill
// and the bill's reference, or the till), keeps Send again and Cash, and says paid when the money comes.
import { afterEach, describe, expect, it } from "vitest";
import { texts } from "../../src/texts/index.js";
import { c2bBody } from "../support/daraja-callbacks.js";
import { createHarness, type Harness, type TestUser } from "../support/harness.js";
import { owedPayment, promptSent } from "../support/steps.js";

describe("paying from the M-Pesa menu after a failed prompt", () => {
  let h: Harness;
  let operator: TestUser;
  let manager: TestUser;
  afterEach(() => h.close());

  async function start(env: Record<string, string> = {}) {
    h = await createHarness(env);
    operator = h.user(5001, "Otieno");
    manager = h.user(7001, "Mary");
    await h.addStaff(operator, "OPERATOR");
    await h.addStaff(manager, "MANAGER");
  }

  async function failedPrompt() {
    const owed = await promptSent(h, { operator, phone: "254712340001", minutes: 72 });
    await h.customersAnswer();
    await h.deliverNotifications();
    expect(h.latest(operator).text).toMatch(/failed/);
    expect(h.latest(operator).buttons.map((button) => button.text)).toContain(texts.menu.payFromMenuButton);
    return owed;
  }

  it("paybill: the failure message shows the business and account numbers, then says paid when the money comes with that reference", async () => {
    await start();
    const owed = await failedPrompt();
    await h.press(operator, texts.menu.payFromMenuButton);
    const shown = h.latest(operator);
    expect(shown.messageId).toBe(owed.messageId);
    expect(shown.text).toContain("Lipa na M-Pesa → Pay Bill");
    expect(shown.text).toContain(`Business number: ${h.config.mpesa.partyB}`);
    expect(shown.text).toContain(`Account number: S${owed.sessionId}`);
    expect(shown.text).toContain("Amount: 120");
    const labels = shown.buttons.map((button) => button.text);
    expect(labels).toEqual(expect.arrayContaining([texts.settle.retryButton, texts.settle.cashButton]));
    expect(labels).not.toContain(texts.menu.payFromMenuButton);

    const answer = await h.app.inject({
      method: "POST",
      url: "/payments/confirmation/",
      payload: JSON.stringify(c2bBody({ TransID: "QK12ABC600", TransAmount: "120", BillRefNumber: `S${owed.sessionId}`, MSISDN: "2547 ***** 001" })),
    });
    expect(answer.statusCode).toBe(200);
    await h.deliverNotifications();
    const paid = h.latest(operator);
    expect(paid.messageId).toBe(owed.messageId);
    expect(paid.text).toMatch(/Paid from the M-Pesa menu: KES 120 for Jane Wanjiku/);
    expect(paid.buttons).toEqual([]);
    expect(h.sent(manager).at(-1)).toMatch(/Paid from the M-Pesa menu/);
  });

  it("till: Buy Goods and the till number, no account number, and says the bill settles by amount and phone", async () => {
    await start({ MPESA_SHORTCODE_TYPE: "till_number", MPESA_SHORTCODE: "5123456", MPESA_EXPRESS_SHORTCODE: "174379" });
    await failedPrompt();
    await h.press(operator, texts.menu.payFromMenuButton);
    const shown = h.latest(operator).text;
    expect(shown).toContain("Buy Goods and Services");
    expect(shown).toContain("Till number: 5123456");
    expect(shown).not.toContain("Account number");
    expect(shown).toContain("A till has no account number");
  });

  it("a copy of the failure on another message (a manager who followed the prompt) is also edited to paid", async () => {
    await start();
    const owed = await owedPayment(h, { operator, phone: "254712340001", minutes: 72 });
    // The manager has the bill open; the operator sends the prompt; the manager's tap then finds it
    // out, and their message follows it.
    await h.send(manager, "/unpaid");
    await h.press(manager, /Jane Wanjiku/);
    await h.press(operator, texts.settle.sendButton);
    await h.press(manager, texts.settle.sendButton);
    const followed = h.latest(manager).messageId;
    await h.customersAnswer();
    await h.deliverNotifications();
    expect(h.latest(manager).messageId).toBe(followed);
    await h.press(manager, texts.menu.payFromMenuButton);
    await h.app.inject({
      method: "POST",
      url: "/payments/confirmation/",
      payload: JSON.stringify(c2bBody({ TransID: "QK12ABC601", TransAmount: "120", BillRefNumber: `S${owed.sessionId}` })),
    });
    await h.deliverNotifications();
    const message = h.telegram.message(manager.id, followed);
    expect(message?.text).toMatch(/Paid from the M-Pesa menu/);
    expect(h.latest(operator).text).toMatch(/Paid from the M-Pesa menu/);
  });
});
