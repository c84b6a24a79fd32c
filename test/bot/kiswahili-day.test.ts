// A working day at the counter in Kiswahili: an operator whose Telegram app is in Kiswahili and a
// manager who chose it with /language. Every word the bot sends them (messages, edits, buttons, tap
// answers, captions, command menus) is in Kiswahili: none of the English sentences' words is left.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { queueDailySummary } from "../../src/services/daily-summary.js";
import { inLocale } from "../../src/texts/i18n.js";
import { texts } from "../../src/texts/index.js";
import { englishWordsIn } from "../support/english-words.js";
import type { ApiCall } from "../support/fake-telegram.js";
import { createHarness, type Harness, type TestUser } from "../support/harness.js";

const MINUTE = 60 * 1000;
const sw = <T>(render: () => T): T => inLocale("sw", render);

/** Every text a person reads in one Bot API call: its message or caption, its buttons, a tap's answer, a command menu. */
function wordsOf(call: ApiCall): string[] {
  const { params } = call;
  const markup = (typeof params.reply_markup === "string" ? JSON.parse(params.reply_markup) : params.reply_markup) as
    { inline_keyboard?: { text: string }[][]; keyboard?: ({ text: string } | string)[][] } | undefined;
  const buttons = [...(markup?.inline_keyboard ?? []), ...(markup?.keyboard ?? [])].flat().map((button) => (typeof button === "string" ? button : button.text));
  const commands = Array.isArray(params.commands) ? (params.commands as { description: string }[]).map((command) => command.description) : [];
  return [params.text, params.caption, ...buttons, ...commands].filter((text): text is string => typeof text === "string" && text.length > 0);
}

describe("a working day in Kiswahili", () => {
  let h: Harness;
  let mary: TestUser;
  let otieno: TestUser;

  beforeEach(async () => {
    h = await createHarness();
    mary = h.user(7001, "Mary");
    otieno = h.user(5001, "Otieno", "sw");
    await h.addStaff(mary, "MANAGER");
    await h.addStaff(otieno, "OPERATOR");
  });
  afterEach(() => h.close());

  it("the operator's day and the manager's commands: nothing they read is English", async () => {
    // Mary's Telegram is in English: she chooses Kiswahili. Everything after is checked.
    await h.send(mary, "/language");
    await h.press(mary, "Kiswahili");
    const from = h.telegram.calls.length;

    // Before opening: the computers, the tariff, the help.
    await h.send(mary, "/help");
    await h.send(mary, "/computers");
    await h.press(
      mary,
      sw(() => texts.computers.addButton),
    );
    await h.send(mary, "PC-1..PC-4");
    await h.press(
      mary,
      sw(() => texts.computers.noGroupButton),
    );
    await h.send(mary, "/tariff");
    await h.press(
      mary,
      sw(() => texts.manager.tariff.changeButton),
    );
    await h.send(mary, "100");
    await h.send(mary, "hakuna");
    await h.send(mary, "1");
    await h.press(
      mary,
      sw(() => texts.manager.tariff.roundingButton.HALF_UP),
    );
    await h.press(
      mary,
      sw(() => texts.manager.tariff.saveButton),
    );

    // 09:00 Otieno opens his shift and starts Jane on PC-1, prepaid for two hours in cash.
    await h.send(otieno, "/help");
    await h.send(otieno, "/shift");
    await h.send(otieno, "500");
    await newCustomer(otieno, "Jane", "Wanjiku", "0712 345 678");
    await h.press(otieno, "PC-1");
    await h.press(
      otieno,
      sw(() => texts.prepaid.choiceButton(120, 200)),
    );
    await h.press(
      otieno,
      sw(() => texts.settle.cashButton),
    );

    // Sam on PC-4 by mistake: Otieno voids it.
    await newCustomer(otieno, "Sam", "Otieno", "0712 000 111");
    await h.press(otieno, "PC-4");
    await h.send(otieno, "/sessions");
    const list = h.latest(otieno);
    const sams = list.buttons.findIndex((b) => b.text === sw(() => texts.session.endButton("Sam Otieno", "PC-4")));
    await h.pressData(otieno, (list.buttons[sams + 1] as { callback_data: string }).callback_data, list.messageId);
    await h.send(otieno, "mteja mwingine");

    // Peter on PC-2, paying at the end by M-Pesa; Mercy on PC-3, whose prompt she cancels.
    await newCustomer(otieno, "Peter", "Kamau", "0722 111 222");
    await h.press(otieno, "PC-2");
    await newCustomer(otieno, "Mercy", "Achieng", "0712 341 032");
    await h.press(otieno, "PC-3");
    h.advance(5 * MINUTE);
    await h.send(otieno, "/sessions");
    await h.deliverNotifications();

    // 10:12 Peter leaves: 72 minutes, paid by M-Pesa.
    h.advance(67 * MINUTE);
    await h.send(otieno, "/sessions");
    await h.press(
      otieno,
      sw(() => texts.session.endButton("Peter Kamau", "PC-2")),
    );
    await h.press(
      otieno,
      sw(() => texts.settle.sendButton),
    );
    await h.customersAnswer();
    await h.deliverNotifications();

    // Mercy: lowered by 60 for a broken computer, more than an operator may alone: Mary approves. Then
    // the prompt is cancelled, and she pays cash.
    await h.send(otieno, "/sessions");
    await h.press(
      otieno,
      sw(() => texts.session.endButton("Mercy Achieng", "PC-3")),
    );
    await h.press(
      otieno,
      sw(() => texts.settle.lowerButton),
    );
    await h.send(otieno, "60");
    await h.send(otieno, "kompyuta iliharibika");
    await h.deliverNotifications();
    await h.press(
      mary,
      sw(() => texts.adjust.approveButton),
    );
    await h.deliverNotifications();
    await h.press(
      otieno,
      sw(() => texts.settle.sendButton),
    );
    await h.customersAnswer();
    await h.deliverNotifications();
    await h.press(
      otieno,
      sw(() => texts.settle.cashButton),
    );

    // Jane leaves before her time is up: nothing more to pay.
    await h.send(otieno, "/sessions");
    await h.press(
      otieno,
      sw(() => texts.session.endButton("Jane Wanjiku", "PC-1")),
    );

    // Printing for Jane, to be paid later; a receipt shown that M-Pesa never sent here.
    await h.send(otieno, "/pay");
    await h.send(otieno, "jane");
    await h.press(otieno, /^Jane Wanjiku/);
    await h.send(otieno, "50");
    await h.send(otieno, "/skip");
    await h.send(otieno, "/skip");
    await h.press(
      otieno,
      sw(() => texts.settle.laterButton),
    );
    await h.send(otieno, "QK12ABC345");

    // The lists, a question left, something the bot does not understand.
    await h.send(otieno, "/payments");
    await h.send(otieno, "/unpaid");
    await h.send(otieno, "/unplaced");
    await h.send(otieno, "/customers");
    await h.send(otieno, "jane");
    await h.send(otieno, "/cancel");
    await h.send(otieno, "habari");
    await h.send(otieno, "/tariff");

    // 18:00 Otieno closes his shift; Mary reads the day.
    h.advance(7 * 60 * MINUTE);
    await h.send(otieno, "/shift");
    await h.press(
      otieno,
      sw(() => texts.shifts.closeButton),
    );
    await h.send(otieno, "560");
    await h.send(mary, "/report");
    await h.send(mary, "/export");
    await h.send(mary, "/audit");
    await h.send(mary, "/staff");
    await h.send(mary, "/invite");
    await h.press(
      mary,
      sw(() => texts.manager.invite.roleButton.OPERATOR),
    );
    await h.send(mary, "/invites");
    // 22:12, past closing time: the day's summary and its chart reach Mary.
    h.advance(5 * 60 * MINUTE);
    expect(await queueDailySummary(h.context)).toBe(2);
    await h.deliverNotifications();

    const read = h.telegram.calls
      .slice(from)
      .filter((call) => [mary.id, otieno.id].includes(Number(call.params.chat_id)) || call.method === "answerCallbackQuery");
    if (process.env.DUMP_DAY) (await import("node:fs")).writeFileSync(process.env.DUMP_DAY, read.flatMap(wordsOf).join("\n---\n"));
    expect(read.length).toBeGreaterThan(60);
    const english = read.flatMap(wordsOf).flatMap((text) => {
      const words = englishWordsIn(text);
      return words.length > 0 ? [{ text, words }] : [];
    });
    expect(english).toEqual([]);
    // Kiswahili runs longer than English: still within what Telegram takes.
    const tooLong = read.filter(({ method, params }) => {
      const limit = method === "answerCallbackQuery" ? 200 : method === "sendPhoto" || method === "sendDocument" ? 1024 : 4096;
      const text = typeof params.text === "string" ? params.text : typeof params.caption === "string" ? params.caption : "";
      return text.length > limit;
    });
    expect(tooLong).toEqual([]);
    // The day did happen: the money is where it should be.
    const paid = await h.db.payment.findMany({ where: { state: "PAID" }, select: { amountKes: true, method: true }, orderBy: { id: "asc" } });
    expect(paid).toEqual([
      { amountKes: 200, method: "CASH" },
      { amountKes: 120, method: "MPESA" },
      { amountKes: 60, method: "CASH" },
    ]);
  });

  /** /new for a customer not met before, up to the computer question. */
  async function newCustomer(user: TestUser, first: string, last: string, phone: string): Promise<void> {
    await h.send(user, "/new");
    await h.send(user, first);
    await h.press(
      user,
      sw(() => texts.customer.createButton),
    );
    await h.send(user, first);
    await h.send(user, last);
    await h.send(user, phone);
    await h.send(user, "/skip");
  }
});
