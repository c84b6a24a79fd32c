// Each staff member reads the bot in their own language: the one they chose with /language, else
// Kiswahili when their Telegram app is in Kiswahili, else the café's DEFAULT_LOCALE.
import { Api } from "grammy";
import type { BotCommand } from "grammy/types";
import { afterEach, describe, expect, it } from "vitest";
import { registerCommands } from "../../src/bot/commands.js";
import { inLocale } from "../../src/texts/i18n.js";
import { texts } from "../../src/texts/index.js";
import { englishWordsIn } from "../support/english-words.js";
import { FAKE_TOKEN } from "../support/fake-telegram.js";
import { createHarness, type Harness } from "../support/harness.js";
import { promptSent } from "../support/steps.js";

/** The Kiswahili of a text, which must not be its English. */
function inSwahili(render: () => string): string {
  const swahili = inLocale("sw", render);
  expect(swahili).not.toBe(render());
  return swahili;
}

describe("the language each staff member reads", () => {
  let h: Harness;
  afterEach(async () => {
    await h.close();
  });

  function commandsSetFor(chatId: number): BotCommand[] | undefined {
    const call = h.telegram
      .callsOf("setMyCommands")
      .filter((c) => (c.params.scope as { chat_id?: number } | undefined)?.chat_id === chatId)
      .at(-1);
    return call?.params.commands as BotCommand[] | undefined;
  }

  it("/language offers each language by its own name; choosing one answers in it and changes the chat's command menu", async () => {
    h = await createHarness();
    const operator = h.user(1002, "Olive");
    await h.addStaff(operator, "OPERATOR");

    await h.send(operator, "/language");
    expect(h.latest(operator).text).toBe(texts.language.ask);
    expect(h.latest(operator).buttons.map((b) => b.text)).toEqual(["English", "Kiswahili"]);

    await h.press(operator, "Kiswahili");
    expect(h.latest(operator).text).toBe(inSwahili(() => texts.language.chosen));
    expect(h.latest(operator).text).toMatch(/Kiswahili/);
    expect((await h.db.staff.findUniqueOrThrow({ where: { telegramId: 1002n } })).language).toBe("sw");
    const menu = commandsSetFor(1002);
    expect(menu?.find((c) => c.command === "language")?.description).toBe(inSwahili(() => texts.language.command));
    expect(menu?.map((c) => c.command)).not.toContain("invite");

    // The next command is answered in Kiswahili; the list shows the choice ticked.
    await h.send(operator, "/language");
    expect(h.latest(operator).text).toBe(inSwahili(() => texts.language.ask));
    expect(h.latest(operator).buttons.map((b) => b.text)).toEqual(["English", "✓ Kiswahili"]);

    await h.press(operator, "English");
    expect(h.latest(operator).text).toBe(texts.language.chosen);
    expect((await h.db.staff.findUniqueOrThrow({ where: { telegramId: 1002n } })).language).toBe("en");
  });

  it("a manager who chooses Kiswahili gets the managers' menu in Kiswahili", async () => {
    h = await createHarness();
    const manager = h.user(1001, "Mary");
    await h.addStaff(manager, "MANAGER");
    await h.send(manager, "/language");
    await h.press(manager, "Kiswahili");
    const menu = commandsSetFor(1001);
    expect(menu?.map((c) => c.command)).toContain("invite");
    expect(menu?.find((c) => c.command === "language")?.description).toBe(inSwahili(() => texts.language.command));
  });

  it("a staff member whose Telegram is in Kiswahili reads Kiswahili until they choose otherwise, and so does what the outbox writes to them", async () => {
    h = await createHarness();
    const operator = h.user(1002, "Olive", "sw");
    await h.addStaff(operator, "OPERATOR");
    await h.send(operator, "/language");
    expect(h.latest(operator).text).toBe(inSwahili(() => texts.language.ask));
    // Kept, so that notifications (written without an update from them) and the chat's menu are in Kiswahili too.
    expect((await h.db.staff.findUniqueOrThrow({ where: { telegramId: 1002n } })).language).toBe("sw");
    expect(commandsSetFor(1002)?.find((c) => c.command === "language")?.description).toBe(inSwahili(() => texts.language.command));

    await h.press(operator, "English");
    await h.send(h.user(1002, "Olive", "sw"), "/language");
    expect(h.latest(operator).text).toBe(texts.language.ask);
  });

  it("someone joining by invite from a Telegram app in Kiswahili is welcomed in Kiswahili", async () => {
    h = await createHarness();
    const { code } = await h.services.staff.createInvite(null, "OPERATOR");
    const newcomer = h.user(2001, "Nelly", "sw-KE");
    await h.send(newcomer, `/start ${code}`);
    expect(h.latest(newcomer).text).toBe(inSwahili(() => texts.welcome("Nelly", "OPERATOR")));
    expect((await h.db.staff.findUniqueOrThrow({ where: { telegramId: 2001n } })).language).toBe("sw");
  });

  it("DEFAULT_LOCALE is the language of staff who chose none and whose Telegram is in another language; someone not on the staff is answered in it too", async () => {
    h = await createHarness({ DEFAULT_LOCALE: "sw" });
    const operator = h.user(1002, "Olive", "en");
    await h.addStaff(operator, "OPERATOR");
    await h.send(operator, "/language");
    expect(h.latest(operator).text).toBe(inSwahili(() => texts.language.ask));
    expect((await h.db.staff.findUniqueOrThrow({ where: { telegramId: 1002n } })).language).toBeNull();

    const stranger = h.user(3001, "Sam", "en");
    await h.send(stranger, "/sessions");
    expect(h.latest(stranger).text).toBe(inSwahili(() => texts.access.notStaff(3001)));
  });

  it("an operator and a manager read the same payment each in their own language", async () => {
    h = await createHarness();
    const operator = h.user(1002, "Olive");
    const manager = h.user(1001, "Mary");
    await h.addStaff(operator, "OPERATOR");
    await h.addStaff(manager, "MANAGER");
    await h.db.staff.update({ where: { telegramId: 1001n }, data: { language: "sw" } });

    const { messageId } = await promptSent(h, { operator, customer: "Jane Wanjiku", phone: "254712345678" });
    await h.customersAnswer();
    await h.deliverNotifications();
    const receipt = (await h.db.payment.findFirstOrThrow()).receipt!;
    const operatorRead = h.telegram.message(operator.id, messageId)!.text!;
    const managerRead = h.latest(manager).text;
    for (const text of [operatorRead, managerRead]) expect(text).toContain(receipt);
    expect(englishWordsIn(operatorRead)).toContain("paid");
    expect(englishWordsIn(managerRead)).toEqual([]);
    expect(managerRead).toContain("Jane Wanjiku");
  });

  it("the command menus at start-up: the general one in the café's language, the Kiswahili one for Telegram apps in Kiswahili, and each chat's own", async () => {
    h = await createHarness();
    const api = new Api(FAKE_TOKEN, { apiRoot: h.telegram.url });
    await registerCommands(
      api,
      [
        { telegramId: 1001n, role: "MANAGER", language: null },
        { telegramId: 1002n, role: "OPERATOR", language: "sw" },
        { telegramId: 1003n, role: "OPERATOR", language: null },
      ],
      "en",
    );
    const calls = h.telegram.callsOf("setMyCommands").map((c) => c.params as { commands: BotCommand[]; language_code?: string; scope?: { chat_id: number } });
    const described = (commands: BotCommand[]) => commands.find((c) => c.command === "language")?.description;
    const general = calls.find((c) => c.scope === undefined && c.language_code === undefined);
    const swahili = calls.find((c) => c.language_code === "sw");
    expect(described(general!.commands)).toBe(texts.language.command);
    expect(described(swahili!.commands)).toBe(inSwahili(() => texts.language.command));
    expect(swahili!.commands.map((c) => c.command)).not.toContain("invite");
    const chats = calls.filter((c) => c.scope !== undefined);
    expect(chats.map((c) => c.scope!.chat_id)).toEqual([1001, 1002]);
    expect(chats[0]!.commands.map((c) => c.command)).toContain("invite");
    expect(described(chats[1]!.commands)).toBe(inSwahili(() => texts.language.command));
  });
});
