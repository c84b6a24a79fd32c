// The catalogue of every sentence the bot sends, put together from one file per part of the bot. Each
// renders Fluent messages (locales/*.ftl) in the language of the moment (./i18n.ts): texts are getters
// and functions, read when a message is written, never copied ahead.
import { auditTexts } from "./audit.js";
import { computerTexts } from "./computers.js";
import { exportTexts } from "./exports.js";
import { date, dateTime, duration, kes, phone } from "./format.js";
import { generalTexts } from "./general.js";
import { customerTexts, managerTexts } from "./manager.js";
import { menuPaymentTexts } from "./menu-payments.js";
import { mpesaTexts } from "./mpesa.js";
import { noticeTexts } from "./notices.js";
import { languageTexts } from "./language.js";
import { receiptTexts } from "./receipt-checks.js";
import { paymentTexts, stateIcon, stateName } from "./payments.js";
import { reportTexts } from "./reports.js";
import { sessionTexts } from "./sessions.js";
import { shiftTexts } from "./shifts.js";

const sections = {
  format: { kes, duration, phone, date, dateTime },
  mpesa: mpesaTexts,
  /** /invite, /invites, /staff, /tariff. */
  manager: managerTexts,
  /** /customers: the customer card and its edits. */
  customers: customerTexts,
  /** /computers: the café's computers. */
  computers: computerTexts,
  /** /report: takings, sessions and money owed for a period. */
  reports: reportTexts,
  /** /shift: the float, the shift so far, the cash-up; long sessions. */
  shifts: shiftTexts,
  /** /audit: the audit trail. */
  audit: auditTexts,
  /** Money paid from the M-Pesa menu (paybill or till): settled bills, /unplaced. */
  menu: menuPaymentTexts,
  /** Checking the receipt a customer shows, for a bill. */
  receipts: receiptTexts,
  /** /language. */
  language: languageTexts,
  /** /export: the period's CSV files. */
  exports: exportTexts,
  stateName,
  stateIcon,
};

/** Merges the parts keeping their getters (a spread would read each text once, in one language). */
function merge<Parts extends object[]>(...parts: Parts): UnionToIntersection<Parts[number]> {
  const merged = {};
  for (const part of parts) Object.defineProperties(merged, Object.getOwnPropertyDescriptors(part));
  return merged as UnionToIntersection<Parts[number]>;
}

type UnionToIntersection<U> = (U extends unknown ? (part: U) => void : never) extends (part: infer I) => void ? I : never;

export const catalogue = merge(sections, generalTexts, sessionTexts, paymentTexts, noticeTexts);
