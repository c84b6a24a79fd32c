// The services wake the outbox sender once they have committed messages: a result reaches Telegram
// without waiting for the sender's next look (which the harness puts an hour away).
import { afterEach, describe, expect, it } from "vitest";
import { requestMpesaPayment } from "../../src/services/prompts.js";
import { texts } from "../../src/texts/index.js";
import { paidItems, stkCallbackBody } from "../support/daraja-callbacks.js";
import { createHarness, type Harness } from "../support/harness.js";
import { msisdn } from "../support/phone.js";
import { owedPayment, promptSent } from "../support/steps.js";
import { UNUSED_C2B } from "../support/unused-c2b.js";

const OPERATOR = 5001;
const MANAGER = 7001;

describe("the outbox sender is woken by the services", () => {
  let h: Harness;
  afterEach(() => h.close());

  async function setUp() {
    h = await createHarness();
    const operator = h.user(OPERATOR, "Otieno");
    const manager = h.user(MANAGER, "Mary");
    await h.addStaff(operator, "OPERATOR");
    await h.addStaff(manager, "MANAGER");
    h.startOutbox();
    return { operator, manager };
  }

  it("by an M-Pesa callback's result: the operator's message is edited and the manager told", async () => {
    const { operator } = await setUp();
    const { messageId } = await promptSent(h, { operator });

    await h.customersAnswer();

    await h.telegram.waitForCall((call) => call.method === "editMessageText" && call.params.message_id === messageId);
    await h.telegram.waitForCall((call) => call.method === "sendMessage" && call.params.chat_id === MANAGER);
    expect(h.telegram.message(OPERATOR, messageId)?.text).toContain("✅ Paid");
  });

  it("by cash taken: the manager is told", async () => {
    const { operator } = await setUp();
    await owedPayment(h, { operator });

    await h.press(operator, texts.settle.cashButton);

    const call = await h.telegram.waitForCall((c) => c.method === "sendMessage" && c.params.chat_id === MANAGER);
    expect(String(call.params.text)).toContain("paid in cash");
  });

  it("by a callback kept until its prompt was recorded: the operator's message is edited", async () => {
    const { operator } = await setUp();
    const checkoutRequestId = "ws_CO_28112026093000000712345678";
    await h.app.inject({ method: "POST", url: "/mpesa/callback/", payload: stkCallbackBody(checkoutRequestId, 0, paidItems(120)) });
    await h.callbacksApplied();
    const owed = await owedPayment(h, { operator, phone: "254712345678" });
    const messageId = owed.messageId!;
    const payment = await h.db.payment.findFirstOrThrow();
    const staff = await h.db.staff.findFirstOrThrow({ where: { telegramId: BigInt(OPERATOR) } });

    // The push answer names the CheckoutRequestID the callback came for.
    const pushAnswered = {
      stkPush: async (request: { phone: string; amount: number }) => ({
        merchantRequestId: "29115-1",
        checkoutRequestId,
        msisdn: msisdn(request.phone),
        amount: request.amount,
        customerMessage: "ok",
      }),
      stkQuery: () => Promise.reject(new Error("not used")),
      ...UNUSED_C2B,
    };
    await requestMpesaPayment(h.context, pushAnswered, {
      paymentId: payment.id,
      phone: msisdn("254712345678"),
      staffId: staff.id,
      chatId: OPERATOR,
      messageId,
    });

    await h.telegram.waitForCall((call) => call.method === "editMessageText" && call.params.message_id === messageId);
    expect(h.telegram.message(OPERATOR, messageId)?.text).toContain("✅ Paid");
  });
});
