import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { normalisePhone } from "../../src/domain/phone.js";
import { editCustomer, showCustomer } from "../../src/bot/features/customers.js";
import { texts } from "../../src/texts/index.js";
import { customerTexts as t } from "../../src/texts/manager.js";
import { createHarness, type Harness, type TestUser } from "../support/harness.js";

describe("/customers", () => {
  let h: Harness;
  let operator: TestUser;
  let operatorId: number;
  let janeId: number;

  async function customer(firstName: string, lastName: string, phone: string | null, idNumber: string | null): Promise<number> {
    const created = await h.services.customers.createCustomer({ firstName, lastName, phone, idNumber });
    if (!created.ok) throw new Error("customer not created");
    return created.customer.id;
  }

  beforeEach(async () => {
    h = await createHarness();
    operator = h.user(3001, "Otieno");
    operatorId = await h.addStaff(operator, "OPERATOR");
    janeId = await customer("Jane", "Wanjiru", "254712345678", "12345678");
    await customer("Janet", "Otieno", "254722000111", null);
    await customer("Peter", "Kamau", "254733999888", "87654321");
  });
  afterEach(async () => {
    await h.close();
  });

  const buttonTexts = () => h.latest(operator).buttons.map((b) => b.text);

  it("finds customers by part of a name, shows one's history and what they owe", async () => {
    // Jane used PC-4 for 1 h 12 min (KES 120 at the default KES 100/h), not paid yet.
    const pc4 = await h.db.computer.create({ data: { name: "PC-4" } });
    const started = await h.services.sessions.startSession({ customerId: janeId, computerId: pc4.id, staffId: operatorId });
    if (!started.ok) throw new Error("not started");
    h.advance(72 * 60 * 1000);
    const ended = await h.services.sessions.endSession(started.sessionId, operatorId);
    if (!ended.ok) throw new Error("not ended");

    await h.send(operator, "/customers");
    expect(h.latest(operator).text).toBe(texts.customer.askSearch);
    await h.send(operator, "j");
    expect(h.latest(operator).text).toBe(texts.customer.searchTooShort);
    await h.send(operator, "zzz");
    expect(h.latest(operator).text).toBe(t.noMatch("zzz"));
    await h.send(operator, "jan");
    expect(h.latest(operator).text).toBe(t.pick(2, 8));
    expect(buttonTexts()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Jane Wanjiru · 0712 345 678 · ID 12345678$/), expect.stringMatching(/^Janet Otieno/)]),
    );
    expect(buttonTexts()).toHaveLength(2);

    await h.press(operator, /^Jane Wanjiru/);
    const card = h.latest(operator).text;
    expect(card).toContain("👤 Jane Wanjiru");
    expect(card).toContain("Phone: 0712 345 678");
    expect(card).toContain("ID number: 12345678");
    expect(card).toContain("Not paid yet: KES 120");
    // Started 06:00 UTC = 09:00 in Nairobi.
    expect(card).toContain("• 28/11/2026 09:00, PC-4, 1 h 12 min, KES 120");
    expect(card).toContain(`⚪ #${ended.ended.paymentId!} KES 120 (session), 28/11/2026, —, not requested`);
    expect(buttonTexts()).toEqual([t.changePhoneButton, t.changeNameButton]);
  });

  it("shows a customer's note: what an import from the Django app kept that has no column", async () => {
    await h.db.customer.update({ where: { id: janeId }, data: { note: "Phone in the Django app: 020 123 4567" } });
    await h.send(operator, "/customers jane wanjiru");
    await h.press(operator, /^Jane Wanjiru/);
    expect(h.latest(operator).text).toContain("Note: Phone in the Django app: 020 123 4567");
  });

  it("searches right away with /customers <words>, also by phone or ID number", async () => {
    await h.send(operator, "/customers 0733 999 888");
    expect(buttonTexts()).toEqual([expect.stringMatching(/^Peter Kamau/)]);
    await h.send(operator, "/customers 8765");
    expect(buttonTexts()).toEqual([expect.stringMatching(/^Peter Kamau/)]);
    // The search is over once the matches are shown: typed text is not taken as another search.
    await h.send(operator, "jane");
    expect(h.latest(operator).text).toBe(texts.unknownCommand);
  });

  it("changes the phone number, refusing an invalid one with the reason", async () => {
    await h.send(operator, "/customers wanjiru");
    await h.press(operator, /^Jane Wanjiru/);
    await h.press(operator, t.changePhoneButton);
    expect(h.latest(operator).text).toBe(t.askPhone("Jane Wanjiru", "254712345678"));

    await h.send(operator, "0733 123 456");
    const airtel = normalisePhone("0733 123 456");
    if (airtel.ok) throw new Error("expected a refusal");
    expect(h.latest(operator).text).toBe(texts.mpesa.explainPhoneProblem(airtel));
    expect(h.latest(operator).text).toContain("Airtel");
    await h.send(operator, "07123");
    expect(h.latest(operator).text).toBe(texts.mpesa.phoneProblem.too_short);
    expect((await h.db.customer.findUniqueOrThrow({ where: { id: janeId } })).phone).toBe("254712345678");

    await h.send(operator, "+254 799 888 777");
    expect(h.latest(operator).text).toContain(t.saved("Jane Wanjiru · 0799 888 777 · ID 12345678"));
    expect(h.latest(operator).text).toContain("Phone: 0799 888 777");
    expect((await h.db.customer.findUniqueOrThrow({ where: { id: janeId } })).phone).toBe("254799888777");

    // The search finds her by the new number, not the old one.
    await h.send(operator, "/customers 0799888777");
    expect(buttonTexts()).toEqual([expect.stringMatching(/^Jane Wanjiru/)]);
    await h.send(operator, "/customers 0712345678");
    expect(h.latest(operator).text).toBe(t.noMatch("0712345678"));
  });

  it("changes the name, keeping a part with /skip and refusing what is not a name", async () => {
    await h.send(operator, "/customers jane");
    await h.press(operator, /^Jane Wanjiru/);
    await h.press(operator, t.changeNameButton);
    expect(h.latest(operator).text).toBe(t.askFirstName("Jane"));
    await h.send(operator, "/skip");
    expect(h.latest(operator).text).toBe(t.askLastName("Wanjiru"));
    await h.send(operator, "W4njiru");
    expect(h.latest(operator).text).toBe(t.invalidName("digits"));
    await h.send(operator, "  Wanjiru-Kamau ");
    expect(h.latest(operator).text).toContain(t.saved("Jane Wanjiru-Kamau · 0712 345 678 · ID 12345678"));
    const saved = await h.db.customer.findUniqueOrThrow({ where: { id: janeId } });
    expect(saved).toMatchObject({ firstName: "Jane", lastName: "Wanjiru-Kamau" });
  });

  it("answers a button for a customer that no longer exists without failing", async () => {
    await h.send(operator, "/customers jane");
    const { messageId } = h.latest(operator);
    await h.pressData(operator, showCustomer.pack({ customerId: 99999 }), messageId);
    expect(h.telegram.callsOf("answerCallbackQuery").at(-1)?.params.text).toBe(t.notFound);
    await h.pressData(operator, editCustomer.pack({ field: "phone", customerId: 99999 }), messageId);
    expect(h.telegram.callsOf("answerCallbackQuery").at(-1)?.params.text).toBe(t.notFound);
    expect(h.sent(operator)).not.toContain(texts.somethingWentWrong);
  });
});
