import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { texts } from "../../src/texts/index.js";
import { managerTexts as t } from "../../src/texts/manager.js";
import { confirmDeactivate, confirmReactivate, inviteRole, revokeInvite } from "../../src/bot/features/staff.js";
import { createHarness, type Harness, type TestUser } from "../support/harness.js";

const HOUR = 60 * 60 * 1000;

describe("managers: invite, staff, tariff", () => {
  let h: Harness;
  let manager: TestUser;
  let operator: TestUser;
  let managerId: number;
  let operatorId: number;

  beforeEach(async () => {
    h = await createHarness();
    manager = h.user(1001, "Mary");
    operator = h.user(1002, "Olive");
    managerId = await h.addStaff(manager, "MANAGER");
    operatorId = await h.addStaff(operator, "OPERATOR");
  });
  afterEach(async () => {
    await h.close();
  });

  /** Sends /invite, picks the role, and returns the code of the link the bot answered with. */
  async function invite(role: "Operator" | "Manager"): Promise<string> {
    await h.send(manager, "/invite");
    expect(h.latest(manager).text).toBe(t.invite.askRole);
    await h.press(manager, new RegExp(role));
    const { text, buttons } = h.latest(manager);
    const code = /^https:\/\/t\.me\/cafe_desk_bot\?start=([\w-]+)$/m.exec(text)?.[1];
    expect(code, text).toBeDefined();
    expect(buttons).toEqual([]);
    return code!;
  }

  describe("/invite", () => {
    it("gives a link that lets one person join with the chosen role, once", async () => {
      const code = await invite("Operator");
      // Valid 24 h, shown in Nairobi time: 06:00 UTC is 09:00 in Nairobi, so until 09:00 the next day.
      expect(h.latest(manager).text).toContain("It works once, until 29/11/2026 at 09:00");
      expect(h.latest(manager).text).toContain("Invite link for an operator");

      const newcomer = h.user(2001, "Nelly");
      await h.send(newcomer, "/sessions");
      expect(h.sent(newcomer)).toEqual([texts.access.notStaff(2001)]);

      await h.send(newcomer, `/start ${code}`);
      expect(h.latest(newcomer).text).toBe(texts.welcome("Nelly", "OPERATOR"));
      const staff = await h.db.staff.findUnique({ where: { telegramId: 2001n } });
      expect(staff).toMatchObject({ role: "OPERATOR", active: true, name: "Nelly" });

      // Now staff: an ordinary command is no longer refused.
      await h.send(newcomer, "/help");
      expect(h.latest(newcomer).text).toBe(texts.welcome("Nelly", "OPERATOR"));

      // The same link a second time, by someone else: refused, and they stay out.
      const second = h.user(2002, "Sam");
      await h.send(second, `/start ${code}`);
      expect(h.latest(second).text).toBe(texts.invite.refused.used);
      expect(await h.db.staff.findUnique({ where: { telegramId: 2002n } })).toBeNull();
      await h.send(second, "/help");
      expect(h.latest(second).text).toBe(texts.access.notStaff(2002));
    });

    it("makes a manager of whoever opens a manager link", async () => {
      const code = await invite("Manager");
      expect(h.latest(manager).text).toContain("Invite link for a manager");
      const newcomer = h.user(2003, "Moses");
      await h.send(newcomer, `/start ${code}`);
      expect(h.latest(newcomer).text).toBe(texts.welcome("Moses", "MANAGER"));
      const menu = h.telegram.callsOf("setMyCommands").at(-1)!.params;
      expect(menu.scope).toEqual({ type: "chat", chat_id: 2003 });
      expect((menu.commands as { command: string }[]).map((c) => c.command)).toContain("tariff");
      await h.send(newcomer, "/staff");
      expect(h.latest(newcomer).text).toContain("Moses – manager (you)");
    });

    it("works until 24 hours have passed, and not after", async () => {
      const early = await invite("Operator");
      const late = await invite("Operator");
      h.advance(24 * HOUR - 60_000);
      const inTime = h.user(2004, "Ina");
      await h.send(inTime, `/start ${early}`);
      expect(h.latest(inTime).text).toBe(texts.welcome("Ina", "OPERATOR"));

      h.advance(60_000);
      const tooLate = h.user(2005, "Tom");
      await h.send(tooLate, `/start ${late}`);
      expect(h.latest(tooLate).text).toBe(texts.invite.refused.expired);
      expect(await h.db.staff.findUnique({ where: { telegramId: 2005n } })).toBeNull();
    });

    it("is for managers only", async () => {
      await h.send(operator, "/invite");
      expect(h.latest(operator).text).toBe(texts.managersOnly);
      expect(h.latest(operator).buttons).toEqual([]);

      // Even a forged or forwarded role button does nothing for an operator.
      await h.pressData(operator, inviteRole.pack({ role: "MANAGER" }), h.latest(operator).messageId);
      const answer = h.telegram.callsOf("answerCallbackQuery").at(-1);
      expect(answer?.params.text).toBe(texts.managersOnly);
      expect(await h.db.invite.count()).toBe(0);

      await h.send(operator, "/staff");
      expect(h.latest(operator).text).toBe(texts.managersOnly);
      await h.send(operator, "/tariff");
      expect(h.latest(operator).text).toBe(texts.managersOnly);
    });
  });

  describe("/staff", () => {
    it("lists the staff and deactivates someone, who is refused from their next message", async () => {
      const other = h.user(1003, "Martin");
      const otherId = await h.addStaff(other, "MANAGER");
      await h.send(operator, "/help");
      expect(h.latest(operator).text).toBe(texts.welcome("Olive", "OPERATOR"));

      await h.send(manager, "/staff");
      const list = h.latest(manager);
      expect(list.text).toContain("🟢 Mary – manager (you)");
      expect(list.text).toContain("🟢 Martin – manager");
      expect(list.text).toContain("🟢 Olive – operator");
      // Deactivate for each active person but yourself; a role button for each active person.
      expect(list.buttons.map((b) => b.text).sort()).toEqual(
        [
          t.staff.deactivateButton("Martin"),
          t.staff.deactivateButton("Olive"),
          t.staff.roleButton("Mary", "OPERATOR"),
          t.staff.roleButton("Martin", "OPERATOR"),
          t.staff.roleButton("Olive", "MANAGER"),
        ].sort(),
      );
      expect(list.buttons.map((b) => ("callback_data" in b ? b.callback_data : ""))).toContain(`staff:deactivate:${otherId}`);

      await h.press(manager, t.staff.deactivateButton("Olive"));
      expect(h.latest(manager).text).toBe(t.staff.confirmDeactivate("Olive", "OPERATOR"));
      // Asking is not doing: Olive is still staff until confirmed.
      expect((await h.db.staff.findUniqueOrThrow({ where: { id: operatorId } })).active).toBe(true);

      await h.press(manager, t.staff.confirmButton);
      const after = h.latest(manager);
      expect(after.messageId).toBe(list.messageId);
      expect(after.text).toContain(t.staff.deactivated("Olive", 0));
      expect(after.text).toContain("⚪ Olive – operator, deactivated");
      expect(after.buttons.map((b) => b.text).sort()).toEqual(
        [
          t.staff.deactivateButton("Martin"),
          t.staff.roleButton("Mary", "OPERATOR"),
          t.staff.roleButton("Martin", "OPERATOR"),
          t.staff.reactivateButton("Olive"),
        ].sort(),
      );
      expect((await h.db.staff.findUniqueOrThrow({ where: { id: operatorId } })).active).toBe(false);

      const before = h.sent(operator).length;
      await h.send(operator, "/sessions");
      expect(h.sent(operator).slice(before)).toEqual([texts.access.notStaff(operator.id)]);

      // An old Deactivate button re-checks: nothing happens twice.
      await h.pressData(manager, confirmDeactivate.pack({ staffId: operatorId }), list.messageId);
      expect(h.telegram.callsOf("answerCallbackQuery").at(-1)?.params.text).toBe(t.staff.alreadyInactive("Olive"));
      expect(h.telegram.callsOf("deleteMyCommands")).toEqual([]);

      // A deactivated manager loses the managers' command menu.
      await h.send(manager, "/staff");
      await h.press(manager, t.staff.deactivateButton("Martin"));
      await h.press(manager, t.staff.confirmButton);
      expect(h.telegram.callsOf("deleteMyCommands").map((c) => c.params)).toEqual([{ scope: { type: "chat", chat_id: 1003 } }]);
    });

    it("does not let a manager deactivate themselves", async () => {
      await h.send(manager, "/staff");
      const { messageId } = h.latest(manager);
      await h.pressData(manager, confirmDeactivate.pack({ staffId: managerId }), messageId);
      expect(h.telegram.callsOf("answerCallbackQuery").at(-1)?.params.text).toBe(t.staff.self);
      expect((await h.db.staff.findUniqueOrThrow({ where: { id: managerId } })).active).toBe(true);
    });

    it("keeps the person when the manager says no", async () => {
      await h.send(manager, "/staff");
      await h.press(manager, t.staff.deactivateButton("Olive"));
      await h.press(manager, t.staff.keepButton);
      expect(h.latest(manager).text).toContain("🟢 Olive – operator");
      expect((await h.db.staff.findUniqueOrThrow({ where: { id: operatorId } })).active).toBe(true);
    });
  });

  describe("deactivation and invites", () => {
    async function deactivate(name: string) {
      await h.send(manager, "/staff");
      await h.press(manager, t.staff.deactivateButton(name));
      await h.press(manager, t.staff.confirmButton);
    }

    it("withdraws the invites the deactivated person made and nobody used; others' keep working", async () => {
      const martin = h.user(1003, "Martin");
      await h.addStaff(martin, "MANAGER");
      const martinsCodes: string[] = [];
      for (const role of ["OPERATOR", "MANAGER"] as const) {
        await h.send(martin, "/invite");
        await h.press(martin, t.invite.roleButton[role]);
        martinsCodes.push(/start=([\w-]+)/.exec(h.latest(martin).text)![1]!);
      }
      // One of Martin's links was used before: the person who joined with it stays.
      const early = h.user(2010, "Esther");
      await h.send(early, `/start ${martinsCodes[0]!}`);
      await h.send(martin, "/invite");
      await h.press(martin, t.invite.roleButton.OPERATOR);
      martinsCodes[0] = /start=([\w-]+)/.exec(h.latest(martin).text)![1]!;
      const marysCode = await invite("Operator");

      await deactivate("Martin");
      expect(h.latest(manager).text).toContain(t.staff.deactivated("Martin", 2));
      for (const [index, code] of martinsCodes.entries()) {
        const newcomer = h.user(2020 + index, "Newcomer");
        await h.send(newcomer, `/start ${code}`);
        expect(h.latest(newcomer).text).toBe(texts.invite.refused.unknown);
        expect(await h.db.staff.findUnique({ where: { telegramId: BigInt(newcomer.id) } })).toBeNull();
      }
      await h.send(early, "/help");
      expect(h.latest(early).text).toBe(texts.welcome("Esther", "OPERATOR"));
      const other = h.user(2030, "Rose");
      await h.send(other, `/start ${marysCode}`);
      expect(h.latest(other).text).toBe(texts.welcome("Rose", "OPERATOR"));
    });

    it("an invite made by someone deactivated meanwhile does not work either", async () => {
      const martinId = await h.addStaff(h.user(1003, "Martin"), "MANAGER");
      // Martin's tap on the role button and Mary's deactivation cross: the invite is written just after.
      expect(await h.services.staff.deactivateStaff(managerId, martinId)).toMatchObject({ ok: true, revokedInvites: 0 });
      const { code } = await h.services.staff.createInvite(martinId, "MANAGER");
      const newcomer = h.user(2040, "Mallory");
      await h.send(newcomer, `/start ${code}`);
      expect(h.latest(newcomer).text).toBe(texts.invite.refused.unknown);
      expect(await h.db.staff.findUnique({ where: { telegramId: 2040n } })).toBeNull();
      await h.send(manager, "/invites");
      expect(h.latest(manager).text).toBe(t.invites.header(0));
    });

    it("a deactivated person cannot come back through any invite; a manager reactivates them from /staff", async () => {
      await deactivate("Olive");
      const code = await invite("Manager");
      await h.send(operator, `/start ${code}`);
      expect(h.latest(operator).text).toBe(texts.invite.refused.deactivated);
      expect(await h.db.staff.findUniqueOrThrow({ where: { id: operatorId } })).toMatchObject({ active: false, role: "OPERATOR" });
      // Nor through the first manager's link, or one made on the server.
      const consoleInvite = await h.services.staff.createInvite(null, "MANAGER");
      await h.send(operator, `/start ${consoleInvite.code}`);
      expect(h.latest(operator).text).toBe(texts.invite.refused.deactivated);
      // The links were not spent: someone new can still use them.
      const newcomer = h.user(2050, "Nelly");
      await h.send(newcomer, `/start ${code}`);
      expect(h.latest(newcomer).text).toBe(texts.welcome("Nelly", "MANAGER"));

      await h.send(manager, "/staff");
      await h.press(manager, t.staff.reactivateButton("Olive"));
      expect(h.latest(manager).text).toBe(t.staff.confirmReactivate("Olive", "OPERATOR"));
      expect((await h.db.staff.findUniqueOrThrow({ where: { id: operatorId } })).active).toBe(false);
      await h.press(manager, t.staff.confirmReactivateButton);
      expect(h.latest(manager).text).toContain(t.staff.reactivated("Olive"));
      expect(h.latest(manager).text).toContain("🟢 Olive – operator");
      expect(h.latest(manager).buttons.map((b) => b.text)).toContain(t.staff.deactivateButton("Olive"));
      await h.send(operator, "/help");
      expect(h.latest(operator).text).toBe(texts.welcome("Olive", "OPERATOR"));

      // An old Reactivate button re-checks.
      await h.pressData(manager, confirmReactivate.pack({ staffId: operatorId }), h.latest(manager).messageId);
      expect(h.telegram.callsOf("answerCallbackQuery").at(-1)?.params.text).toBe(t.staff.alreadyActive("Olive"));
    });

    it("a reactivated manager gets the managers' command menu back; operators cannot reactivate", async () => {
      const martin = h.user(1003, "Martin");
      const martinId = await h.addStaff(martin, "MANAGER");
      await deactivate("Martin");
      await h.pressData(operator, confirmReactivate.pack({ staffId: martinId }), 1);
      expect(h.telegram.callsOf("answerCallbackQuery").at(-1)?.params.text).toBe(texts.managersOnly);
      expect((await h.db.staff.findUniqueOrThrow({ where: { id: martinId } })).active).toBe(false);

      await h.send(manager, "/staff");
      await h.press(manager, t.staff.reactivateButton("Martin"));
      await h.press(manager, t.staff.confirmReactivateButton);
      const menu = h.telegram.callsOf("setMyCommands").at(-1)!.params;
      expect(menu.scope).toEqual({ type: "chat", chat_id: 1003 });
      expect((menu.commands as { command: string }[]).map((c) => c.command)).toEqual(expect.arrayContaining(["staff", "invites"]));
      await h.send(martin, "/staff");
      expect(h.latest(martin).text).toContain("Martin – manager (you)");
    });

    it("/invites lists the links not used yet, who made them and until when, and revokes one", async () => {
      await h.send(manager, "/invites");
      expect(h.latest(manager).text).toBe(t.invites.header(0));
      const operatorCode = await invite("Operator");
      h.advance(HOUR);
      const managerCode = await invite("Manager");
      await h.services.staff.createInvite(null, "OPERATOR");
      const used = await invite("Operator");
      await h.send(h.user(2060, "Uma"), `/start ${used}`);
      const expired = await h.services.staff.createInvite(managerId, "OPERATOR");
      await h.db.invite.update({ where: { code: expired.code }, data: { expiresAt: new Date(h.clock.now().getTime() - 1) } });

      await h.send(manager, "/invites");
      const list = h.latest(manager);
      // Soonest to expire first; made 06:00 and 07:00 UTC, valid 24 h, shown in Nairobi time.
      expect(list.text).toBe(
        [
          t.invites.header(3),
          t.invites.item({ number: 1, role: "OPERATOR", by: "Mary", until: "29/11/2026 at 09:00" }),
          t.invites.item({ number: 2, role: "MANAGER", by: "Mary", until: "29/11/2026 at 10:00" }),
          t.invites.item({ number: 3, role: "OPERATOR", by: null, until: "29/11/2026 at 10:00" }),
        ].join("\n"),
      );
      expect(list.buttons.map((b) => b.text)).toEqual([
        t.invites.revokeButton(1, "OPERATOR"),
        t.invites.revokeButton(2, "MANAGER"),
        t.invites.revokeButton(3, "OPERATOR"),
      ]);

      await h.press(manager, t.invites.revokeButton(2, "MANAGER"));
      const after = h.latest(manager);
      expect(after.messageId).toBe(list.messageId);
      expect(after.text).toContain(t.invites.revoked);
      expect(after.text).not.toContain("For a manager");
      const newcomer = h.user(2061, "Moses");
      await h.send(newcomer, `/start ${managerCode}`);
      expect(h.latest(newcomer).text).toBe(texts.invite.refused.unknown);
      expect(await h.db.staff.findUnique({ where: { telegramId: 2061n } })).toBeNull();

      // The old button again, or a used link's: nothing to revoke.
      const revokedId = (list.buttons[1] as { callback_data: string }).callback_data;
      await h.pressData(manager, revokedId, list.messageId);
      expect(h.telegram.callsOf("answerCallbackQuery").at(-1)?.params.text).toBe(t.invites.gone);
      const other = h.user(2062, "Ivy");
      await h.send(other, `/start ${operatorCode}`);
      expect(h.latest(other).text).toBe(texts.welcome("Ivy", "OPERATOR"));
    });

    it("/invites is for managers only, and in their command menu and /help", async () => {
      const code = await invite("Manager");
      await h.send(operator, "/invites");
      expect(h.latest(operator).text).toBe(texts.managersOnly);
      const inviteId = (await h.db.invite.findUniqueOrThrow({ where: { code } })).id;
      await h.pressData(operator, revokeInvite.pack({ inviteId: inviteId }), h.latest(operator).messageId);
      expect(h.telegram.callsOf("answerCallbackQuery").at(-1)?.params.text).toBe(texts.managersOnly);
      expect(await h.db.invite.count()).toBe(1);

      await h.send(manager, "/help");
      expect(h.latest(manager).text).toContain("/invites");
      await h.send(operator, "/help");
      expect(h.latest(operator).text).not.toContain("/invites");
      const { commandMenus } = await import("../../src/bot/commands.js");
      expect(commandMenus().manager.map((c) => c.command)).toContain("invites");
      expect(commandMenus().operator.map((c) => c.command)).not.toContain("invites");
    });
  });

  describe("/tariff", () => {
    async function customerWithSession() {
      const created = await h.services.customers.createCustomer({ firstName: "Jane", lastName: "Wanjiru", phone: "254712345678", idNumber: null });
      if (!created.ok) throw new Error("customer not created");
      const started = await h.services.sessions.startSession({ customerId: created.customer.id, computerId: null, staffId: operatorId });
      if (!started.ok) throw new Error("session not started");
      return started.sessionId;
    }

    it("validates each answer, records who changed it, and charges sessions started afterwards with it", async () => {
      await h.send(manager, "/tariff");
      expect(h.latest(manager).text).toBe(
        t.tariff.current({ ratePerHourKes: 100, minimumChargeKes: 1, rounding: "HALF_UP", windows: [], changedBy: null, changedAt: null }),
      );
      expect(h.latest(manager).text).toContain("default from the settings");

      // A session ended before the change keeps the old tariff (KES 100/h, half up): 30 min 1 s → KES 50.
      const before = await customerWithSession();
      // A session running across the change keeps the tariff it started with.
      const across = await customerWithSession();
      h.advance(30 * 60 * 1000 + 1000);
      const endedBefore = await h.services.sessions.endSession(before, operatorId);
      expect(endedBefore.ok && endedBefore.ended.amountKes).toBe(50);

      await h.press(manager, t.tariff.changeButton);
      expect(h.latest(manager).text).toBe(t.tariff.askRate(100));
      const invalidRate = t.tariff.invalidRate(100_000);
      for (const bad of ["abc", "0", "12.5", "-3", "100001"]) {
        await h.send(manager, bad);
        expect(h.latest(manager).text, bad).toBe(invalidRate);
      }
      await h.send(manager, "120");
      expect(h.latest(manager).text).toBe(t.tariff.askWindows([]));
      await h.send(manager, "/skip");
      expect(h.latest(manager).text).toBe(t.tariff.askMinimum(1));
      await h.send(manager, "ten");
      expect(h.latest(manager).text).toBe(t.tariff.invalidMinimum(100_000));
      await h.send(manager, "KES 20");
      expect(h.latest(manager).text).toBe(t.tariff.askRounding);
      expect(h.latest(manager).buttons.map((b) => b.text)).toEqual(["Half up", "Up", "Down"]);
      await h.send(manager, "up");
      expect(h.latest(manager).text).toBe(texts.tapAButton);
      await h.press(manager, t.tariff.roundingButton.UP);
      // 10 min at 120/h = 20 (the minimum); 1 h 10 min = 140.
      expect(h.latest(manager).text).toContain("10 min → KES 20, 1 h 10 min → KES 140");
      expect(await h.db.tariff.count({ where: { fromSettings: false } })).toBe(0);

      await h.press(manager, t.tariff.saveButton);
      expect(h.latest(manager).text).toBe(t.tariff.saved);
      const rows = await h.db.tariff.findMany({ where: { fromSettings: false } });
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ ratePerHourKes: 120, minimumChargeKes: 20, rounding: "UP", createdById: managerId });

      await h.send(manager, "/tariff");
      expect(h.latest(manager).text).toContain("• KES 120 per hour");
      expect(h.latest(manager).text).toContain("• Minimum charge: KES 20");
      expect(h.latest(manager).text).toContain("• Rounding: always up");
      expect(h.latest(manager).text).toContain("Changed by Mary on 28/11/2026 at 09:30.");

      // Started before the change: 1 h at the old KES 100/h.
      h.advance(30 * 60 * 1000 - 1000);
      const endedAcross = await h.services.sessions.endSession(across, operatorId);
      expect(endedAcross.ok && endedAcross.ended.amountKes).toBe(100);
      // Started after it: 30 min 1 s at KES 120/h rounded up: 60.03 → KES 61 (the old tariff would give 50).
      const after = await customerWithSession();
      h.advance(30 * 60 * 1000 + 1000);
      const endedAfter = await h.services.sessions.endSession(after, operatorId);
      expect(endedAfter.ok && endedAfter.ended.amountKes).toBe(61);
      expect((await h.db.usageSession.findUniqueOrThrow({ where: { id: after } })).tariffId).toBe(rows[0]!.id);
      // The session that ran across the change keeps a copy of the settings it started with.
      const acrossTariff = (await h.db.usageSession.findUniqueOrThrow({ where: { id: across }, include: { tariff: true } })).tariff;
      expect(acrossTariff).toMatchObject({ fromSettings: true, ratePerHourKes: 100, minimumChargeKes: 1, rounding: "HALF_UP" });
      // The session ended before keeps its amount.
      expect((await h.db.usageSession.findUniqueOrThrow({ where: { id: before } })).amountKes).toBe(50);
    });

    it("changes nothing when the manager does not confirm", async () => {
      await h.send(manager, "/tariff");
      await h.press(manager, t.tariff.changeButton);
      await h.send(manager, "80");
      await h.send(manager, "none");
      await h.send(manager, "10");
      await h.press(manager, t.tariff.roundingButton.DOWN);
      await h.press(manager, t.tariff.discardButton);
      expect(h.latest(manager).text).toBe(t.tariff.discarded);
      expect(await h.db.tariff.count()).toBe(0);
    });

    it("/cancel leaves the change half-way with nothing saved", async () => {
      await h.send(manager, "/tariff");
      await h.press(manager, t.tariff.changeButton);
      await h.send(manager, "80");
      await h.send(manager, "/cancel");
      expect(h.latest(manager).text).toBe(texts.cancelled);
      await h.send(manager, "10");
      expect(h.latest(manager).text).toBe(texts.unknownCommand);
      expect(await h.db.tariff.count()).toBe(0);
    });

    it("does not overwrite a change another manager made meanwhile", async () => {
      const other = h.user(1003, "Martin");
      const otherId = await h.addStaff(other, "MANAGER");
      await h.send(manager, "/tariff");
      await h.press(manager, t.tariff.changeButton);
      await h.send(manager, "80");
      await h.send(manager, "none");
      await h.send(manager, "10");
      await h.press(manager, t.tariff.roundingButton.DOWN);

      expect(
        await h.services.tariff.changeTariffIfCurrent(otherId, null, { ratePerHourKes: 90, minimumChargeKes: 5, rounding: "HALF_UP", windows: [] }),
      ).toMatchObject({ ok: true });
      await h.press(manager, t.tariff.saveButton);
      expect(h.latest(manager).text).toBe(t.tariff.changedMeanwhile("Martin"));
      const rows = await h.db.tariff.findMany();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ ratePerHourKes: 90, createdById: otherId });
    });

    it("carries on after a restart half-way, saving the change once", async () => {
      await h.send(manager, "/tariff");
      await h.press(manager, t.tariff.changeButton);
      await h.send(manager, "150");
      h.restartBot();
      await h.send(manager, "none");
      await h.send(manager, "15");
      expect(h.latest(manager).text).toBe(t.tariff.askRounding);
      await h.press(manager, t.tariff.roundingButton.HALF_UP);
      h.restartBot();
      await h.press(manager, t.tariff.saveButton);
      expect(h.latest(manager).text).toBe(t.tariff.saved);
      const rows = await h.db.tariff.findMany();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ ratePerHourKes: 150, minimumChargeKes: 15, rounding: "HALF_UP", createdById: managerId });
    });

    it("writes a repeated change (a replayed conversation step) once", async () => {
      const tariff = { ratePerHourKes: 80, minimumChargeKes: 10, rounding: "DOWN" as const, windows: [] };
      const first = await h.services.tariff.changeTariffIfCurrent(managerId, null, tariff);
      const again = await h.services.tariff.changeTariffIfCurrent(managerId, null, tariff);
      expect(first).toMatchObject({ ok: true });
      expect(again).toEqual(first);
      expect(await h.db.tariff.count()).toBe(1);
    });
  });

  it("tells an unknown user only their Telegram id, whatever they send", async () => {
    const stranger = h.user(4242, "Mallory");
    for (const text of ["/start", "/invite", "/staff", "/tariff", "/customers", "hello"]) await h.send(stranger, text);
    expect(h.sent(stranger)).toEqual(Array(6).fill(texts.access.notStaff(4242)));

    await h.pressData(stranger, inviteRole.pack({ role: "MANAGER" }), 1);
    const answer = h.telegram.callsOf("answerCallbackQuery").at(-1);
    expect(answer?.params.text).toBe(texts.access.notStaff(4242));
    expect(h.sent(stranger)).toHaveLength(6);
    expect(await h.db.invite.count()).toBe(0);
    expect(await h.db.staff.findUnique({ where: { telegramId: 4242n } })).toBeNull();
  });
});
