// Managers make someone a manager or an operator in /staff: the role, the command menu and what the
// person may do follow at once; the audit trail records it; the café always keeps an active manager,
// also when two managers on two instances demote each other at the same moment (PostgreSQL:
// `npm run test:pg -- test/bot/staff-roles.test.ts`).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { commandMenus } from "../../src/bot/commands.js";
import { confirmRole } from "../../src/bot/features/staff.js";
import { changeRole } from "../../src/services/staff.js";
import { texts } from "../../src/texts/index.js";
import { pausingAfter, untilDoneOrWaitingForALock } from "../support/db-faults.js";
import { createHarness, type Harness, type TestUser } from "../support/harness.js";

const t = texts.manager.staff;

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

/** `user`'s answer to `command`. */
async function ask(user: TestUser, command: string): Promise<string> {
  await h.send(user, command);
  return h.latest(user).text;
}

async function makeRole(name: string, to: "MANAGER" | "OPERATOR") {
  await h.send(manager, "/staff");
  await h.press(manager, t.roleButton(name, to));
  await h.press(manager, t.confirmRoleButton(to));
}

describe("changing a role in /staff", () => {
  it("makes an operator a manager, who can use /report at once, gets the managers' menu and is told", async () => {
    expect(await ask(operator, "/report")).toBe(texts.managersOnly);

    await h.send(manager, "/staff");
    await h.press(manager, t.roleButton("Olive", "MANAGER"));
    expect(h.latest(manager).text).toBe(t.confirmRole("Olive", "MANAGER", false));
    // Asking is not doing.
    expect((await h.db.staff.findUniqueOrThrow({ where: { id: operatorId } })).role).toBe("OPERATOR");
    await h.press(manager, t.confirmRoleButton("MANAGER"));

    expect(h.latest(manager).text).toContain(t.roleChanged("Olive", "MANAGER", false));
    expect(h.latest(manager).text).toContain("🟢 Olive – manager");
    expect((await h.db.staff.findUniqueOrThrow({ where: { id: operatorId } })).role).toBe("MANAGER");
    expect(h.telegram.callsOf("setMyCommands").map((call) => call.params)).toContainEqual({
      commands: commandMenus().manager,
      scope: { type: "chat", chat_id: operator.id },
    });
    await h.deliverNotifications();
    expect(h.sent(operator).at(-1)).toBe(t.yourNewRole("MANAGER", "Mary"));

    expect(await ask(operator, "/report")).not.toBe(texts.managersOnly);
  });

  it("makes a manager an operator, who is refused manager commands at once and gets the operators' menu back", async () => {
    const martin = h.user(1003, "Martin");
    const martinId = await h.addStaff(martin, "MANAGER");
    expect(await ask(martin, "/report")).not.toBe(texts.managersOnly);

    await makeRole("Martin", "OPERATOR");
    expect(h.latest(manager).text).toContain(t.roleChanged("Martin", "OPERATOR", false));
    expect((await h.db.staff.findUniqueOrThrow({ where: { id: martinId } })).role).toBe("OPERATOR");
    expect(h.telegram.callsOf("deleteMyCommands").map((call) => call.params)).toEqual([{ scope: { type: "chat", chat_id: martin.id } }]);
    await h.deliverNotifications();
    expect(h.sent(martin).at(-1)).toBe(t.yourNewRole("OPERATOR", "Mary"));

    expect(await ask(martin, "/report")).toBe(texts.managersOnly);
    expect(await ask(martin, "/staff")).toBe(texts.managersOnly);
  });

  it("records the change in the audit trail, shown in /audit", async () => {
    await makeRole("Olive", "MANAGER");
    await makeRole("Olive", "OPERATOR");
    const entries = await h.db.auditEntry.findMany({ where: { action: "staff_role_changed" }, orderBy: { id: "asc" } });
    expect(entries.map(({ staffId, subjectStaffId, details }) => ({ staffId, subjectStaffId, details: JSON.parse(details ?? "null") as unknown }))).toEqual([
      { staffId: managerId, subjectStaffId: operatorId, details: { role: "MANAGER" } },
      { staffId: managerId, subjectStaffId: operatorId, details: { role: "OPERATOR" } },
    ]);
    const lines = (await ask(manager, "/audit")).split("\n").map((line) => line.replace(/^\S+ \S+ /, ""));
    expect(lines).toContain("Mary: made Olive operator");
    expect(lines).toContain("Mary: made Olive manager");
  });

  it("lets a manager make themselves an operator while another manager remains", async () => {
    await h.addStaff(h.user(1003, "Martin"), "MANAGER");
    await makeRole("Mary", "OPERATOR");
    expect(h.latest(manager).text).toBe(t.roleChanged("Mary", "OPERATOR", true));
    expect((await h.db.staff.findUniqueOrThrow({ where: { id: managerId } })).role).toBe("OPERATOR");
    expect(await ask(manager, "/staff")).toBe(texts.managersOnly);
  });

  it("does not let the last manager make themselves an operator", async () => {
    await makeRole("Mary", "OPERATOR");
    expect(h.telegram.callsOf("answerCallbackQuery").at(-1)?.params.text).toBe(t.lastManager);
    expect(h.latest(manager).text).toContain(t.lastManager);
    expect((await h.db.staff.findUniqueOrThrow({ where: { id: managerId } })).role).toBe("MANAGER");
    expect(await h.db.auditEntry.count({ where: { action: "staff_role_changed" } })).toBe(0);
    expect(h.telegram.callsOf("deleteMyCommands")).toEqual([]);
  });

  it("answers a button whose person changed meanwhile clearly, and changes nothing", async () => {
    await h.send(manager, "/staff");
    const { messageId } = h.latest(manager);
    // Someone else made Olive a manager since this list was shown.
    expect(await h.services.staff.changeRole(managerId, operatorId, "OPERATOR")).toMatchObject({ ok: true });
    await h.press(manager, t.roleButton("Olive", "MANAGER"));
    expect(h.telegram.callsOf("answerCallbackQuery").at(-1)?.params.text).toBe(t.roleStale("Olive", "MANAGER", true));
    // The confirm button of an old question re-checks too, and a deactivated person is not changed.
    await h.pressData(manager, confirmRole.pack({ staffId: operatorId, from: "OPERATOR" }), messageId);
    expect(h.telegram.callsOf("answerCallbackQuery").at(-1)?.params.text).toBe(t.roleStale("Olive", "MANAGER", true));
    await h.services.staff.deactivateStaff(managerId, operatorId);
    await h.pressData(manager, confirmRole.pack({ staffId: operatorId, from: "MANAGER" }), messageId);
    expect(h.telegram.callsOf("answerCallbackQuery").at(-1)?.params.text).toBe(t.roleStale("Olive", "MANAGER", false));
    expect(await h.db.staff.findUniqueOrThrow({ where: { id: operatorId } })).toMatchObject({ role: "MANAGER", active: false });
    expect(await h.db.auditEntry.count({ where: { action: "staff_role_changed" } })).toBe(1);
  });

  it("closes a managers' question a manager had open when made an operator: their next answer changes nothing", async () => {
    const other = h.user(1003, "Moses");
    await h.addStaff(other, "MANAGER");
    await h.send(other, "/tariff");
    await h.press(other, texts.manager.tariff.changeButton);
    await makeRole("Moses", "OPERATOR");

    await h.send(other, "60");
    expect(h.latest(other).text).toBe(texts.managersOnlyQuestionClosed);
    await h.send(other, "none");
    expect(h.latest(other).text).not.toBe(texts.managersOnlyQuestionClosed);
    expect(h.latest(other).text).toBe(texts.unknownCommand);
  });
});

describe("the café keeps a manager when two managers act at once", () => {
  /**
   * Mary's change runs on the first instance and pauses once it has counted the managers that remain;
   * meanwhile `other` starts on a second instance and goes as far as it can. Returns both results.
   */
  async function crossing(mine: (db: Harness["db"]) => Promise<unknown>, other: (b: Awaited<ReturnType<Harness["anotherInstance"]>>) => Promise<unknown>) {
    const b = await h.anotherInstance();
    let second: Promise<unknown> = Promise.resolve();
    const first = await mine(
      pausingAfter(h.db, "staff.count", async () => {
        second = other(b);
        await untilDoneOrWaitingForALock(h.db, second);
      }),
    );
    return [first, await second];
  }

  let martinId: number;
  beforeEach(async () => {
    martinId = await h.addStaff(h.user(1003, "Martin"), "MANAGER");
  });

  it("two managers making each other operators at once: one of them stays a manager", async () => {
    const results = await crossing(
      (db) => changeRole({ ...h.context, db }, managerId, martinId, "MANAGER"),
      (b) => b.services.staff.changeRole(martinId, managerId, "MANAGER"),
    );
    expect(results).toMatchObject([
      { ok: true, staff: { id: martinId, role: "OPERATOR" } },
      { ok: false, reason: "last_manager" },
    ]);
    expect(await h.db.staff.count({ where: { role: "MANAGER", active: true } })).toBe(1);
  });

  it("a manager deactivating the other as that one makes them an operator: one of them stays a manager", async () => {
    const results = await crossing(
      (db) => changeRole({ ...h.context, db }, martinId, managerId, "MANAGER"),
      (b) => b.services.staff.deactivateStaff(managerId, martinId),
    );
    expect(results).toMatchObject([
      { ok: true, staff: { id: managerId, role: "OPERATOR" } },
      { ok: false, reason: "last_manager" },
    ]);
    expect(await h.db.staff.count({ where: { role: "MANAGER", active: true } })).toBe(1);
  });
});
