// What operators read choosing a customer, starting, listing, ending and voiding sessions, and
// buying prepaid time. English; part of the catalogue in en.ts (sections `customer`, `session`, `prepaid`).
import { fullName, type NameProblem } from "../domain/names.js";
import { computerList } from "./computers.js";
import { duration, kes, phone } from "./format.js";
import { nameProblem } from "./names.js";

/** Whose drawer a prepaid refund's cash came from, or that none was charged. */
const refundDrawer = (drawer: string | null) =>
  drawer === null
    ? "No shift was open, so no drawer was charged: count it at the next cash-up."
    : `From ${drawer}'s drawer: it counts in the cash-up of ${drawer}'s shift.`;

export const sessionTexts = {
  customer: {
    label: (c: { firstName: string; lastName: string; phone: string | null; idNumber?: string | null }) =>
      `${fullName(c)} · ${phone(c.phone)}${c.idNumber ? ` · ID ${c.idNumber}` : ""}`,
    askSearch: "Who is the customer? Type part of their name, phone or ID number.",
    searchTooShort: "Type at least 2 letters or digits.",
    matches: (count: number, limit: number) =>
      count === 0
        ? "No customer matches that. Type another search, or create a new customer:"
        : count >= limit
          ? `Pick the customer (showing the first ${limit}; type more of the name to narrow it down):`
          : "Pick the customer, or type another search:",
    createButton: "➕ New customer",
    askFirstName: "New customer. First name?",
    askLastName: "Last name?",
    askPhone: "Their M-Pesa phone number? (or /skip)",
    askIdNumber: "ID number? (or /skip)",
    invalidName: (problem: NameProblem) => nameProblem[problem],
    invalidIdNumber: "An ID number is 4 to 20 letters or digits.",
    idNumberTaken: (label: string) => `That ID number already belongs to ${label}. I will use that customer.`,
    created: (label: string) => `Customer saved: ${label}`,
  },
  session: {
    askComputer: "Which computer? Tap a free one, or type its name.",
    askComputerNoneListed: (manager: boolean) =>
      manager
        ? "Which computer? None are listed yet: type its name to add it (e.g. PC-4; /computers adds a whole range), or /skip to start without one."
        : "Which computer? None are listed yet (a manager adds them with /computers): /skip to start without one.",
    noComputerFree: "No computer is free: end a session in /sessions first, or ask a manager to put one back in order (/computers).",
    computerBusy: (computer: string, customerName: string, since: string) => `${computer} is in use: ${customerName} since ${since}.`,
    computerOutOfOrder: (computer: string) => `${computer} is out of order.`,
    computerUnknown: (computer: string) => `${computer} is not one of the café's computers.`,
    computerAddQuestion: (computer: string) => `${computer} is not one of the café's computers yet: tap ➕ to add it and start the session on it.`,
    addComputerButton: (computer: string) => `➕ Add ${computer}`,
    started: (name: string, computer: string | null, at: string) => `▶️ Session started for ${name}${computer ? ` on ${computer}` : ""} at ${at}.`,
    alreadyActive: (name: string, computer: string | null, since: string) =>
      `${name} already has a session running${computer ? ` on ${computer}` : ""} since ${since}. End it first:`,
    noneActive: "No sessions are running. /new starts one.",
    listHeader: (count: number, page: number, pages: number) => `Active sessions: ${count}${pages > 1 ? ` (page ${page} of ${pages})` : ""}`,
    listItem: (s: {
      customerName: string;
      computer: { name: string; group: string | null } | null;
      since: string;
      seconds: number;
      amountSoFarKes: number;
      prepaid: { until: string; kes: number } | null;
    }) =>
      `• ${s.computer ? `${s.computer.name}${s.computer.group ? ` (${s.computer.group})` : ""} · ` : ""}${s.customerName}\n` +
      `  since ${s.since}, ${duration(s.seconds)}, ${kes(s.amountSoFarKes)} so far` +
      (s.prepaid ? `\n  ⏱ prepaid until ${s.prepaid.until}: ${kes(s.prepaid.kes)}` : ""),
    /** `group` null: the free computers in no group. */
    freeLine: (group: string | null, names: readonly string[]) => `🟢 Free${group ? ` in ${group}` : ""} (${names.length}): ${computerList(names)}`,
    noneFreeLine: "No computer is free.",
    outOfOrderLine: (names: readonly string[]) => `🔧 Out of order: ${computerList(names)}`,
    endButton: (name: string, computer: string | null) => `⏹ End ${computer ? `${computer} · ` : ""}${name}`,
    alreadyEnded: (by: string | null, at: string | null, voided = false) =>
      `This session was already ${voided ? "voided" : "ended"}${by ? ` by ${by}` : ""}${at ? ` at ${at}` : ""}.`,
    voidButton: "🗑 Void",
    voidManagersOnly: "Only the operator who started a session may void it, within 5 minutes of its start. After that, ask a manager.",
    askVoidReason: (name: string, computer: string | null) =>
      `Void the session of ${name}${computer ? ` on ${computer}` : ""}? It will charge nothing. Type why (e.g. wrong customer, wrong computer), or /cancel to keep it:`,
    voided: (name: string, computer: string | null) =>
      `🗑 Session of ${name}${computer ? ` on ${computer}` : ""} voided: nothing charged, and the managers are told.`,
    notFound: "That session no longer exists.",
  },
  prepaid: {
    /** Under "Session started": buttons to prepay 30 min / 1 h / 2 h, or an amount. */
    choiceButton: (minutes: number, amountKes: number) => `⏱ ${duration(minutes * 60)} · ${kes(amountKes)}`,
    amountButton: "⏱ Amount…",
    askAmount: (name: string) => `How much does ${name} pay for time? Amount in KES:`,
    invalidAmount: "Type a whole number of shillings, e.g. 50.",
    tooLittle: (amountKes: number) => `${kes(amountKes)} does not buy a whole minute. Type a larger amount:`,
    ended: "That session has ended: no time can be added to it.",
    /** The payment for prepaid time, and how to take it. */
    bought: (p: { customerName: string; computerName: string | null; amountKes: number; until: string; phone: string | null }) =>
      `⏱ ${p.customerName}${p.computerName ? ` (${p.computerName})` : ""} prepaid until ${p.until}: ${kes(p.amountKes)}. ` +
      (p.phone
        ? `Send the M-Pesa prompt to ${phone(p.phone)}?`
        : "No phone number is saved for this customer: send the prompt to another number, or take cash."),
    /** More time within what the minimum charge paid for already. */
    boughtFree: (p: { customerName: string; computerName: string | null; until: string }) =>
      `⏱ ${p.customerName}${p.computerName ? ` (${p.computerName})` : ""} prepaid until ${p.until}: nothing more to pay (the minimum charge covers it).`,
    fiveMinutesLeft: (name: string, computer: string | null) => `⏳ ${computer ? `${computer} (${name})` : name}: 5 minutes left`,
    timeUp: (name: string, computer: string | null) => `⌛ ${computer ? `${computer} (${name})` : name}: time is up`,
    extendButton: (minutes: number) => `➕ Extend ${duration(minutes * 60)}`,
    notRefunded: "Unused prepaid time is not refunded automatically; a manager can refund it from /payments (the prepaid payment's details).",
    /** Under a prepaid payment's details, for managers. */
    refundButton: (amountKes: number) => `↩️ Refund ${kes(amountKes)} (unused time)`,
    /** To the manager who tapped Refund. */
    refunded: (r: { customerName: string; amountKes: number; drawer: string | null }) =>
      `↩️ Refund recorded: give ${r.customerName} ${kes(r.amountKes)} in cash for the unused prepaid time. No M-Pesa reversal is made.\n${refundDrawer(r.drawer)}`,
    refundedNotice: (r: { customerName: string; computerName: string | null; amountKes: number; refundedBy: string; drawer: string | null }) =>
      `↩️ ${r.refundedBy} refunded ${kes(r.amountKes)} in cash to ${r.customerName}${r.computerName ? ` (${r.computerName})` : ""} for unused prepaid time. No M-Pesa reversal.\n${refundDrawer(r.drawer)}`,
    alreadyRefunded: (r: { amountKes: number; by: string; at: string }) => `Already refunded: ${kes(r.amountKes)} by ${r.by} at ${r.at}.`,
    nothingUnused: "No unused prepaid time paid for: nothing to refund.",
    /** At End within the prepaid time: nothing more to pay. */
    endedWithin: (p: { customerName: string; seconds: number; prepaidSeconds: number; prepaidKes: number }) =>
      `${p.customerName}, ${duration(p.seconds)}: nothing more to pay. Prepaid: ${duration(p.prepaidSeconds)}, ${kes(p.prepaidKes)}.`,
  },
};
