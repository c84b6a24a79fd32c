// The old Django app's rows (`cyber`, app label cyberapp) turned into this service's rows, as plain
// functions: what each old row becomes, and every row that cannot be taken as it is, with the reason.
// Everything old is read as text (src/django-import/old-database.ts), so SQLite and PostgreSQL parse alike.
import { businessDate, instantAt } from "../domain/dates.js";
import { normalisePhone } from "../domain/phone.js";
import { searchKeyOf } from "../services/customers.js";

export interface OldStudent {
  id: number;
  firstname: string | null;
  lastname: string | null;
  idnumber: string | null;
  phonenumber: string | null;
}

/** The three mpesa_* columns and the state column (payment_status or mpesa_status). */
export interface OldMpesa {
  status: string | null;
  checkoutRequestId: string | null;
  receipt: string | null;
  phone: string | null;
}

export interface OldPayment {
  id: number;
  studentId: number;
  amount: string | null;
  balance: string | null;
  date: string | null;
  mpesa: OldMpesa;
}

export interface OldSession {
  id: number;
  studentId: number;
  startTime: string | null;
  endTime: string | null;
  isActive: string | null;
  amountCharged: string | null;
  mpesa: OldMpesa;
}

export interface OldRows {
  students: OldStudent[];
  sessions: OldSession[];
  payments: OldPayment[];
}

export type OldTable = "student" | "usagesession" | "payment";

type FindingKind =
  | "phone_kept_in_note"
  | "rounded_up"
  | "duplicate_id_number"
  | "active_session"
  | "pending_unknown"
  | "pending_with_receipt"
  | "unknown_state"
  | "ended_without_amount"
  | "ended_without_end_time"
  | "second_active_session"
  | "unreadable";

/** A row that cannot be taken as it is. `skipped`: it is not imported (listed for the café to enter by hand). */
export interface Finding {
  table: OldTable;
  oldId: number;
  kind: FindingKind;
  detail: string;
  skipped?: true;
}

export type NewPaymentState = "NOT_REQUESTED" | "PAID" | "FAILED" | "UNKNOWN";

/** What a payment (or a session's charge) becomes, and the old figures it came from. */
export interface NewCharge {
  oldState: string;
  /** The old amount and balance in cents, exactly. */
  oldCents: number;
  oldBalanceCents: number;
  amountKes: number;
  balanceKes: number;
  date: string;
  state: NewPaymentState;
  method: "MPESA" | null;
  receipt: string | null;
  phone: string | null;
  paidAt: Date | null;
}

interface NewCustomerRow {
  oldId: number;
  key: string;
  firstName: string;
  lastName: string;
  idNumber: string | null;
  phone: string | null;
  note: string | null;
  searchKey: string;
}

interface NewSessionRow {
  oldId: number;
  key: string;
  oldStudentId: number;
  startedAt: Date;
  /** Null: still active, billed from startedAt when it ends here. */
  endedAt: Date | null;
  amountKes: number | null;
  charge: NewCharge | null;
}

interface NewPaymentRow extends NewCharge {
  oldId: number;
  key: string;
  oldStudentId: number;
}

export interface ImportPlan {
  customers: NewCustomerRow[];
  sessions: NewSessionRow[];
  payments: NewPaymentRow[];
  findings: Finding[];
}

export const KEY_PREFIX = "django:";
const keyOf = (table: OldTable, oldId: number): string => `${KEY_PREFIX}${table}:${oldId}`;

/** An old decimal (text, 2 places in Django; a SQLite REAL may show more) in cents, exactly; null when unreadable. */
export function parseCents(text: string | null): number | null {
  if (text === null) return null;
  const match = /^\s*(-?)(\d+)(?:\.(\d*))?\s*$/.exec(text);
  if (!match) return null;
  const [, sign, whole = "", fraction = ""] = match;
  const padded = fraction.padEnd(3, "0");
  // Beyond the second decimal (a REAL's 12.4999999…) is rounded half up to the cent.
  const cents = Number(whole) * 100 + Number(padded.slice(0, 2)) + (Number(padded[2]) >= 5 ? 1 : 0);
  return sign === "-" ? -cents : cents;
}

/** Whole shillings, rounded up (towards more money owed or paid): M-Pesa moves whole shillings only. */
export const shillingsUp = (cents: number): number => Math.ceil(cents / 100);

const formatCents = (cents: number): string => `${cents < 0 ? "-" : ""}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, "0")}`;

/** An old time: Django keeps UTC (USE_TZ), as "2025-03-01 08:30:00[.ffffff]" in SQLite, with "+00" in PostgreSQL. */
export function parseOldTime(text: string | null): Date | null {
  if (text === null) return null;
  const match = /^\s*(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(:\d{2})?(?:\.(\d+))?\s*(Z|[+-]\d{2}(?::?\d{2})?)?\s*$/i.exec(text);
  if (!match) return null;
  const [day = "", hoursMinutes = "", seconds = ":00", fraction = "", zone = "Z"] = match.slice(1);
  const offset = zone.toUpperCase() === "Z" ? "Z" : /^[+-]\d{2}$/.test(zone) ? `${zone}:00` : zone.replace(/^([+-]\d{2})(\d{2})$/, "$1:$2");
  const ms = Date.parse(`${day}T${hoursMinutes}${seconds}.${fraction.padEnd(3, "0").slice(0, 3)}${offset}`);
  return Number.isNaN(ms) ? null : new Date(ms);
}

const trimmed = (text: string | null): string => (text ?? "").trim();
/** An old value as the report quotes it. */
const quoted = (text: string | null): string => (text === null ? "empty" : `"${text}"`);
const orNull = (text: string | null): string | null => trimmed(text) || null;
const isTrue = (text: string | null): boolean => ["1", "t", "true"].includes(trimmed(text).toLowerCase());

/** Kenyan mobile numbers of any network: the old app's numbers are kept as numbers, prompts check Safaricom later. */
function msisdnOf(raw: string | null): string | null {
  const phone = normalisePhone(raw ?? "", { nonSafaricomPrefixes: [] });
  return phone.ok ? phone.msisdn : null;
}

function mapStudents(students: readonly OldStudent[], takenIdNumbers: ReadonlyMap<string, number>, findings: Finding[]): NewCustomerRow[] {
  const holders = new Map<string, string>([...takenIdNumbers].map(([idNumber, customerId]) => [idNumber, `customer #${customerId} of this service`]));
  return [...students]
    .sort((a, b) => a.id - b.id)
    .map((student) => {
      const notes: string[] = [];
      let idNumber = orNull(student.idnumber);
      const holder = idNumber === null ? undefined : holders.get(idNumber);
      if (idNumber !== null && holder !== undefined) {
        findings.push({
          table: "student",
          oldId: student.id,
          kind: "duplicate_id_number",
          detail: `ID number ${idNumber} also belongs to ${holder}: imported without it, kept in the note`,
        });
        notes.push(`ID number in the Django app: ${idNumber} (also ${holder})`);
        idNumber = null;
      } else if (idNumber !== null) {
        holders.set(idNumber, `student ${student.id} of the Django app`);
      }
      const rawPhone = trimmed(student.phonenumber);
      const phone = msisdnOf(rawPhone);
      if (rawPhone !== "" && phone === null) {
        findings.push({
          table: "student",
          oldId: student.id,
          kind: "phone_kept_in_note",
          detail: `phone "${rawPhone}" is not a Kenyan mobile number: phone left empty, kept in the note`,
        });
        notes.push(`Phone in the Django app: ${rawPhone}`);
      }
      const row = { firstName: trimmed(student.firstname), lastName: trimmed(student.lastname), idNumber, phone };
      return { oldId: student.id, key: keyOf("student", student.id), ...row, note: notes.length > 0 ? notes.join("\n") : null, searchKey: searchKeyOf(row) };
    });
}

interface ChargeInput {
  table: OldTable;
  oldId: number;
  amount: string | null;
  balance: string | null;
  date: string;
  mpesa: OldMpesa;
  /** When the money came if it was paid: the session's end, the payment's day. */
  paidAt: Date;
}

function mapCharge({ table, oldId, amount, balance, date, mpesa, paidAt }: ChargeInput, findings: Finding[]): NewCharge | null {
  const oldCents = parseCents(amount);
  const balanceCents = balance === null ? 0 : parseCents(balance);
  if (oldCents === null || balanceCents === null) {
    findings.push({
      table,
      oldId,
      kind: "unreadable",
      detail: `amount ${quoted(amount)} or balance ${quoted(balance)} is not a number: not imported`,
      skipped: true,
    });
    return null;
  }
  const amountKes = shillingsUp(oldCents);
  const balanceKes = shillingsUp(balanceCents);
  if (amountKes * 100 !== oldCents) findings.push({ table, oldId, kind: "rounded_up", detail: `amount ${formatCents(oldCents)} rounded up to ${amountKes}` });
  if (balanceKes * 100 !== balanceCents)
    findings.push({ table, oldId, kind: "rounded_up", detail: `balance ${formatCents(balanceCents)} rounded up to ${balanceKes}` });
  const oldState = trimmed(mpesa.status).toLowerCase() || "not_requested";
  const receipt = orNull(mpesa.receipt);
  let state: NewPaymentState;
  if (oldState === "paid") state = "PAID";
  else if (oldState === "failed") state = "FAILED";
  else if (oldState === "not_requested" || oldState === "awaiting_payment") state = "NOT_REQUESTED";
  else if (oldState === "pending" && receipt !== null) {
    state = "PAID";
    findings.push({ table, oldId, kind: "pending_with_receipt", detail: `pending with receipt ${receipt}: imported as paid` });
  } else {
    state = "UNKNOWN";
    const checkout = orNull(mpesa.checkoutRequestId);
    findings.push(
      oldState === "pending"
        ? {
            table,
            oldId,
            kind: "pending_unknown",
            detail: `pending without a receipt${checkout ? ` (CheckoutRequestID ${checkout})` : ""}: unknown, check the statement`,
          }
        : { table, oldId, kind: "unknown_state", detail: `state "${oldState}" is not one of the Django app's: unknown, check the statement` },
    );
  }
  const paid = state === "PAID";
  return {
    oldState,
    oldCents,
    oldBalanceCents: balanceCents,
    amountKes,
    balanceKes,
    date,
    state,
    method: paid ? "MPESA" : null,
    receipt,
    phone: msisdnOf(mpesa.phone),
    paidAt: paid ? paidAt : null,
  };
}

function mapSessions(sessions: readonly OldSession[], timeZone: string, findings: Finding[]): NewSessionRow[] {
  const activeStudents = new Set<number>();
  const rows: NewSessionRow[] = [];
  for (const session of [...sessions].sort((a, b) => a.id - b.id)) {
    const base = { table: "usagesession" as const, oldId: session.id };
    const startedAt = parseOldTime(session.startTime);
    const endTime = parseOldTime(session.endTime);
    if (startedAt === null || (session.endTime !== null && endTime === null)) {
      findings.push({
        ...base,
        kind: "unreadable",
        detail: `start ${quoted(session.startTime)} or end ${quoted(session.endTime)} is not a time: not imported`,
        skipped: true,
      });
      continue;
    }
    const key = keyOf("usagesession", session.id);
    if (endTime === null && isTrue(session.isActive)) {
      if (activeStudents.has(session.studentId)) {
        findings.push({
          ...base,
          kind: "second_active_session",
          detail: `student ${session.studentId} already has an active session here (one at a time): not imported`,
          skipped: true,
        });
        continue;
      }
      activeStudents.add(session.studentId);
      findings.push({ ...base, kind: "active_session", detail: `still active: stays active, billed from ${startedAt.toISOString()} when it ends` });
      rows.push({ oldId: session.id, key, oldStudentId: session.studentId, startedAt, endedAt: null, amountKes: null, charge: null });
      continue;
    }
    const endedAt = endTime ?? startedAt;
    if (endTime === null) findings.push({ ...base, kind: "ended_without_end_time", detail: "ended without an end time: imported as ended at its start" });
    if (session.amountCharged === null) {
      findings.push({ ...base, kind: "ended_without_amount", detail: "ended without an amount charged: imported with no charge" });
      rows.push({ oldId: session.id, key, oldStudentId: session.studentId, startedAt, endedAt, amountKes: 0, charge: null });
      continue;
    }
    const charge = mapCharge(
      { ...base, amount: session.amountCharged, balance: null, date: businessDate(endedAt, timeZone), mpesa: session.mpesa, paidAt: endedAt },
      findings,
    );
    if (charge === null) continue;
    rows.push({ oldId: session.id, key, oldStudentId: session.studentId, startedAt, endedAt, amountKes: charge.amountKes, charge });
  }
  return rows;
}

function mapPayments(payments: readonly OldPayment[], timeZone: string, findings: Finding[]): NewPaymentRow[] {
  const rows: NewPaymentRow[] = [];
  for (const payment of [...payments].sort((a, b) => a.id - b.id)) {
    const base = { table: "payment" as const, oldId: payment.id };
    // A DateField ("2025-03-01"), or a time when the column was a DateTimeField.
    const day = /^\s*(\d{4}-\d{2}-\d{2})\s*$/.exec(payment.date ?? "")?.[1];
    const instant = day === undefined ? parseOldTime(payment.date) : null;
    const date = day ?? (instant === null ? undefined : businessDate(instant, timeZone));
    if (date === undefined) {
      findings.push({ ...base, kind: "unreadable", detail: `date ${quoted(payment.date)} is not a date: not imported`, skipped: true });
      continue;
    }
    const paidAt = instant ?? instantAt(date, 0, timeZone);
    const charge = mapCharge({ ...base, amount: payment.amount, balance: payment.balance, date, mpesa: payment.mpesa, paidAt }, findings);
    if (charge !== null) rows.push({ ...charge, oldId: payment.id, key: keyOf("payment", payment.id), oldStudentId: payment.studentId });
  }
  return rows;
}

/**
 * Every old row mapped, whether or not an earlier run imported it (the importer skips those): the same
 * old database always gives the same plan. `takenIdNumbers`: ID numbers held by customers this service
 * had before any import (idNumber → customer id).
 */
export function planImport(old: OldRows, { takenIdNumbers, timeZone }: { takenIdNumbers: ReadonlyMap<string, number>; timeZone: string }): ImportPlan {
  const findings: Finding[] = [];
  const customers = mapStudents(old.students, takenIdNumbers, findings);
  const students = new Set(customers.map((customer) => customer.oldId));
  const ofKnownStudent = <T extends { oldStudentId: number }>(table: OldTable, rows: (T & { oldId: number })[]): T[] =>
    rows.filter((row) => {
      if (students.has(row.oldStudentId)) return true;
      findings.push({ table, oldId: row.oldId, kind: "unreadable", detail: `student ${row.oldStudentId} does not exist: not imported`, skipped: true });
      return false;
    });
  const sessions = ofKnownStudent("usagesession", mapSessions(old.sessions, timeZone, findings));
  const payments = ofKnownStudent("payment", mapPayments(old.payments, timeZone, findings));
  return { customers, sessions, payments, findings };
}
