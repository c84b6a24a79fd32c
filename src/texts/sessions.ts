// What operators read choosing a customer, starting, listing, ending and voiding sessions, and
// buying prepaid time. Messages of the `## sessions` section of locales/*.ftl (catalogue sections
// `customer`, `session`, `prepaid`), rendered in the language of the moment.
import { fullName, type NameProblem } from "../domain/names.js";
import { computerList } from "./computers.js";
import { duration, kes, phone } from "./format.js";
import { orNone, t } from "./i18n.js";
import { nameProblem } from "./names.js";

/** A customer, and their computer when there is one: "Jane Wanjiku (PC-4)". */
const customerOn = (customerName: string, computerName: string | null) => (computerName ? `${customerName} (${computerName})` : customerName);

/** A computer, and its customer: "PC-4 (Jane Wanjiku)", or the customer alone. */
const computerOf = (customerName: string, computerName: string | null) => (computerName ? `${computerName} (${customerName})` : customerName);

/** Whose drawer a prepaid refund's cash came from, or that none was charged. */
const refundDrawer = (drawer: string | null) => (drawer === null ? t("prepaid-refund-no-drawer") : t("prepaid-refund-drawer", { drawer }));

export const sessionTexts = {
  customer: {
    label: (c: { firstName: string; lastName: string; phone: string | null; idNumber?: string | null }) =>
      [fullName(c), phone(c.phone), ...(c.idNumber ? [t("customer-label-id-number", { idNumber: c.idNumber })] : [])].join(" · "),
    get askSearch() {
      return t("customer-ask-search");
    },
    get searchTooShort() {
      return t("customer-search-too-short");
    },
    matches: (count: number, limit: number) =>
      count === 0 ? t("customer-matches-none") : count >= limit ? t("customer-matches-first", { limit }) : t("customer-matches-pick"),
    get createButton() {
      return t("customer-create-button");
    },
    get askFirstName() {
      return t("customer-ask-first-name");
    },
    get askLastName() {
      return t("customer-ask-last-name");
    },
    get askPhone() {
      return t("customer-ask-phone");
    },
    get askIdNumber() {
      return t("customer-ask-id-number");
    },
    invalidName: (problem: NameProblem) => nameProblem[problem],
    get invalidIdNumber() {
      return t("customer-invalid-id-number");
    },
    idNumberTaken: (label: string) => t("customer-id-number-taken", { label }),
    created: (label: string) => t("customer-created", { label }),
  },
  session: {
    get askComputer() {
      return t("session-ask-computer");
    },
    askComputerNoneListed: (manager: boolean) => (manager ? t("session-ask-computer-none-listed-manager") : t("session-ask-computer-none-listed")),
    get noComputerFree() {
      return t("session-no-computer-free");
    },
    computerBusy: (computer: string, customerName: string, since: string) => t("session-computer-busy", { computer, customerName, since }),
    computerOutOfOrder: (computer: string) => t("session-computer-out-of-order", { computer }),
    computerUnknown: (computer: string) => t("session-computer-unknown", { computer }),
    computerAddQuestion: (computer: string) => t("session-computer-add-question", { computer }),
    addComputerButton: (computer: string) => t("session-add-computer-button", { computer }),
    started: (name: string, computer: string | null, at: string) => t("session-started", { name, computer: orNone(computer), at }),
    alreadyActive: (name: string, computer: string | null, since: string) => t("session-already-active", { name, computer: orNone(computer), since }),
    get noneActive() {
      return t("session-none-active");
    },
    listHeader: (count: number, page: number, pages: number) => t("session-list-header", { count, page, pages }),
    listItem: (s: {
      customerName: string;
      computer: { name: string; group: string | null } | null;
      since: string;
      seconds: number;
      amountSoFarKes: number;
      prepaid: { until: string; kes: number } | null;
    }) =>
      [
        `• ${s.computer ? `${s.computer.name}${s.computer.group ? ` (${s.computer.group})` : ""} · ` : ""}${s.customerName}`,
        t("session-list-item-running", { since: s.since, duration: duration(s.seconds), amount: kes(s.amountSoFarKes) }),
        ...(s.prepaid ? [t("session-list-item-prepaid", { until: s.prepaid.until, amount: kes(s.prepaid.kes) })] : []),
      ].join("\n  "),
    /** `group` null: the free computers in no group. */
    freeLine: (group: string | null, names: readonly string[]) =>
      group === null
        ? t("session-free-line", { count: names.length, names: computerList(names) })
        : t("session-free-line-in-group", { group, count: names.length, names: computerList(names) }),
    get noneFreeLine() {
      return t("session-none-free-line");
    },
    outOfOrderLine: (names: readonly string[]) => t("session-out-of-order-line", { names: computerList(names) }),
    endButton: (name: string, computer: string | null) => t("session-end-button", { session: computer ? `${computer} · ${name}` : name }),
    alreadyEnded: (by: string | null, at: string | null, voided = false) =>
      by === null
        ? t("session-already-ended", { how: voided ? "voided" : "ended", at: orNone(at) })
        : t("session-already-ended-by", { how: voided ? "voided" : "ended", by, at: orNone(at) }),
    get voidButton() {
      return t("session-void-button");
    },
    get voidManagersOnly() {
      return t("session-void-managers-only");
    },
    askVoidReason: (name: string, computer: string | null) => t("session-ask-void-reason", { name, computer: orNone(computer) }),
    voided: (name: string, computer: string | null) => t("session-voided", { name, computer: orNone(computer) }),
    get notFound() {
      return t("session-not-found");
    },
  },
  prepaid: {
    /** Under "Session started": buttons to prepay 30 min / 1 h / 2 h, or an amount. */
    choiceButton: (minutes: number, amountKes: number) => `⏱ ${duration(minutes * 60)} · ${kes(amountKes)}`,
    get amountButton() {
      return t("prepaid-amount-button");
    },
    askAmount: (name: string) => t("prepaid-ask-amount", { name }),
    get invalidAmount() {
      return t("prepaid-invalid-amount");
    },
    tooLittle: (amountKes: number) => t("prepaid-too-little", { amount: kes(amountKes) }),
    get ended() {
      return t("prepaid-ended");
    },
    /** The payment for prepaid time, and how to take it. */
    bought: (p: { customerName: string; computerName: string | null; amountKes: number; until: string; phone: string | null }) =>
      [
        t("prepaid-bought", { customer: customerOn(p.customerName, p.computerName), until: p.until, amount: kes(p.amountKes) }),
        p.phone ? t("prepaid-send-prompt", { phone: phone(p.phone) }) : t("prepaid-no-phone"),
      ].join(" "),
    /** More time within what the minimum charge paid for already. */
    boughtFree: (p: { customerName: string; computerName: string | null; until: string }) =>
      t("prepaid-bought-free", { customer: customerOn(p.customerName, p.computerName), until: p.until }),
    fiveMinutesLeft: (name: string, computer: string | null) => t("prepaid-five-minutes-left", { session: computerOf(name, computer) }),
    timeUp: (name: string, computer: string | null) => t("prepaid-time-up", { session: computerOf(name, computer) }),
    extendButton: (minutes: number) => t("prepaid-extend-button", { duration: duration(minutes * 60) }),
    get notRefunded() {
      return t("prepaid-not-refunded");
    },
    /** Under a prepaid payment's details, for managers. */
    refundButton: (amountKes: number) => t("prepaid-refund-button", { amount: kes(amountKes) }),
    /** To the manager who tapped Refund. */
    refunded: (r: { customerName: string; amountKes: number; drawer: string | null }) =>
      `${t("prepaid-refunded", { customerName: r.customerName, amount: kes(r.amountKes) })}\n${refundDrawer(r.drawer)}`,
    refundedNotice: (r: { customerName: string; computerName: string | null; amountKes: number; refundedBy: string; drawer: string | null }) =>
      `${t("prepaid-refunded-notice", { refundedBy: r.refundedBy, amount: kes(r.amountKes), customer: customerOn(r.customerName, r.computerName) })}\n${refundDrawer(r.drawer)}`,
    alreadyRefunded: (r: { amountKes: number; by: string; at: string }) => t("prepaid-already-refunded", { amount: kes(r.amountKes), by: r.by, at: r.at }),
    get nothingUnused() {
      return t("prepaid-nothing-unused");
    },
    /** At End within the prepaid time: nothing more to pay. */
    endedWithin: (p: { customerName: string; seconds: number; prepaidSeconds: number; prepaidKes: number }) =>
      t("prepaid-ended-within", {
        customerName: p.customerName,
        duration: duration(p.seconds),
        prepaidDuration: duration(p.prepaidSeconds),
        prepaidAmount: kes(p.prepaidKes),
      }),
  },
};
