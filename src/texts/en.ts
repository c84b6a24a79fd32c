// Every sentence the bot sends, in English. A Swahili catalogue of the same type can sit beside it.
import { date, dateTime, duration, kes, paymentMethod, phone } from "./format.js";
import { computerList, computerTexts } from "./computers.js";
import { customerTexts, managerTexts } from "./manager.js";
import { mpesaTexts } from "./mpesa.js";
import { nameProblem } from "./names.js";
import { fullName, type NameProblem } from "../domain/names.js";
import type { CashSubject, NoticeSubject, SetupProblem } from "../services/payment-results.js";

type Role = "OPERATOR" | "MANAGER";
type PaymentState = "NOT_REQUESTED" | "PENDING" | "PAID" | "FAILED" | "UNKNOWN";

const roleName: Record<Role, string> = { OPERATOR: "operator", MANAGER: "manager" };
const stateName: Record<PaymentState, string> = {
  NOT_REQUESTED: "not requested",
  PENDING: "waiting for PIN",
  PAID: "paid",
  FAILED: "failed",
  UNKNOWN: "unknown: check M-Pesa",
};
const stateIcon: Record<PaymentState, string> = { NOT_REQUESTED: "⚪", PENDING: "⏳", PAID: "✅", FAILED: "❌", UNKNOWN: "❓" };

export const en = {
  format: { kes, duration, phone, date, dateTime },
  mpesa: mpesaTexts,
  /** /invite, /invites, /staff, /tariff. */
  manager: managerTexts,
  /** /customers: the customer card and its edits. */
  customers: customerTexts,
  /** /computers: the café's computers. */
  computers: computerTexts,
  roleName,
  stateName,
  stateIcon,

  /** Leads every message about a payment asked through the built-in simulator. */
  simulated: (text: string) => `🧪 Simulated M-Pesa: no real money moved.\n${text}`,

  access: {
    notStaff: (telegramId: number) =>
      `You are not on the staff of this café; your Telegram id is ${telegramId}. Give it to the manager, who can send you an invite link.`,
  },

  commands: {
    start: "What you can do",
    new: "Start a session on a computer",
    sessions: "Active sessions, with End buttons",
    pay: "Record another payment",
    payments: "Recent payments",
    unpaid: "What is still owed",
    customers: "Find or edit a customer",
    help: "What the bot does",
    cancel: "Leave what you are doing",
    invite: "Invite an operator or manager",
    invites: "Invite links not used yet",
    staff: "Staff list",
    tariff: "See or change the tariff",
    computers: "The café's computers",
  },

  welcome: (name: string, role: Role) =>
    [
      `Hello ${name}. You are ${role === "MANAGER" ? "a manager" : "an operator"} here.`,
      "",
      "/new – start a session on a computer",
      "/sessions – active sessions; End one to take the money",
      "/pay – record another payment (fees, printing, balances)",
      "/payments – recent payments",
      "/unpaid – what is still owed",
      "/customers – find or edit a customer",
      ...(role === "MANAGER" ? ["", "Managers:", "/invite – invite an operator or manager", "/invites – invite links not used yet; revoke one", "/staff – staff list; deactivate or reactivate someone", "/tariff – see or change the tariff", "/computers – the café's computers: add, rename, group, out of order, retire"] : []),
      "",
      "/cancel leaves whatever you are doing.",
    ].join("\n"),

  invite: {
    refused: {
      unknown: "That invite link is not valid (or was revoked). Ask the manager for a new one.",
      expired: "That invite link has expired (they last 24 hours). Ask the manager for a new one.",
      used: "That invite link was already used. Ask the manager for a new one.",
      already_staff: "You are already on the staff. /help shows what you can do.",
      deactivated: "You were taken off the staff, and an invite link cannot bring you back. Ask a manager to reactivate you (in /staff).",
    },
  },

  /** A command or button opened another question while this conversation was open, so it was left. */
  putAside: {
    "new-session": "⏸ Your /new was put aside: no session was started. Send /new to start again.",
    pay: "⏸ Your /pay was put aside: the payment was not recorded. Send /pay to start again.",
    "other-number": "⏸ The prompt to another number was put aside: nothing was sent. Tap ✏️ Another number under the payment (or find it in /unpaid) to start again.",
    "tariff-change": "⏸ Your tariff change was put aside: the tariff stays as it was. Send /tariff to start again.",
    "customer-search": "⏸ Your /customers search was put aside. Send /customers to search again.",
    "prepay-amount": "⏸ The prepaid amount was put aside: no time was bought. Tap ⏱ Amount… under the session again to start again.",
    "void-session": "⏸ Voiding the session was put aside: it is still running. Tap 🗑 Void in /sessions to start again.",
    "lower-amount": "⏸ Lowering the amount was put aside: it stays as it was. Tap ✂️ Lower the amount under the payment (or find it in /unpaid) to start again.",
    "customer-edit": "⏸ Your change to the customer was put aside: nothing was saved. Find them with /customers to change it again.",
  },
  cancelled: "Stopped. Nothing more was changed.",
  nothingToCancel: "There was nothing to stop.",
  expired: "That took too long, so I stopped. Start again when you are ready.",
  somethingWentWrong: "Something went wrong on our side. Check /sessions or /unpaid before trying again; if it happens again, tell the manager.",
  managersOnly: "Only managers can do that.",
  /** A void's or a lower amount's reason that is empty or too long. */
  invalidReason: (max: number) => `Type the reason in a few words (at most ${max} characters).`,
  staleButton: "That button is from an old message.",
  tapAButton: "Tap one of the buttons above, or /cancel.",
  unknownCommand: "I did not understand that. /help shows what I can do.",

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
    searchAgainButton: "🔎 Search again",
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
    alreadyEnded: (by: string | null, at: string | null, voided = false) => `This session was already ${voided ? "voided" : "ended"}${by ? ` by ${by}` : ""}${at ? ` at ${at}` : ""}.`,
    voidButton: "🗑 Void",
    voidManagersOnly: "Only the operator who started a session may void it, within 5 minutes of its start. After that, ask a manager.",
    askVoidReason: (name: string, computer: string | null) =>
      `Void the session of ${name}${computer ? ` on ${computer}` : ""}? It will charge nothing. Type why (e.g. wrong customer, wrong computer), or /cancel to keep it:`,
    voided: (name: string, computer: string | null) => `🗑 Session of ${name}${computer ? ` on ${computer}` : ""} voided: nothing charged, and the managers are told.`,
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
    /** In the bill at End. */
    billLine: (seconds: number, amountKes: number) => `Prepaid: ${duration(seconds)}, ${kes(amountKes)}.`,
    notRefunded: "Unused prepaid time is not refunded automatically; a manager can refund it from /payments (the prepaid payment's details).",
    /** Under a prepaid payment's details, for managers. */
    refundButton: (amountKes: number) => `↩️ Refund ${kes(amountKes)} (unused time)`,
    /** To the manager who tapped Refund. */
    refunded: (customerName: string, amountKes: number) =>
      `↩️ Refund recorded: give ${customerName} ${kes(amountKes)} in cash for the unused prepaid time. No M-Pesa reversal is made.`,
    refundedNotice: (r: { customerName: string; computerName: string | null; amountKes: number; refundedBy: string }) =>
      `↩️ ${r.refundedBy} refunded ${kes(r.amountKes)} in cash to ${r.customerName}${r.computerName ? ` (${r.computerName})` : ""} for unused prepaid time. No M-Pesa reversal.`,
    alreadyRefunded: (r: { amountKes: number; by: string; at: string }) => `Already refunded: ${kes(r.amountKes)} by ${r.by} at ${r.at}.`,
    nothingUnused: "No unused prepaid time paid for: nothing to refund.",
    /** At End within the prepaid time: nothing more to pay. */
    endedWithin: (p: { customerName: string; seconds: number; prepaidSeconds: number; prepaidKes: number }) =>
      `${p.customerName}, ${duration(p.seconds)}: nothing more to pay. Prepaid: ${duration(p.prepaidSeconds)}, ${kes(p.prepaidKes)}.`,
  },

  settle: {
    /**
     * After End (with the session's time, and its parts when a time-of-day rate applied: their
     * times are already in the business time zone, and `minimumKes` is set when the minimum charge
     * raised their sum) or from /unpaid.
     */
    question: (p: {
      amountKes: number;
      customerName: string;
      phone: string | null;
      seconds?: number;
      parts?: { from: string; to: string; ratePerHourKes: number; amountKes: number }[];
      minimumKes?: number;
      /** At End of a session with prepaid time: only the time beyond it is charged (`amountKes`). */
      prepaid?: { seconds: number; amountKes: number };
    }) =>
      `${kes(p.amountKes)} for ${p.customerName}${p.seconds !== undefined ? `, ${duration(p.seconds)}` : ""}` +
      (p.prepaid ? ` (${duration(p.prepaid.seconds)} prepaid for ${kes(p.prepaid.amountKes)}; ${kes(p.amountKes)} for the time beyond it)` : "") +
      (p.parts && p.parts.length > 0
        ? ` (${[
            ...p.parts.map((part) => `${part.from}–${part.to} at ${part.ratePerHourKes.toLocaleString("en-KE")}/h: ${kes(part.amountKes)}`),
            ...(p.minimumKes !== undefined ? [`minimum charge ${kes(p.minimumKes)}`] : []),
          ].join("; ")})`
        : "") +
      ". " +
      (p.phone
        ? `Send the M-Pesa prompt to ${phone(p.phone)}?`
        : "No phone number is saved for this customer: send the prompt to another number, or take cash."),
    noPhone: "No phone number is saved for this customer. Use Another number, or take cash.",
    sendButton: "📲 Send prompt",
    otherNumberButton: "✏️ Another number",
    cashButton: "💵 Cash",
    laterButton: "🕓 Later",
    lowerButton: "✂️ Lower the amount",
    /** A toast for a tap on a payment whose lower amount waits for a manager. */
    approvalPending: "A lower amount for this is waiting for a manager's approval. Wait for the answer before asking for the money.",
    retryButton: "🔁 Send again",
    askNumber: "Type the M-Pesa number to prompt (e.g. 0712 345 678):",
    confirmNumber: (msisdn: string, amountKes: number) => `Send the prompt for ${kes(amountKes)} to ${phone(msisdn)}?`,
    confirmButton: "✅ Yes, send",
    changeButton: "✏️ Change number",
    waiting: (msisdn: string, amountKes: number, name: string) =>
      `📲 M-Pesa prompt for ${kes(amountKes)} to ${phone(msisdn)} (${name}): waiting for the customer's PIN…`,
    refused: (reason: string) => `❌ The prompt was not sent. ${reason}`,
    outcomeUnknown: (reason: string) => `❓ ${reason}`,
    cash: (amountKes: number, name: string, by: string) => `💵 ${kes(amountKes)} cash from ${name}, taken by ${by}.`,
    later: (amountKes: number, name: string) => `🕓 ${kes(amountKes)} for ${name} left unpaid. It is listed in /unpaid.`,
    alreadyPaid: (p: { method: "MPESA" | "CASH" | null; simulated: boolean; receipt: string | null; settledBy: string | null }) =>
      `This was already paid${p.method === "CASH" ? " in cash" : p.method === "MPESA" ? ` by ${paymentMethod(p.method, p.simulated)}${p.receipt ? `, receipt ${p.receipt}` : ""}` : ""}${p.settledBy ? ` (${p.settledBy})` : ""}.`,
    /** A toast for a second tap on the message that shows the prompt waiting. */
    promptPending: "An M-Pesa prompt for this is waiting for the customer's PIN. Wait for the answer (about a minute) before taking cash or sending another.",
    /** On a message whose button found the prompt already sent (by someone else, or an earlier tap). */
    promptOut: (p: { phone: string | null; amountKes: number; customerName: string }) =>
      `📲 The M-Pesa prompt for ${kes(p.amountKes)}${p.phone ? ` to ${phone(p.phone)}` : ""} (${p.customerName}) was already sent: waiting for the customer's PIN… The answer will show here.`,
    notFound: "That payment no longer exists.",
  },

  /** ✂️ Lower the amount, under a payment still owed. */
  adjust: {
    askAmount: (name: string, amountKes: number) => `${name} owes ${kes(amountKes)}. Type the new, lower amount in KES (or /cancel):`,
    invalidAmount: (amountKes: number) => `Type a whole number of shillings lower than ${kes(amountKes)}, e.g. ${Math.max(1, amountKes - 10)}.`,
    askReason: "Why? Type the reason (e.g. discount, fault on the computer):",
    working: "✂️ Lowering the amount…",
    /** Above the shillings an operator may take off alone. */
    waiting: (p: { customerName: string; fromKes: number; toKes: number; reason: string }) =>
      `✂️ ${kes(p.toKes)} instead of ${kes(p.fromKes)} for ${p.customerName} (${p.reason}): waiting for a manager's approval. The answer will show here.`,
    /** The line above the question once the amount was lowered. */
    lowered: (fromKes: number, reason: string) => `✂️ Lowered from ${kes(fromKes)}: ${reason}.`,
    approved: (by: string, fromKes: number, toKes: number) => `✅ ${by} approved ${kes(toKes)} instead of ${kes(fromKes)}.`,
    refused: (by: string, fromKes: number) => `❌ ${by} refused to lower the amount: it stays ${kes(fromKes)}.`,
    paidMeanwhile: (by: string, toKes: number) => `✅ ${by} approved ${kes(toKes)}, but the payment was paid in the meantime: nothing was lowered.`,
    /** For the managers, with Approve / Refuse. */
    asked: (a: { customerName: string; fromKes: number; toKes: number; reason: string; askedBy: string }) =>
      `✂️ ${a.askedBy} asks to lower ${a.customerName}'s ${kes(a.fromKes)} to ${kes(a.toKes)} (${kes(a.fromKes - a.toKes)} off). Reason: ${a.reason}`,
    approveButton: "✅ Approve",
    refuseButton: "❌ Refuse",
    /** The manager's message once they answered. */
    youApproved: (name: string, fromKes: number, toKes: number) => `✅ Approved: ${name} pays ${kes(toKes)} instead of ${kes(fromKes)}. The operator is told.`,
    youRefused: (name: string, fromKes: number) => `❌ Refused: ${name} still owes ${kes(fromKes)}. The operator is told.`,
    alreadyDecided: (approved: boolean, by: string | null) => `This was already ${approved ? "approved" : "refused"}${by ? ` by ${by}` : ""}.`,
    notFound: "That request no longer exists.",
  },

  pay: {
    askAmount: (name: string) => `Payment from ${name}. Amount in KES?`,
    invalidAmount: "Type a whole number of shillings from 1 to 250,000, e.g. 150.",
    askBalance: (name: string, amountKes: number) =>
      `Will ${name} still owe anything after paying ${kes(amountKes)}? Type what is left to pay, in KES: for example 200 if the bill was ${kes(amountKes + 200)}. Type 0 (or /skip) if nothing is left.`,
    invalidBalance: "Type a whole number of shillings (0 if nothing is owed).",
    askDate: "Date of the payment? today, yesterday, or a date like 28/11/2026. (/skip for today)",
    invalidDate: "I could not read that date. Type today, yesterday, or a date like 28/11/2026.",
    futureDate: "That date is in the future. Type today, yesterday, or a past date.",
    summary: (p: { name: string; amountKes: number; balanceKes: number; date: string; phone: string | null }) =>
      `${kes(p.amountKes)} from ${p.name} on ${p.date}${p.balanceKes > 0 ? `, ${kes(p.balanceKes)} still owed after it` : ""}. How is it paid?` +
      (p.phone ? ` (📲 sends the prompt to ${phone(p.phone)})` : `\nNo phone number is saved for this customer: use another number, or take cash.`),
  },

  notice: {
    /** For managers: what to change when Daraja refuses every prompt. */
    setupFix: {
      not_configured: "The M-Pesa settings are missing: set MPESA_CONSUMER_KEY, MPESA_CONSUMER_SECRET, MPESA_PASSKEY and the shortcode.",
      wrong_credentials: "Safaricom refuses the café's keys: check MPESA_CONSUMER_KEY, MPESA_CONSUMER_SECRET and MPESA_PASSKEY (and that they are for this environment).",
      wrong_shortcode: "Safaricom does not recognise the shortcode with these keys: check MPESA_SHORTCODE, MPESA_EXPRESS_SHORTCODE and MPESA_SHORTCODE_TYPE.",
      token_rejected: "Safaricom refuses the café's access: check that the Daraja app has the M-Pesa Express product and that the keys are for this environment.",
      invalid_callback_url: "Safaricom refuses the callback address: check PUBLIC_URL or MPESA_CALLBACK_URL (public HTTPS, ending in /mpesa/callback/).",
    } satisfies Record<SetupProblem, string>,
    operator: {
      paid: (s: NoticeSubject, receipt: string | null) =>
        `✅ Paid: ${kes(s.amountKes)} from ${s.customerName} by M-Pesa${receipt ? `, receipt ${receipt}` : " (confirmed by Safaricom; the receipt will be on the statement)"}.`,
      paidAfterAll: (s: NoticeSubject, receipt: string | null) =>
        `✅ Paid after all: M-Pesa now confirms ${kes(s.amountKes)} from ${s.customerName}${receipt ? `, receipt ${receipt}` : ""}, although it first reported no payment. Do not ask for it again.`,
      failed: (s: NoticeSubject, reason: string) => `❌ The M-Pesa payment of ${kes(s.amountKes)} for ${s.customerName} failed: ${reason}`,
      unknown: (s: NoticeSubject) =>
        `❓ No final answer from M-Pesa for ${kes(s.amountKes)} (${s.customerName}, ${phone(s.phone)}). Check the customer's M-Pesa messages or the statement before asking again.`,
      amountMismatch: (s: NoticeSubject, paidKes: number) =>
        `⚠️ M-Pesa reported ${kes(paidKes)} instead of ${kes(s.amountKes)} for ${s.customerName}. It was not counted as paid; the managers have been told.`,
      paidTwice: (s: NoticeSubject, receipt: string | null) =>
        `⚠️ ${s.customerName} also paid ${kes(s.amountKes)} by M-Pesa${receipt ? ` (receipt ${receipt})` : ""}, but this was already paid. The managers have been told.`,
    },
    manager: {
      paid: (s: NoticeSubject, receipt: string | null) =>
        `✅ ${kes(s.amountKes)} paid by M-Pesa: ${s.customerName}${s.sessionId ? " (session)" : ""}${receipt ? `, receipt ${receipt}` : ""}. Asked by ${s.requestedBy}.`,
      voided: (v: { customerName: string; computerName: string | null; startedAt: string; voidedAt: string; voidedBy: string; reason: string }) =>
        `🗑 Session voided by ${v.voidedBy} at ${v.voidedAt}: ${v.customerName}${v.computerName ? ` on ${v.computerName}` : ""}, started ${v.startedAt}. Nothing charged. Reason: ${v.reason}`,
      cash: (c: CashSubject) => `💵 ${kes(c.amountKes)} paid in cash: ${c.customerName}${c.sessionId ? " (session)" : ""}. Taken by ${c.takenBy}.`,
      paidAfterAll: (s: NoticeSubject, receipt: string | null) =>
        `✅ Paid after all: ${kes(s.amountKes)} by M-Pesa from ${s.customerName}${s.sessionId ? " (session)" : ""}${receipt ? `, receipt ${receipt}` : ""}, after M-Pesa first reported it failed or unanswered. Asked by ${s.requestedBy}.`,
      failed: (s: NoticeSubject, reason: string) => `❌ M-Pesa payment failed: ${kes(s.amountKes)} for ${s.customerName}, asked by ${s.requestedBy}. ${reason}`,
      unknown: (s: NoticeSubject) =>
        `❓ No final answer from M-Pesa for ${kes(s.amountKes)} (${s.customerName}, ${phone(s.phone)}), asked by ${s.requestedBy}. Check the M-Pesa statement.`,
      amountMismatch: (s: NoticeSubject, paidKes: number, receipt: string | null) =>
        `⚠️ Amount mismatch: M-Pesa reported ${kes(paidKes)}${receipt ? ` (receipt ${receipt})` : ""} for a request of ${kes(s.amountKes)} from ${s.customerName}. Not counted as paid: check the statement and settle it by hand.`,
      setupProblem: (s: NoticeSubject, fix: string) =>
        `⚠️ M-Pesa prompts are being refused (the last: ${kes(s.amountKes)} for ${s.customerName}, asked by ${s.requestedBy}). ${fix} Until then, take cash.`,
      unmatched: (p: { amountKes: number; receipt: string; phone: string | undefined; at: string | null }) =>
        `⚠️ M-Pesa reports ${kes(p.amountKes)} received${p.phone ? ` from ${phone(p.phone)}` : ""}${p.at ? ` at ${p.at}` : ""}, receipt ${p.receipt}, for a prompt this desk has no record of. Find the customer and settle it by hand.`,
      paidTwice: (s: NoticeSubject, receipt: string | null, earlier: "MPESA" | "CASH" | null) =>
        `⚠️ Paid twice: ${s.customerName} paid ${kes(s.amountKes)} by M-Pesa${receipt ? ` (receipt ${receipt})` : ""} for something already paid${earlier === "CASH" ? " in cash" : ""}. One of them should be refunded.`,
    },
  },

  payments: {
    empty: "No payments yet.",
    header: (page: number) => `Recent payments${page > 0 ? ` (page ${page + 1})` : ""}:`,
    item: (p: { id: number; customerName: string; amountKes: number; state: PaymentState; method: "MPESA" | "CASH" | null; simulated: boolean; date: string; sessionId: number | null }) =>
      `${stateIcon[p.state]} #${p.id} ${p.customerName} · ${kes(p.amountKes)}${p.sessionId ? " (session)" : ""} · ${date(p.date)} · ` +
      (p.method ? paymentMethod(p.method, p.simulated) : stateName[p.state]),
    detailsButton: (p: { id: number; customerName: string; amountKes: number; state: PaymentState }) => `${stateIcon[p.state]} #${p.id} ${p.customerName} · ${kes(p.amountKes)}`,
    detailsHint: "Tap one for its details.",
    details: (p: {
      id: number;
      customerName: string;
      customerPhone: string | null;
      amountKes: number;
      balanceKes: number;
      date: string;
      state: PaymentState;
      method: "MPESA" | "CASH" | null;
      simulated: boolean;
      phone: string | null;
      receipt: string | null;
      sessionId: number | null;
      lowered: { fromKes: number; reason: string; by: string | null; approvedBy: string | null } | null;
      /** For a payment for prepaid time: its unused time given back, already formatted. */
      refunded?: { amountKes: number; by: string; at: string } | null;
      recordedBy: string;
      recordedAt: string;
      settledBy: string | null;
      settledAt: string | null;
    }) =>
      [
        `${stateIcon[p.state]} Payment #${p.id}: ${kes(p.amountKes)}${p.sessionId ? " for a session" : ""}` +
          (p.lowered ? ` (lowered from ${kes(p.lowered.fromKes)}${p.lowered.by ? ` by ${p.lowered.by}` : ""}${p.lowered.approvedBy ? `, approved by ${p.lowered.approvedBy}` : ""}: ${p.lowered.reason})` : ""),
        `Customer: ${p.customerName} · ${phone(p.customerPhone)}`,
        `Date: ${date(p.date)}`,
        `Method: ${p.method ? paymentMethod(p.method, p.simulated) : "not chosen yet"}${p.method === "MPESA" && p.phone ? `, prompt to ${phone(p.phone)}` : ""}`,
        `State: ${stateName[p.state]}`,
        ...(p.receipt ? [`Receipt: ${p.receipt}`] : []),
        ...(p.balanceKes > 0 ? [`Still owed after it: ${kes(p.balanceKes)}`] : []),
        `Recorded by ${p.recordedBy} on ${p.recordedAt}`,
        ...(p.settledBy ? [`Settled by ${p.settledBy}${p.settledAt ? ` on ${p.settledAt}` : ""}`] : []),
        ...(p.refunded ? [`↩️ Unused prepaid time refunded: ${kes(p.refunded.amountKes)} in cash by ${p.refunded.by} on ${p.refunded.at}`] : []),
      ].join("\n"),
    unpaidEmpty: "Nothing is owed. 🎉",
    unpaidHeader: (page: number) => `Still owed${page > 0 ? ` (page ${page + 1})` : ""}:`,
    unpaidItem: (p: { id: number; customerName: string; amountKes: number; state: PaymentState; date: string; sessionId: number | null; simulated: boolean }) =>
      `${stateIcon[p.state]} #${p.id} ${p.customerName}: ${kes(p.amountKes)}${p.sessionId ? " (session)" : ""}, ${date(p.date)}, ${stateName[p.state]}` +
      (p.simulated ? `, ${paymentMethod("MPESA", true)}` : ""),
    owedButton: (p: { id: number; customerName: string; amountKes: number }) => `#${p.id} ${p.customerName} · ${kes(p.amountKes)}`,
    unpaidHint: "Tap one to send the M-Pesa prompt or take cash.",
    nextPage: "Next ▶️",
    previousPage: "◀️ Back",
  },
};

export type Texts = typeof en;
