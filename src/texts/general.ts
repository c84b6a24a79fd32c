// What every part of the bot says: access, the command menu and /help, joining by invite, questions
// put aside, stopped or expired, and the answers to what the bot does not handle. English; part of the
// catalogue in en.ts.
type Role = "OPERATOR" | "MANAGER";

export const generalTexts = {
  /** Leads every message about a payment asked through the built-in simulator. */
  simulated: (text: string) => `🧪 Simulated M-Pesa: no real money moved.\n${text}`,
  access: {
    notStaff: (telegramId: number) =>
      `You are not on the staff of this café; your Telegram id is ${telegramId}. Give it to the manager, who can send you an invite link.`,
  },
  commands: {
    new: "Start a session on a computer",
    sessions: "Active sessions, with End buttons",
    pay: "Record another payment",
    payments: "Recent payments",
    unpaid: "What is still owed",
    unplaced: "M-Pesa menu payments to put on a bill",
    customers: "Find or edit a customer",
    shift: "Open or close your shift (cash-up)",
    help: "What the bot does",
    cancel: "Leave what you are doing",
    invite: "Invite an operator or manager",
    invites: "Invite links not used yet",
    staff: "Staff list",
    tariff: "See or change the tariff",
    computers: "The café's computers",
    report: "Takings, sessions and money owed",
    export: "Payments, sessions and customers as CSV files",
    audit: "Who did what: the audit trail",
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
      "/unplaced – money paid from the M-Pesa menu that is on no bill yet: tap it, then its bill",
      "A customer's M-Pesa receipt code or SMS, sent or forwarded here – checks which bill it paid",
      "/customers – find or edit a customer",
      "/shift – open your shift with the float, or see it and close it with the cash counted",
      ...(role === "MANAGER"
        ? [
            "",
            "Managers:",
            "/invite – invite an operator or manager",
            "/invites – invite links not used yet; revoke one",
            "/staff – staff list; deactivate or reactivate someone",
            "/tariff – see or change the tariff",
            "/computers – the café's computers: add, rename, group, out of order, retire",
            "/report – takings, sessions and money owed: today, yesterday, week, month, a day (28/11/2026) or a range (1/11/2026-15/11/2026)",
            "/export – the payments, sessions and customers of the same periods as CSV files for a spreadsheet",
            "/audit – who did what, newest first; /audit Otieno for one person (or tap 👤 By person), /audit Jane or /audit 0712345678 for one customer",
          ]
        : []),
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
    "other-number":
      "⏸ The prompt to another number was put aside: nothing was sent. Tap ✏️ Another number under the payment (or find it in /unpaid) to start again.",
    "tariff-change": "⏸ Your tariff change was put aside: the tariff stays as it was. Send /tariff to start again.",
    "customer-search": "⏸ Your /customers search was put aside. Send /customers to search again.",
    "prepay-amount": "⏸ The prepaid amount was put aside: no time was bought. Tap ⏱ Amount… under the session again to start again.",
    "void-session": "⏸ Voiding the session was put aside: it is still running. Tap 🗑 Void in /sessions to start again.",
    "lower-amount":
      "⏸ Lowering the amount was put aside: it stays as it was. Tap ✂️ Lower the amount under the payment (or find it in /unpaid) to start again.",
    "customer-edit": "⏸ Your change to the customer was put aside: nothing was saved. Find them with /customers to change it again.",
    "check-receipt": "⏸ The receipt check was put aside: nothing was checked. Tap 🧾 Check a receipt under the payment to start again.",
    shift: "⏸ Your /shift was put aside: your shift was not opened or closed. Send /shift to start again.",
    "set-aside": "⏸ The payment was not set aside: it is still in /unplaced.",
  },
  cancelled: "Stopped. Nothing more was changed.",
  nothingToCancel: "There was nothing to stop.",
  expired: "That took too long, so I stopped. Start again when you are ready.",
  somethingWentWrong: "Something went wrong on our side. Check /sessions or /unpaid before trying again; if it happens again, tell the manager.",
  managersOnly: "Only managers can do that.",
  /** A manager made an operator while a managers' question was open: the question is closed, nothing done. */
  managersOnlyQuestionClosed: "You are not a manager any more, so that question was closed and nothing was changed.",
  /** A void's or a lower amount's reason that is empty or too long. */
  invalidReason: (max: number) => `Type the reason in a few words (at most ${max} characters).`,
  staleButton: "That button is from an old message.",
  tapAButton: "Tap one of the buttons above, or /cancel.",
  unknownCommand: "I did not understand that. /help shows what I can do.",
};
