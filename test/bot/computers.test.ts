import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { commandMenus } from "../../src/bot/commands.js";
import { texts } from "../../src/texts/index.js";
import { createHarness, type Harness, type TestUser } from "../support/harness.js";
import { newCustomerUpToComputer } from "../support/steps.js";

const HOUR = 60 * 60 * 1000;

describe("computers: one session per computer", () => {
  let h: Harness;
  let manager: TestUser;
  let operator: TestUser;
  let other: TestUser;

  beforeEach(async () => {
    h = await createHarness();
    manager = h.user(1001, "Mary");
    operator = h.user(5001, "Otieno");
    other = h.user(5002, "Achieng");
    await h.addStaff(manager, "MANAGER");
    await h.addStaff(operator, "OPERATOR");
    await h.addStaff(other, "OPERATOR");
  });
  afterEach(() => h.close());

  /** /computers → Add → names → no group. */
  async function addComputers(names: string) {
    await h.send(manager, "/computers");
    await h.press(manager, texts.computers.addButton);
    await h.send(manager, names);
    await h.press(manager, texts.computers.noGroupButton);
  }

  /** /new for a new customer, up to the question about the computer. */
  async function newCustomer(user: TestUser, first: string, last: string) {
    await newCustomerUpToComputer(h, user, first, last, "0712 345 678");
  }

  it("refuses a second customer on a busy computer, however its name is typed, and names the customer on End", async () => {
    await addComputers("PC-1..PC-20");
    await newCustomer(operator, "Olive", "Wanjiku");
    await h.send(operator, "PC-15");
    expect(h.latest(operator).text).toBe("▶️ Session started for Olive Wanjiku on PC-15 at 09:00.");

    await newCustomer(other, "Faith", "Njeri");
    await h.send(other, "PC 15");
    expect(h.latest(other).text).toBe("PC-15 is in use: Olive Wanjiku since 09:00.\nWhich computer? Tap a free one, or type its name.");
    expect(await h.db.usageSession.count()).toBe(1);
    await h.send(other, "15");
    expect(h.latest(other).text).toContain("PC-15 is in use: Olive Wanjiku since 09:00.");
    await h.send(other, "pc16");
    expect(h.latest(other).text).toBe("▶️ Session started for Faith Njeri on PC-16 at 09:00.");

    await h.send(operator, "/sessions");
    const ends = h.latest(operator).buttons.filter((b) => b.text.startsWith("⏹"));
    expect(ends.map((b) => b.text)).toEqual(["⏹ End PC-15 · Olive Wanjiku", "⏹ End PC-16 · Faith Njeri"]);
  });

  async function customer(first: string, last: string): Promise<number> {
    const created = await h.services.customers.createCustomer({ firstName: first, lastName: last, phone: "254712345678", idNumber: null });
    if (!created.ok) throw new Error("customer not created");
    return created.customer.id;
  }
  const computerId = async (name: string) => (await h.db.computer.findUniqueOrThrow({ where: { name } })).id;
  const staffId = async (user: TestUser) => (await h.db.staff.findUniqueOrThrow({ where: { telegramId: BigInt(user.id) } })).id;

  it("is a database rule: of two sessions started on one computer at once, one wins", async () => {
    await h.services.computers.addComputers(["PC-15"], null);
    const pc15 = await computerId("PC-15");
    const [olive, faith] = [await customer("Olive", "Wanjiku"), await customer("Faith", "Njeri")];
    const by = await staffId(operator);
    const results = await Promise.all([
      h.services.sessions.startSession({ customerId: olive, computerId: pc15, staffId: by }),
      h.services.sessions.startSession({ customerId: faith, computerId: pc15, staffId: by }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, reason: "computer_busy", computerName: "PC-15" });
    // Even a write that skips the service is refused by the unique index.
    await expect(
      h.db.usageSession.create({ data: { customerId: faith, activeCustomerId: faith, computerId: pc15, activeComputerId: pc15, startedById: by } }),
    ).rejects.toThrow(/Unique constraint/);
    // Once ended, the computer takes the next customer.
    const first = results.find((r) => r.ok);
    if (!first?.ok) throw new Error("no session started");
    await h.services.sessions.endSession(first.sessionId, by);
    const next = await h.services.sessions.startSession({ customerId: faith, computerId: pc15, staffId: by });
    expect(next).toMatchObject({ ok: true, computerName: "PC-15" });
  });

  it("offers only the free computers, and says so when none is free", async () => {
    await addComputers("PC-1..PC-4");
    await h.services.sessions.startSession({
      customerId: await customer("Olive", "Wanjiku"),
      computerId: await computerId("PC-1"),
      staffId: await staffId(operator),
    });
    await h.services.computers.setOutOfOrder(await computerId("PC-2"), true);
    await h.services.computers.retireComputer(await computerId("PC-3"));

    await newCustomer(operator, "Faith", "Njeri");
    expect(h.latest(operator)).toMatchObject({
      text: "Which computer? Tap a free one, or type its name.",
      buttons: [expect.objectContaining({ text: "PC-4" })],
    });
    await h.send(operator, "pc 2");
    expect(h.latest(operator).text).toBe("PC-2 is out of order.\nWhich computer? Tap a free one, or type its name.");
    await h.send(operator, "PC-3");
    expect(h.latest(operator).text).toBe("PC-3 is not one of the café's computers.\nWhich computer? Tap a free one, or type its name.");
    await h.send(operator, "PC 🎮");
    expect(h.latest(operator).text).toBe(texts.computers.nameProblem.bad_characters);
    await h.send(operator, "/skip");
    expect(h.latest(operator).text).toBe("Which computer? Tap a free one, or type its name.");
    await h.press(operator, "PC-4");
    expect(h.latest(operator).text).toBe("▶️ Session started for Faith Njeri on PC-4 at 09:00.");

    await newCustomer(other, "Jane", "Otieno");
    expect(h.latest(other).text).toBe("No computer is free: end a session in /sessions first, or ask a manager to put one back in order (/computers).");
    expect(await h.db.usageSession.count()).toBe(2);
  });

  it("offers what is free now when the computer tapped was taken meanwhile", async () => {
    await addComputers("PC-1..PC-3");
    await newCustomer(operator, "Faith", "Njeri");
    const offer = h.latest(operator);
    expect(offer.buttons.map((b) => b.text)).toEqual(["PC-1", "PC-2", "PC-3"]);
    h.advance(5 * 60 * 1000);
    await h.services.sessions.startSession({
      customerId: await customer("Olive", "Wanjiku"),
      computerId: await computerId("PC-2"),
      staffId: await staffId(other),
    });
    await h.press(operator, "PC-2");
    expect(h.latest(operator).text).toBe("PC-2 is in use: Olive Wanjiku since 09:05.\nWhich computer? Tap a free one, or type its name.");
    expect(h.latest(operator).buttons.map((b) => b.text)).toEqual(["PC-1", "PC-3"]);
    await h.press(operator, "PC-3");
    expect(h.latest(operator).text).toBe("▶️ Session started for Faith Njeri on PC-3 at 09:05.");
  });

  it("shows every computer at a glance in /sessions: busy with whom, for how long and how much, free by group, out of order", async () => {
    await addComputers("PC-1..PC-6");
    await h.send(manager, "/computers");
    await h.press(manager, texts.computers.addButton);
    await h.send(manager, "G-1..G-3");
    await h.press(manager, texts.computers.newGroupButton);
    await h.send(manager, "Gaming");
    await h.services.computers.setOutOfOrder(await computerId("PC-6"), true);
    const by = await staffId(operator);
    await h.services.sessions.startSession({ customerId: await customer("Olive", "Wanjiku"), computerId: await computerId("PC-2"), staffId: by });
    h.advance(30 * 60 * 1000);
    await h.services.sessions.startSession({ customerId: await customer("Faith", "Njeri"), computerId: await computerId("G-2"), staffId: by });
    h.advance(HOUR);

    await h.send(operator, "/sessions");
    expect(h.latest(operator).text).toBe(
      [
        "Active sessions: 2",
        "• G-2 (Gaming) · Faith Njeri\n  since 09:30, 1 h, KES 100 so far",
        "• PC-2 · Olive Wanjiku\n  since 09:00, 1 h 30 min, KES 150 so far",
        ["🟢 Free (4): PC-1, PC-3–PC-5", "🟢 Free in Gaming (2): G-1, G-3", "🔧 Out of order: PC-6"].join("\n"),
      ].join("\n\n"),
    );
    expect(h.latest(operator).buttons.map((b) => b.text)).toEqual(["⏹ End G-2 · Faith Njeri", "🗑 Void", "⏹ End PC-2 · Olive Wanjiku", "🗑 Void"]);

    // Ended, the computer is free again.
    await h.press(operator, texts.session.endButton("Olive Wanjiku", "PC-2"));
    await h.press(operator, texts.settle.laterButton);
    await h.send(operator, "/sessions");
    expect(h.latest(operator).text).toContain("🟢 Free (5): PC-1–PC-5");
  });

  it("starts sessions on no computer while the café lists none; a manager adds the computer on the spot", async () => {
    await newCustomer(operator, "Olive", "Wanjiku");
    expect(h.latest(operator).text).toBe(texts.session.askComputerNoneListed(false));
    await h.send(operator, "PC-4");
    expect(h.latest(operator).text).toBe(`PC-4 is not one of the café's computers.\n${texts.session.askComputerNoneListed(false)}`);
    expect(h.latest(operator).buttons).toEqual([]);
    await h.send(operator, "/skip");
    expect(h.latest(operator).text).toBe("▶️ Session started for Olive Wanjiku at 09:00.");

    await h.send(operator, "/sessions");
    expect(h.latest(operator).text).toBe("Active sessions: 1\n\n• Olive Wanjiku\n  since 09:00, under a minute, KES 1 so far");
    expect(h.latest(operator).buttons.map((b) => b.text)).toEqual(["⏹ End Olive Wanjiku", "🗑 Void"]);

    await newCustomer(manager, "Faith", "Njeri");
    expect(h.latest(manager).text).toBe(texts.session.askComputerNoneListed(true));
    await h.send(manager, "pc 4");
    expect(h.latest(manager).text).toBe(
      `PC-4 is not one of the café's computers yet: tap ➕ to add it and start the session on it.\n${texts.session.askComputerNoneListed(true)}`,
    );
    await h.press(manager, texts.session.addComputerButton("PC-4"));
    expect(h.latest(manager).text).toBe("▶️ Session started for Faith Njeri on PC-4 at 09:00.");
    expect(await h.db.computer.findMany({ select: { name: true } })).toEqual([{ name: "PC-4" }]);

    // Now that the café lists computers, a session needs one.
    await h.send(operator, "/new");
    await h.send(operator, "jane");
    await h.press(operator, texts.customer.createButton);
    for (const answer of ["Jane", "Otieno", "/skip", "/skip"]) await h.send(operator, answer);
    expect(h.latest(operator).text).toBe(texts.session.noComputerFree);
  });

  it("lets managers add, group, rename, put out of order and retire computers with /computers", async () => {
    await h.send(manager, "/computers");
    expect(h.latest(manager).text).toBe(texts.computers.header(0));
    await h.press(manager, texts.computers.addButton);
    expect(h.latest(manager).text).toBe(texts.computers.askNames);
    await h.send(manager, "PC-5..PC-1");
    expect(h.latest(manager).text).toBe(texts.computers.namesProblem.bad_range);
    await h.send(manager, "pc 1 .. 3, Printer PC");
    expect(h.latest(manager).text).toBe("Put PC-1–PC-3, PRINTER-PC in a group?");
    expect(h.latest(manager).buttons.map((b) => b.text)).toEqual(["No group", "➕ New group"]);
    await h.press(manager, texts.computers.noGroupButton);
    expect(h.latest(manager).text).toBe("✅ Added: PC-1–PC-3, PRINTER-PC.");

    await h.press(manager, texts.computers.allButton);
    await h.press(manager, texts.computers.addButton);
    await h.send(manager, "G-1..G-2, PC-3");
    await h.press(manager, texts.computers.newGroupButton);
    expect(h.latest(manager).text).toBe(texts.computers.askGroupName);
    await h.send(manager, "Gaming 🎮");
    expect(h.latest(manager).text).toBe(texts.computers.groupNameProblem.bad_characters);
    await h.send(manager, "  Gaming ");
    expect(h.latest(manager).text).toBe("✅ Added: G-1, G-2 (Gaming).\nAlready listed, left as they were: PC-3.");

    await h.send(manager, "/computers");
    expect(h.latest(manager).text).toBe(["Computers (6):", "• PC-1–PC-3, PRINTER-PC", "• Gaming (2): G-1, G-2", "", texts.computers.tapHint].join("\n"));
    expect(h.latest(manager).buttons.map((b) => b.text)).toEqual(["G-1", "G-2", "PC-1", "PC-2", "PC-3", "PRINTER-PC", "➕ Add computers"]);

    // Into a group picked from the list: "gaming" is the group made above.
    await h.press(manager, "PC-3");
    expect(h.latest(manager).text).toBe("🖥 PC-3\nFree.");
    await h.press(manager, texts.computers.groupButton);
    expect(h.latest(manager).buttons.map((b) => b.text)).toEqual(["Gaming", "No group", "➕ New group"]);
    await h.press(manager, "Gaming");
    expect(h.latest(manager).text).toBe("✅ PC-3 is in Gaming.");
    expect(await h.db.computerGroup.count()).toBe(1);

    // Rename: read like any name, refused when taken.
    await h.send(manager, "/computers");
    await h.press(manager, "PRINTER-PC");
    await h.press(manager, texts.computers.renameButton);
    expect(h.latest(manager).text).toBe("New name for PRINTER-PC?");
    await h.send(manager, "pc1");
    expect(h.latest(manager).text).toBe("There is already a computer named PC-1. Type another name, or /cancel.");
    await h.send(manager, "g 3");
    expect(h.latest(manager).text).toBe("✅ PRINTER-PC is now G-3.");

    // Out of order: not offered, shown in the list, and back.
    await h.send(manager, "/computers");
    await h.press(manager, "PC-1");
    await h.press(manager, texts.computers.outOfOrderButton);
    expect(h.latest(manager).text).toBe(`${texts.computers.markedOutOfOrder("PC-1")}\n\n🖥 PC-1\n🔧 Out of order: not offered for new sessions.`);
    await h.send(manager, "/computers");
    expect(h.latest(manager).text).toContain("🔧 Out of order: PC-1");
    expect(h.latest(manager).buttons.map((b) => b.text)).toContain("🔧 PC-1");
    await newCustomer(operator, "Olive", "Wanjiku");
    expect(h.latest(operator).buttons.map((b) => b.text)).toEqual(["G-1", "G-2", "G-3", "PC-2", "PC-3"]);
    await h.press(operator, "PC-2");
    await h.press(manager, texts.computers.computerButton("PC-1", true));
    await h.press(manager, texts.computers.backInOrderButton);
    expect(h.latest(manager).text).toContain(texts.computers.markedBackInOrder("PC-1"));

    // Retire: not while busy; then not offered, and its name is kept for history.
    await h.send(manager, "/computers");
    await h.press(manager, "PC-2");
    expect(h.latest(manager).text).toBe("🖥 PC-2\nIn use: Olive Wanjiku since 09:00.");
    await h.press(manager, texts.computers.retireButton);
    expect(h.latest(manager).text).toBe(`${texts.computers.retireBusy("PC-2", "Olive Wanjiku")}\n\n🖥 PC-2\nIn use: Olive Wanjiku since 09:00.`);
    await h.send(manager, "/computers");
    await h.press(manager, "PC-3");
    await h.press(manager, texts.computers.retireButton);
    expect(h.latest(manager).text).toBe(texts.computers.confirmRetire("PC-3"));
    await h.press(manager, texts.computers.confirmRetireButton);
    expect(h.latest(manager).text).toContain(texts.computers.retired("PC-3"));
    expect(h.latest(manager).text).toContain("Retired: PC-3 (adding a name again brings it back)");
    expect(h.latest(manager).buttons.map((b) => b.text)).not.toContain("PC-3");
    await newCustomer(other, "Faith", "Njeri");
    expect(h.latest(other).buttons.map((b) => b.text)).toEqual(["G-1", "G-2", "G-3", "PC-1"]);
    await h.send(other, "/cancel");

    // A retired name cannot be taken by a rename; adding it brings the computer back.
    await h.send(manager, "/computers");
    await h.press(manager, "G-3");
    await h.press(manager, texts.computers.renameButton);
    await h.send(manager, "PC-3");
    expect(h.latest(manager).text).toBe(texts.computers.nameTaken("PC-3", true));
    await h.send(manager, "/computers");
    await h.press(manager, texts.computers.addButton);
    await h.send(manager, "PC-3");
    await h.press(manager, texts.computers.noGroupButton);
    expect(h.latest(manager).text).toBe("♻️ Brought back: PC-3.");
    expect(await h.db.computer.count()).toBe(6);

    // Every button of the whole walk fits Telegram's 64 bytes of callback data.
    const data = h.telegram.calls.flatMap((call) => {
      const markup = call.params.reply_markup as { inline_keyboard?: { callback_data?: string }[][] } | undefined;
      return (markup?.inline_keyboard ?? []).flat().map((button) => button.callback_data ?? "");
    });
    expect(data.length).toBeGreaterThan(20);
    for (const value of data) expect(Buffer.byteLength(value, "utf8")).toBeLessThanOrEqual(64);
  });

  it("pages a long list of computers", async () => {
    await addComputers("PC-1..PC-45");
    await h.send(manager, "/computers");
    expect(h.latest(manager).text).toContain("Computers (45):\n• PC-1–PC-45");
    const first = h.latest(manager).buttons.map((b) => b.text);
    expect(first).toHaveLength(40 + 2);
    expect(first.slice(-3)).toEqual(["PC-40", "Next ▶️", "➕ Add computers"]);
    await h.press(manager, texts.computers.nextPage);
    expect(h.latest(manager).buttons.map((b) => b.text)).toEqual(["PC-41", "PC-42", "PC-43", "PC-44", "PC-45", "◀️ Back", "➕ Add computers"]);
  });

  it("is for managers: operators are refused, and the menu and /help list it for managers only", async () => {
    await h.send(operator, "/computers");
    expect(h.latest(operator).text).toBe(texts.managersOnly);
    await h.services.computers.addComputers(["PC-1"], null);
    await h.pressData(operator, `pc:retired:${await computerId("PC-1")}`, 4242);
    expect(h.telegram.callsOf("answerCallbackQuery").at(-1)?.params.text).toBe(texts.managersOnly);
    expect(await h.db.computer.count({ where: { retiredAt: null } })).toBe(1);

    expect(commandMenus().manager.map((c) => c.command)).toContain("computers");
    expect(commandMenus().operator.map((c) => c.command)).not.toContain("computers");
    await h.send(manager, "/help");
    expect(h.latest(manager).text).toContain("/computers");
    await h.send(operator, "/help");
    expect(h.latest(operator).text).not.toContain("/computers");
  });
});
