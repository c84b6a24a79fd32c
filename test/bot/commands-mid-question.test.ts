// A command sent while a question is open: it is answered and the question stays open, so a typed
// answer goes on with it; a command or button that opens a question of its own puts the open one
// aside and says so. Never is a conversation dropped in silence.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { texts } from "../../src/texts/index.js";
import { computerId, createHarness, type Harness, type TestUser } from "../support/harness.js";

describe("a command in the middle of a question", () => {
  let h: Harness;
  let operator: TestUser;
  let staffId: number;

  beforeEach(async () => {
    h = await createHarness();
    operator = h.user(5001, "Achieng");
    staffId = await h.addStaff(operator, "OPERATOR");
  });
  afterEach(() => h.close());

  /** /new up to "Last name?" for a customer who is not there yet. */
  async function newUpToLastName() {
    await h.send(operator, "/new");
    await h.send(operator, "Brian");
    await h.press(operator, texts.customer.createButton);
    await h.send(operator, "Brian");
    expect(h.latest(operator).text).toBe(texts.customer.askLastName);
  }

  it("is answered, and the next typed answer goes on with the question", async () => {
    await computerId(h, "PC-3");
    await newUpToLastName();
    await h.send(operator, "/sessions");
    expect(h.latest(operator).text).toMatch(/^No sessions are running\. \/new starts one\./);
    await h.send(operator, "/payments");
    expect(h.latest(operator).text).toBe(texts.payments.empty);

    await h.send(operator, "Kiprono");
    expect(h.latest(operator).text).toBe(texts.customer.askPhone);
    await h.send(operator, "/skip");
    await h.send(operator, "/skip");
    await h.press(operator, "PC-3");
    expect(h.latest(operator).text).toMatch(/^▶️ Session started for Brian Kiprono on PC-3 at \d\d:\d\d\.$/);
    expect(h.sent(operator)).not.toContain(texts.unknownCommand);
  });

  it("a command the bot does not know is answered as such and the question stays open", async () => {
    await newUpToLastName();
    await h.send(operator, "/lastname");
    expect(h.latest(operator).text).toBe(texts.unknownCommand);
    await h.send(operator, "Kiprono");
    expect(h.latest(operator).text).toBe(texts.customer.askPhone);
  });

  it("a command that asks questions of its own puts the open one aside and says so", async () => {
    await newUpToLastName();
    await h.send(operator, "/pay");
    const [aside, asked] = h.sent(operator).slice(-2);
    expect(aside).toBe(texts.putAside["new-session"]);
    expect(aside).toContain("Send /new to start again");
    expect(asked).toBe(texts.customer.askSearch);
    // The answers now go to /pay.
    await h.send(operator, "Kiprono");
    expect(h.latest(operator).text).toBe(texts.customer.matches(0, 10));
  });

  it("a button that asks questions of its own (Another number) puts the open one aside and says so", async () => {
    const customer = await h.db.customer.create({ data: { firstName: "Abel", lastName: "Mutua", phone: "254712345678", searchKey: "abel mutua" } });
    await h.services.sessions.startSession({ customerId: customer.id, computerId: await computerId(h, "PC-2"), staffId });
    await h.send(operator, "/sessions");
    await h.press(operator, /^⏹ End PC-2 ·/);
    await h.send(operator, "/pay");
    await h.send(operator, "abel");
    await h.press(operator, /^Abel Mutua/);
    expect(h.latest(operator).text).toBe(texts.pay.askAmount("Abel Mutua"));

    await h.press(operator, texts.settle.otherNumberButton);
    const [aside, asked] = h.sent(operator).slice(-2);
    expect(aside).toBe(texts.putAside.pay);
    expect(asked).toBe(texts.settle.askNumber);
  });

  it("the same question asked again (a double tap on Another number, /new sent again) starts it again without a word", async () => {
    const customer = await h.db.customer.create({ data: { firstName: "Abel", lastName: "Mutua", phone: "254712345678", searchKey: "abel mutua" } });
    await h.services.sessions.startSession({ customerId: customer.id, computerId: await computerId(h, "PC-2"), staffId });
    await h.send(operator, "/sessions");
    await h.press(operator, /^⏹ End PC-2 ·/);
    const before = h.sent(operator).length;
    await h.press(operator, texts.settle.otherNumberButton);
    await h.press(operator, texts.settle.otherNumberButton);
    expect(h.sent(operator).slice(before)).toEqual([texts.settle.askNumber, texts.settle.askNumber]);
    await h.send(operator, "/new");
    await h.send(operator, "/new");
    expect(h.sent(operator).slice(before + 2)).toEqual([texts.putAside["other-number"], texts.customer.askSearch, texts.customer.askSearch]);
  });

  it("after the question expired, says it was stopped, then answers the command", async () => {
    await newUpToLastName();
    h.advance(16 * 60 * 1000);
    await h.send(operator, "/sessions");
    expect(h.sent(operator).slice(-2)).toEqual([texts.expired, "No sessions are running. /new starts one."]);
    await h.send(operator, "Kiprono");
    expect(h.latest(operator).text).toBe(texts.unknownCommand);
  });

  it("/cancel still leaves the question after other commands were answered", async () => {
    await newUpToLastName();
    await h.send(operator, "/unpaid");
    await h.send(operator, "/cancel");
    expect(h.latest(operator).text).toBe(texts.cancelled);
    await h.send(operator, "Kiprono");
    expect(h.latest(operator).text).toBe(texts.unknownCommand);
  });
});

describe("a command in the middle of a manager's question", () => {
  let h: Harness;
  let manager: TestUser;

  beforeEach(async () => {
    h = await createHarness();
    manager = h.user(7001, "Mary");
    await h.addStaff(manager, "MANAGER");
  });
  afterEach(() => h.close());

  it("/staff during a tariff change is answered and the change goes on", async () => {
    await h.send(manager, "/tariff");
    await h.press(manager, texts.manager.tariff.changeButton);
    await h.send(manager, "/staff");
    expect(h.latest(manager).text).toContain(texts.manager.staff.header(1));
    await h.send(manager, "120");
    expect(h.latest(manager).text).toBe(texts.manager.tariff.askWindows([]));
  });

  it("/customers during a tariff change puts the change aside and says so", async () => {
    await h.send(manager, "/tariff");
    await h.press(manager, texts.manager.tariff.changeButton);
    await h.send(manager, "/customers");
    expect(h.sent(manager).slice(-2)).toEqual([texts.putAside["tariff-change"], texts.customer.askSearch]);
  });

  it("/new while adding computers leaves that question and starts /new", async () => {
    await h.send(manager, "/computers");
    await h.press(manager, texts.computers.addButton);
    expect(h.latest(manager).text).toBe(texts.computers.askNames);
    await h.send(manager, "/new");
    expect(h.latest(manager).text).toBe(texts.customer.askSearch);
    expect(h.sent(manager)).not.toContain(texts.somethingWentWrong);
  });
});
