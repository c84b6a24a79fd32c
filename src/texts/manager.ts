// What managers read for /invite, /invites, /staff and /tariff, and what all staff read in /customers.
// English; part of the catalogue in en.ts (sections `manager` and `customers`).
import { TARIFF_LIMITS, type Rounding, type TariffWindow, type WindowsInputProblem } from "../domain/tariff.js";
import type { NameProblem } from "../domain/names.js";
import { clockTime, dateAtTime, duration, kes, paymentMethod, phone } from "./format.js";
import { nameProblem } from "./names.js";

type Role = "OPERATOR" | "MANAGER";

const roleName: Record<Role, string> = { OPERATOR: "operator", MANAGER: "manager" };
const aRole: Record<Role, string> = { OPERATOR: "an operator", MANAGER: "a manager" };

const roundingName: Record<Rounding, string> = {
  HALF_UP: "to the nearest shilling (half up)",
  UP: "always up",
  DOWN: "always down",
};

interface TariffLines {
  ratePerHourKes: number;
  minimumChargeKes: number;
  rounding: Rounding;
  windows: readonly TariffWindow[];
}

const windowName = (w: TariffWindow) => `${clockTime(w.startMinute)}–${clockTime(w.endMinute)}`;

const tariffLines = (t: TariffLines) =>
  [
    `• ${kes(t.ratePerHourKes)} per hour, charged by the second`,
    ...t.windows.map((w) => `• ${windowName(w)}: ${kes(w.ratePerHourKes)} per hour`),
    `• Minimum charge: ${kes(t.minimumChargeKes)}`,
    `• Rounding: ${roundingName[t.rounding]}`,
  ].join("\n");

const windowsProblem: Record<Exclude<WindowsInputProblem["problem"], "unreadable">, string> = {
  time: "Times go from 00:00 to 24:00.",
  empty: "A window must end at another time than it starts.",
  rate: `A rate is a whole number of shillings from 1 to ${TARIFF_LIMITS.maxRatePerHourKes.toLocaleString("en-KE")}.`,
  too_many: `At most ${TARIFF_LIMITS.maxWindows} windows.`,
  overlap: "Two windows overlap: each time of day can have one rate only.",
};

export const managerTexts = {
  /** A moment on the café's clock: "29/11/2026 at 09:00". */
  at: dateAtTime,

  invite: {
    askRole: "Who are you inviting?",
    roleButton: { OPERATOR: "🧑‍💻 Operator", MANAGER: "👔 Manager" } satisfies Record<Role, string>,
    link: (role: Role, link: string, until: string) =>
      [
        `Invite link for ${aRole[role]}:`,
        link,
        "",
        `Send it only to that person. It works once, until ${until}; whoever opens it joins as ${aRole[role]}. /invites lists the links not used yet and revokes them.`,
      ].join("\n"),
  },

  invites: {
    header: (count: number) => (count === 0 ? "No invite links are waiting to be used. /invite makes one." : `Invite links not used yet (${count}):`),
    /** `by` null: made on the server with `npm run invite`. */
    item: (i: { number: number; role: Role; by: string | null; until: string }) =>
      `${i.number}. For ${aRole[i.role]}, made by ${i.by ?? "the server (npm run invite)"}, works until ${i.until}`,
    revokeButton: (number: number, role: Role) => `🗑 Revoke ${number} (${roleName[role]})`,
    revoked: "Revoked: that link no longer works.",
    gone: "That link was already used or revoked.",
  },

  staff: {
    header: (count: number) => `Staff (${count}):`,
    item: (s: { name: string; role: Role; active: boolean; you: boolean }) =>
      `${s.active ? "🟢" : "⚪"} ${s.name} – ${roleName[s.role]}${s.you ? " (you)" : ""}${s.active ? "" : ", deactivated"}`,
    deactivateButton: (name: string) => `🚫 Deactivate ${name}`,
    confirmDeactivate: (name: string, role: Role) =>
      `Deactivate ${name} (${roleName[role]})? The bot stops answering them at once, they hear about no more payments, and invite links they made that nobody used stop working. To bring them back, reactivate them here; an invite link cannot.`,
    confirmButton: "🚫 Yes, deactivate",
    keepButton: "↩️ No, keep",
    deactivated: (name: string, revokedInvites: number) =>
      `${name} is deactivated.${revokedInvites > 0 ? ` ${revokedInvites === 1 ? "1 invite link" : `${revokedInvites} invite links`} they made no longer work.` : ""}`,
    /** After `deactivated`, when the person had a shift open. */
    shiftClosedUncounted: (name: string, expectedKes: number) => `${name}'s shift was closed without a count: ${kes(expectedKes)} should be in the drawer.`,
    notFound: "That person is not on the staff list any more.",
    self: "You cannot deactivate yourself. Ask another manager.",
    alreadyInactive: (name: string) => `${name} was already deactivated.`,
    reactivateButton: (name: string) => `♻️ Reactivate ${name}`,
    confirmReactivate: (name: string, role: Role) => `Reactivate ${name} as ${aRole[role]}? They can use the bot again at once.`,
    confirmReactivateButton: "♻️ Yes, reactivate",
    keepOutButton: "↩️ No",
    reactivated: (name: string) => `${name} is back on the staff.`,
    alreadyActive: (name: string) => `${name} is already active.`,
    /** `to`: the role the button gives. */
    roleButton: (name: string, to: Role) => (to === "MANAGER" ? `⬆️ Make ${name} manager` : `⬇️ Make ${name} operator`),
    confirmRole: (name: string, to: Role, self: boolean) =>
      to === "MANAGER"
        ? `Make ${name} a manager? They can use the managers' commands at once: /staff, /invite, /tariff, /report, /export and /audit among them, and they hear about every payment.`
        : `Make ${self ? "yourself" : name} an operator? ${self ? "You lose" : "They lose"} the managers' commands at once and hear about payments no more.`,
    confirmRoleButton: (to: Role) => (to === "MANAGER" ? "⬆️ Yes, make manager" : "⬇️ Yes, make operator"),
    roleChanged: (name: string, to: Role, self: boolean) => `${self ? "You are" : `${name} is`} now ${aRole[to]}.`,
    /** The role changed since the list was shown, or the person was deactivated: nothing done. */
    roleStale: (name: string, role: Role, active: boolean) =>
      active ? `${name} is already ${aRole[role]}: nothing changed.` : `${name} is deactivated: nothing changed.`,
    /** For the person whose role changed. */
    yourNewRole: (to: Role, by: string) =>
      to === "MANAGER"
        ? `${by} made you a manager. You can now use /staff, /invite, /invites, /tariff, /computers, /report, /export and /audit (see your command menu), and you hear about every payment.`
        : `${by} made you an operator. The managers' commands (/staff, /tariff, /report, /audit and the others) are no longer yours, and you hear only about the payments you ask for; your command menu shows what you can use.`,
    lastManager: "The café needs at least one manager: make someone else a manager first.",
  },

  tariff: {
    current: (t: TariffLines & { changedBy: string | null; changedAt: string | null }) =>
      [
        "Tariff now:",
        tariffLines(t),
        "",
        t.changedAt
          ? `Changed by ${t.changedBy ?? "someone no longer on the staff"} on ${t.changedAt}.`
          : "This is the default from the settings; no manager has changed it yet.",
      ].join("\n"),
    /** A group's part of /tariff, below the café's; `own` null: its computers use the café's tariff. */
    group: (name: string, own: (TariffLines & { changedBy: string | null; changedAt: string }) | null) =>
      own
        ? [`${name} computers, own tariff:`, tariffLines(own), `Changed by ${own.changedBy ?? "someone no longer on the staff"} on ${own.changedAt}.`].join(
            "\n",
          )
        : `${name} computers: the tariff above.`,
    changeButton: "✏️ Change café tariff",
    changeGroupButton: (name: string) => `✏️ Change ${name} tariff`,
    clearGroupButton: (name: string) => `↩️ ${name}: use café tariff`,
    groupCleared: (name: string) =>
      `${name} computers now use the café tariff for sessions started from now on; sessions already running keep the tariff they started with.`,
    groupGone: "That group is no longer there.",
    groupChangedMeanwhile: (name: string, by: string | null) =>
      `${by ?? "Someone"} changed the ${name} tariff after you looked at it, so I did not send ${name} back to the café tariff. Here is the tariff now.`,
    askRate: (nowKes: number, group: string | null = null) =>
      `${group ? `Tariff for ${group} computers. ` : ""}New rate per hour, in whole shillings? (now ${kes(nowKes)})`,
    invalidRate: (maxKes: number) => `Type a whole number of shillings from 1 to ${maxKes.toLocaleString("en-KE")}, e.g. 60.`,
    askWindows: (now: readonly TariffWindow[]) =>
      [
        "Other rates at times of day? One per line: the times on the café's clock and the rate per hour, e.g.",
        "06:00-09:00 50",
        "22:00-06:00 60 (a window may cross midnight)",
        `Send none for one rate all day, or /skip to keep what is set now (${now.length === 0 ? "none" : now.map((w) => `${windowName(w)} ${kes(w.ratePerHourKes)}`).join(", ")}).`,
      ].join("\n"),
    invalidWindows: (p: WindowsInputProblem) =>
      `${p.problem === "unreadable" ? `I could not read “${p.line}”: write a window as start-end rate, e.g. 06:00-09:00 50.` : windowsProblem[p.problem]} Send the windows again, or none.`,
    askMinimum: (nowKes: number) => `Minimum charge for a session, in whole shillings? (now ${kes(nowKes)})`,
    invalidMinimum: (maxKes: number) => `Type a whole number of shillings from 1 to ${maxKes.toLocaleString("en-KE")}, e.g. 10.`,
    askRounding: ["How should part of a shilling be rounded?", "Half up: 12.50 → 13, 12.40 → 12", "Up: 12.10 → 13", "Down: 12.90 → 12"].join("\n"),
    roundingButton: { HALF_UP: "Half up", UP: "Up", DOWN: "Down" } satisfies Record<Rounding, string>,
    confirm: (t: TariffLines, examples: { seconds: number; amountKes: number }[], group: string | null = null) =>
      [
        group ? `New tariff for ${group} computers:` : "New tariff:",
        tariffLines(t),
        "",
        ...(t.windows.length > 0
          ? [
              "Each part of a session is charged at the rate of its time of day; the parts are added up exactly, rounded once, and then raised to the minimum charge if below it.",
              `For example, outside those times: ${examples.map((e) => `${duration(e.seconds)} → ${kes(e.amountKes)}`).join(", ")}.`,
            ]
          : [`For example: ${examples.map((e) => `${duration(e.seconds)} → ${kes(e.amountKes)}`).join(", ")}.`]),
        "It applies to sessions started from now on; sessions already running keep the tariff they started with. Save it?",
      ].join("\n"),
    saveButton: "✅ Save",
    discardButton: "✖️ Don't change",
    saved: "✅ Tariff changed. Sessions started from now on are charged with it; sessions already running keep the tariff they started with.",
    savedForGroup: (group: string) =>
      `✅ ${group} tariff changed. Sessions started from now on on ${group} computers are charged with it; sessions already running keep the tariff they started with.`,
    discarded: "Nothing was changed; the tariff stays as it was.",
    changedMeanwhile: (by: string | null) =>
      `${by ?? "Someone"} changed the tariff while you were answering, so I did not save yours. /tariff shows the tariff now.`,
    invalid: "That tariff is not valid, so nothing was changed. /tariff to try again.",
  },
};

export interface SessionLine {
  /** When it started, already in the business time zone. */
  startedAt: string;
  computer: string | null;
  /** null while it is still running. */
  seconds: number | null;
  amountKes: number | null;
}

export interface PaymentLine {
  id: number;
  icon: string;
  stateName: string;
  amountKes: number;
  date: string;
  method: "MPESA" | "CASH" | null;
  simulated: boolean;
  receipt: string | null;
  forSession: boolean;
}

export const customerTexts = {
  noMatch: (query: string) => `No customer matches “${query}”. Type another part of the name, phone or ID number, or /cancel.`,
  pick: (count: number, limit: number) =>
    count >= limit
      ? `Pick the customer. Only the first ${limit} matches are shown; to see others, send /customers with more of the name, e.g. /customers jane wanjiru.`
      : "Pick the customer:",
  details: (c: {
    name: string;
    phone: string | null;
    idNumber: string | null;
    unpaidKes: number;
    latestBalanceKes: number;
    sessions: SessionLine[];
    payments: PaymentLine[];
  }) =>
    [
      `👤 ${c.name}`,
      `Phone: ${phone(c.phone)}`,
      ...(c.idNumber ? [`ID number: ${c.idNumber}`] : []),
      c.unpaidKes > 0 ? `Not paid yet: ${kes(c.unpaidKes)} (see /unpaid)` : "Not paid yet: nothing",
      ...(c.latestBalanceKes > 0 ? [`Balance noted on the last payment: ${kes(c.latestBalanceKes)}`] : []),
      "",
      c.sessions.length === 0 ? "No sessions yet." : "Recent sessions:",
      ...c.sessions.map(
        (s) =>
          `• ${s.startedAt}${s.computer ? `, ${s.computer}` : ""}, ` +
          (s.seconds === null ? "running now" : `${duration(s.seconds)}${s.amountKes !== null ? `, ${kes(s.amountKes)}` : ""}`),
      ),
      "",
      c.payments.length === 0 ? "No payments yet." : "Recent payments:",
      ...c.payments.map(
        (p) =>
          `${p.icon} #${p.id} ${kes(p.amountKes)}${p.forSession ? " (session)" : ""}, ${p.date}, ` +
          `${paymentMethod(p.method, p.simulated)}, ${p.stateName}${p.receipt ? `, receipt ${p.receipt}` : ""}`,
      ),
    ].join("\n"),
  changePhoneButton: "📱 Change phone",
  changeNameButton: "✏️ Change name",
  askPhone: (name: string, current: string | null) => `New M-Pesa number for ${name}? (now ${phone(current)}) For example 0712 345 678.`,
  askFirstName: (current: string) => `First name? (now ${current}; /skip keeps it)`,
  askLastName: (current: string) => `Last name? (now ${current}; /skip keeps it)`,
  invalidName: (problem: NameProblem) => `${nameProblem[problem]} Or /skip to keep it.`,
  saved: (label: string) => `✅ Saved: ${label}`,
  notFound: "That customer no longer exists.",
};
