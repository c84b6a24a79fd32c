// The services wake the outbox sender once they have committed messages: a result reaches Telegram
// without waiting for the sender's next look (which the harness puts an hour away).
import { afterEach, describe, expect, it } from "vitest";
import { texts } from "../../src/texts/index.js";
import { createHarness, type Harness } from "../support/harness.js";
import { owedPayment, promptSent } from "../support/steps.js";

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
});
