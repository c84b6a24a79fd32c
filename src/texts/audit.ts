// What managers read in /audit: one line per entry of the audit trail (when, who, what), the page's
// title and buttons, and the answers when a name or phone finds nobody. English; part of the catalogue
// in en.ts (section `audit`).
import type { AuditDetails, AuditLine } from "../domain/audit.js";
import { date, dateTime, duration, kes, phone } from "./format.js";

const roleName = (role: AuditDetails[string] | undefined) => (role === "MANAGER" ? "manager" : "operator");
const text = (value: AuditDetails[string] | undefined) => (value === null || value === undefined ? "" : String(value));
const amount = (kesOrNull: number | null) => kes(kesOrNull ?? 0);

const ROUNDING: Record<string, string> = { HALF_UP: "half up", UP: "up", DOWN: "down" };

function tariff(d: AuditDetails): string {
  const whose = d.group ? `the ${text(d.group)} tariff` : "the café's tariff";
  if (d.cleared) return `put ${text(d.group)} back on the café's tariff`;
  const windows = Number(d.windows ?? 0);
  const rates = windows === 0 ? "one rate all day" : windows === 1 ? "1 time-of-day rate" : `${windows} time-of-day rates`;
  return `changed ${whose} to ${kes(Number(d.ratePerHourKes))}/h, minimum ${kes(Number(d.minimumChargeKes))}, rounding ${ROUNDING[text(d.rounding)] ?? text(d.rounding)}, ${rates}`;
}

/** How money paid from the M-Pesa menu found its bill, after the bill. */
const PLACEMENT_WORDS: Record<string, string> = {
  REFERENCE: " (its account number)",
  AMOUNT_AND_PHONE: " (the only bill of that amount for that phone)",
  STAFF: "",
  RECEIPT_CHECK: " after checking the receipt",
};

/** What the entry says was done, after "who:". */
function what(e: AuditLine): string {
  const d = e.details;
  const customer = e.customer ?? "a customer";
  const on = d.computer ? ` on ${text(d.computer)}` : "";
  const receipt = d.receipt ? `, receipt ${text(d.receipt)}` : "";
  switch (e.action) {
    case "session_started":
      return `started ${customer}'s session${on}`;
    case "session_ended":
      return `ended ${customer}'s session: ${e.amountKes ? `${amount(e.amountKes)} owed` : "nothing more owed"}`;
    case "session_voided":
      return `voided ${customer}'s session${on}: “${text(d.reason)}”`;
    case "phone_changed":
      return `changed ${customer}'s phone from ${phone(text(d.from))} to ${phone(text(d.to))}`;
    case "prompt_sent": {
      const other = d.phone !== d.customerPhone;
      const where = other ? `another number, ${phone(text(d.phone))} (saved: ${phone(text(d.customerPhone))})` : phone(text(d.phone));
      return `asked M-Pesa to prompt ${customer} for ${amount(e.amountKes)} on ${where}`;
    }
    case "cash_taken":
      return `took ${amount(e.amountKes)} in cash from ${customer}`;
    case "payment_recorded":
      return d.prepaidMinutes
        ? `recorded ${amount(e.amountKes)} owed by ${customer} for ${duration(Number(d.prepaidMinutes) * 60)} prepaid`
        : `recorded ${amount(e.amountKes)} owed by ${customer} (for ${date(text(d.date))})`;
    case "amount_lowered":
      return `lowered ${customer}'s ${kes(Number(d.fromKes))} to ${amount(e.amountKes)}${e.subjectStaff ? ` (asked by ${e.subjectStaff})` : ""}: “${text(d.reason)}”`;
    case "prepaid_refunded":
      return `gave ${customer} back ${amount(e.amountKes)} in cash for unused prepaid time`;
    case "tariff_changed":
      return tariff(d);
    case "staff_invited":
      return `made an invite link for a new ${roleName(d.role)}`;
    case "staff_joined":
      return `joined the staff as ${roleName(d.role)}${e.subjectStaff ? ` (invited by ${e.subjectStaff})` : ""}`;
    case "staff_role_changed":
      return `made ${e.subjectStaff ?? "someone"} ${roleName(d.role)}`;
    case "staff_deactivated":
      return `deactivated ${e.subjectStaff ?? "someone"} (${roleName(d.role)})`;
    case "staff_reactivated":
      return `reactivated ${e.subjectStaff ?? "someone"} (${roleName(d.role)})`;
    case "shift_opened":
      return `opened a shift with a float of ${amount(e.amountKes)}`;
    case "shift_closed": {
      if (e.amountKes === null) {
        return `closed ${e.subjectStaff ?? "someone"}'s shift without a count (taken off the staff): ${kes(Number(d.expectedKes))} expected in the drawer`;
      }
      const difference = Number(d.differenceKes);
      const verdict = difference < 0 ? `short by ${kes(-difference)}` : difference > 0 ? `over by ${kes(difference)}` : "no difference";
      return `closed a shift: counted ${amount(e.amountKes)}, expected ${kes(Number(d.expectedKes))}, ${verdict}`;
    }
    case "callback_unmatched":
      return `⚠️ ${amount(e.amountKes)} paid${d.phone ? ` from ${phone(text(d.phone))}` : ""} for no prompt we know${receipt}: settle it by hand`;
    case "amount_mismatch":
      return `⚠️ ${customer} paid ${amount(e.amountKes)} when ${kes(Number(d.askedKes))} was asked${receipt}: not credited, check the statement`;
    case "paid_after_failure":
      return `⚠️ ${customer} paid ${amount(e.amountKes)} after the prompt was reported failed or unanswered${receipt}: credited`;
    case "paid_twice":
      return `⚠️ ${customer} paid ${amount(e.amountKes)} by M-Pesa for a payment already settled${receipt}: paid twice, refund one`;
    case "menu_payment_placed":
      return `${e.by === null ? "" : "placed "}${amount(e.amountKes)} paid from the M-Pesa menu${receipt} on ${customer}'s bill ${text(d.reference)}${PLACEMENT_WORDS[text(d.placement)] ?? ""}`;
    case "menu_payment_unplaced":
      return `⚠️ ${amount(e.amountKes)} paid from the M-Pesa menu${d.phone ? ` from ${text(d.phone)}` : ""}${receipt} fits no bill: waiting in /unplaced`;
    case "menu_payment_set_aside":
      return `set aside ${amount(e.amountKes)} paid from the M-Pesa menu${receipt}: “${text(d.note)}”`;
  }
}

/** Who did it: a staff member, or (no one on the staff) M-Pesa, or the server for its invite links. */
function who(e: AuditLine): string {
  if (e.by !== null) return e.by;
  return e.action === "staff_invited" ? "Server" : "M-Pesa";
}

export type AuditAnswer = "everyone" | "staff" | "customer";

export const auditTexts = {
  title: (kind: AuditAnswer, name: string | null) =>
    kind === "everyone"
      ? "📜 Audit trail, newest first"
      : `📜 Audit trail of ${kind === "customer" ? "customer " : ""}${name ?? "someone no longer found"}, newest first`,
  line: (entry: AuditLine, timeZone: string) => `${dateTime(entry.at, timeZone)} ${who(entry)}: ${what(entry)}`,
  empty: "Nothing recorded yet.",
  emptyFiltered: "Nothing recorded for them yet.",
  olderButton: "⬅️ Older",
  newerButton: "Newer ➡️",
  peopleButton: "👤 By person",
  everyoneButton: "📜 Everyone",
  pickPerson: "Whose trail? Tap a person (or type /audit and part of a customer's name or phone).",
  pickMatch: (query: string) => `Several match “${query}”. Tap one:`,
  staffButton: (name: string, active: boolean) => `👤 ${name}${active ? "" : " (deactivated)"}`,
  customerButton: (name: string, msisdn: string | null) => `🧑 ${name}${msisdn ? `, ${phone(msisdn)}` : ""}`,
  noMatch: (query: string) =>
    `Nobody on the staff or among the customers matches “${query}”. Type /audit and part of a name or a phone number, or /audit alone for everyone.`,
} satisfies Record<string, unknown>;
