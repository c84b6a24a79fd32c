// What managers read in /audit: one line per entry of the audit trail (when, who, what), the page's
// title and buttons, and the answers when a name or phone finds nobody. Renders the messages of the
// `audit` section of locales/*.ftl in the language of the moment.
import type { AuditDetails, AuditLine } from "../domain/audit.js";
import { date, dateTime, duration, kes, phone } from "./format.js";
import { t } from "./i18n.js";

const roleName = (role: AuditDetails[string] | undefined) => t("audit-role", { role: role === "MANAGER" ? "MANAGER" : "OPERATOR" });
const text = (value: AuditDetails[string] | undefined) => (value === null || value === undefined ? "" : String(value));
const amount = (kesOrNull: number | null) => kes(kesOrNull ?? 0);

function tariff(d: AuditDetails): string {
  if (d.cleared) return t("audit-tariff-cleared", { group: text(d.group) });
  const terms = {
    rate: kes(Number(d.ratePerHourKes)),
    minimum: kes(Number(d.minimumChargeKes)),
    rounding: t("audit-rounding", { rounding: text(d.rounding) }),
    rates: t("audit-tariff-rates", { windows: Number(d.windows ?? 0) }),
  };
  return d.group ? t("audit-tariff-changed-for-group", { ...terms, group: text(d.group) }) : t("audit-tariff-changed", terms);
}

/** What the entry says was done, after "who:". */
function what(e: AuditLine): string {
  const d = e.details;
  const customer = e.customer ?? t("audit-a-customer");
  const someone = e.subjectStaff ?? t("audit-someone");
  const on = d.computer ? t("audit-on-computer", { computer: text(d.computer) }) : "";
  const receipt = d.receipt ? t("audit-with-receipt", { receipt: text(d.receipt) }) : "";
  const paid = amount(e.amountKes);
  switch (e.action) {
    case "session_started":
      return t("audit-session-started", { customer, on });
    case "session_ended":
      return e.amountKes ? t("audit-session-ended", { customer, amount: paid }) : t("audit-session-ended-nothing-owed", { customer });
    case "session_voided":
      return t("audit-session-voided", { customer, on, reason: text(d.reason) });
    case "phone_changed":
      return t("audit-phone-changed", { customer, from: phone(text(d.from)), to: phone(text(d.to)) });
    case "prompt_sent":
      return d.phone !== d.customerPhone
        ? t("audit-prompt-sent-to-other-number", { customer, amount: paid, phone: phone(text(d.phone)), saved: phone(text(d.customerPhone)) })
        : t("audit-prompt-sent", { customer, amount: paid, phone: phone(text(d.phone)) });
    case "cash_taken":
      return t("audit-cash-taken", { customer, amount: paid });
    case "payment_recorded":
      return d.prepaidMinutes
        ? t("audit-prepayment-recorded", { customer, amount: paid, duration: duration(Number(d.prepaidMinutes) * 60) })
        : t("audit-payment-recorded", { customer, amount: paid, date: date(text(d.date)) });
    case "amount_lowered": {
      const lowered = { customer, from: kes(Number(d.fromKes)), amount: paid, reason: text(d.reason) };
      return e.subjectStaff ? t("audit-amount-lowered-when-asked", { ...lowered, askedBy: e.subjectStaff }) : t("audit-amount-lowered", lowered);
    }
    case "prepaid_refunded":
      return t("audit-prepaid-refunded", { customer, amount: paid });
    case "tariff_changed":
      return tariff(d);
    case "staff_invited":
      return t("audit-staff-invited", { role: roleName(d.role) });
    case "staff_joined":
      return e.subjectStaff
        ? t("audit-staff-joined-when-invited", { role: roleName(d.role), invitedBy: e.subjectStaff })
        : t("audit-staff-joined", { role: roleName(d.role) });
    case "staff_role_changed":
      return t("audit-staff-role-changed", { person: someone, role: roleName(d.role) });
    case "staff_deactivated":
      return t("audit-staff-deactivated", { person: someone, role: roleName(d.role) });
    case "staff_reactivated":
      return t("audit-staff-reactivated", { person: someone, role: roleName(d.role) });
    case "shift_opened":
      return t("audit-shift-opened", { amount: paid });
    case "shift_closed": {
      const expected = kes(Number(d.expectedKes));
      if (e.amountKes === null) return t("audit-shift-closed-uncounted", { person: someone, expected });
      const difference = Number(d.differenceKes);
      const verdict =
        difference < 0
          ? t("audit-shift-short", { amount: kes(-difference) })
          : difference > 0
            ? t("audit-shift-over", { amount: kes(difference) })
            : t("audit-shift-no-difference");
      return t("audit-shift-closed", { counted: paid, expected, verdict });
    }
    case "callback_unmatched":
      return t("audit-callback-unmatched", { amount: paid, fromPhone: d.phone ? t("audit-from-phone", { phone: phone(text(d.phone)) }) : "", receipt });
    case "amount_mismatch":
      return t("audit-amount-mismatch", { customer, amount: paid, asked: kes(Number(d.askedKes)), receipt });
    case "paid_after_failure":
      return t("audit-paid-after-failure", { customer, amount: paid, receipt });
    case "paid_twice":
      return t("audit-paid-twice", { customer, amount: paid, receipt });
    case "menu_payment_placed": {
      const placed = { customer, amount: paid, receipt, reference: text(d.reference), how: t("audit-placement", { placement: text(d.placement) }) };
      return e.by === null ? t("audit-menu-payment-placed", placed) : t("audit-menu-payment-placed-by-staff", placed);
    }
    case "menu_payment_unplaced":
      return t("audit-menu-payment-unplaced", { amount: paid, fromPhone: d.phone ? t("audit-from-phone", { phone: text(d.phone) }) : "", receipt });
    case "menu_payment_set_aside":
      return t("audit-menu-payment-set-aside", { amount: paid, receipt, note: text(d.note) });
  }
}

/** Who did it: a staff member, or (no one on the staff) M-Pesa, or the server for its invite links. */
function who(e: AuditLine): string {
  if (e.by !== null) return e.by;
  return e.action === "staff_invited" ? t("audit-by-server") : "M-Pesa";
}

export type AuditAnswer = "everyone" | "staff" | "customer";

export const auditTexts = {
  title: (kind: AuditAnswer, name: string | null) => {
    if (kind === "everyone") return t("audit-title");
    const whose = name ?? t("audit-someone-no-longer-found");
    return kind === "customer" ? t("audit-title-of-customer", { name: whose }) : t("audit-title-of", { name: whose });
  },
  line: (entry: AuditLine, timeZone: string) => `${dateTime(entry.at, timeZone)} ${who(entry)}: ${what(entry)}`,
  get empty() {
    return t("audit-empty");
  },
  get emptyFiltered() {
    return t("audit-empty-filtered");
  },
  get olderButton() {
    return t("audit-older-button");
  },
  get newerButton() {
    return t("audit-newer-button");
  },
  get peopleButton() {
    return t("audit-people-button");
  },
  get everyoneButton() {
    return t("audit-everyone-button");
  },
  get pickPerson() {
    return t("audit-pick-person");
  },
  pickMatch: (query: string) => t("audit-pick-match", { query }),
  staffButton: (name: string, active: boolean) => (active ? `👤 ${name}` : t("audit-deactivated-staff-button", { name })),
  customerButton: (name: string, msisdn: string | null) => `🧑 ${name}${msisdn ? `, ${phone(msisdn)}` : ""}`,
  noMatch: (query: string) => t("audit-no-match", { query }),
} satisfies Record<string, unknown>;
