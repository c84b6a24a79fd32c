// /shift: opening a shift with the float, the shift so far, the cash-up at its close (also sent to the
// managers), and the alert about a session running long. English; part of the catalogue in en.ts
// (section `shifts`).
import { dateTime, duration, kes } from "./format.js";

/** A shift's figures (the shifts service gives them). */
interface ShiftFigures {
  staffName: string;
  openedAt: Date;
  floatKes: number;
  cashKes: number;
  mpesaKes: number;
  refundedKes: number;
  expectedKes: number;
}

interface ClosedShift extends ShiftFigures {
  closedAt: Date;
  countedKes: number | null;
  differenceKes: number | null;
  closedBy: string | null;
}

interface RunningSession {
  customerName: string;
  computerName: string | null;
  startedAt: Date;
  amountSoFarKes: number;
}

interface LongSession {
  customerName: string;
  computerName: string | null;
  startedAt: Date;
  startedBy: string;
  seconds: number;
  amountSoFarKes: number;
  prepaidKes: number;
}

const seconds = (from: Date, to: Date) => Math.max(0, Math.round((to.getTime() - from.getTime()) / 1000));

const runningLine = (s: RunningSession, timeZone: string) =>
  `• ${s.computerName ? `${s.computerName}: ` : ""}${s.customerName}, since ${dateTime(s.startedAt, timeZone)}, ${kes(s.amountSoFarKes)} so far`;

function runningLines(running: readonly RunningSession[], timeZone: string, label: string): string[] {
  return running.length === 0 ? [`${label}: none.`] : [`${label}: ${running.length}`, ...running.map((s) => runningLine(s, timeZone))];
}

/** Short, over or exact, in words. */
function difference(differenceKes: number): string {
  if (differenceKes < 0) return `❗ Short by ${kes(-differenceKes)}`;
  if (differenceKes > 0) return `➕ Over by ${kes(differenceKes)}`;
  return "✅ The drawer agrees: no difference.";
}

/** The cash taken, the cash given back (when any) and what the drawer should hold. */
function drawerLines(s: ShiftFigures): string[] {
  return [
    `Cash taken: ${kes(s.cashKes)}`,
    ...(s.refundedKes > 0 ? [`Cash given back: ${kes(s.refundedKes)}`] : []),
    `Expected in the drawer: ${kes(s.expectedKes)}`,
  ];
}

function cashUpLines(s: ClosedShift, timeZone: string): string[] {
  return [
    `🔒 Shift closed: ${s.staffName}, ${dateTime(s.openedAt, timeZone)} – ${dateTime(s.closedAt, timeZone)} (${duration(seconds(s.openedAt, s.closedAt))})`,
    `Float: ${kes(s.floatKes)}`,
    ...drawerLines(s),
    ...(s.countedKes === null || s.differenceKes === null
      ? [`Counted: not counted (closed when ${s.staffName} was taken off the staff${s.closedBy ? ` by ${s.closedBy}` : ""})`]
      : [`Counted: ${kes(s.countedKes)}`, difference(s.differenceKes)]),
    // Recorded at the close: a confirmation arriving later is not added.
    `M-Pesa paid (as of the close): ${kes(s.mpesaKes)}`,
  ];
}

export const shiftTexts = {
  askFloat: "Opening your shift. How much cash is in the drawer to start with (the float)? Type it in whole shillings, e.g. 2000 (0 if none).",
  invalidFloat: "Type the float in whole shillings, digits only, e.g. 2000 (0 if the drawer is empty). Your shift is not open yet.",
  opened: (s: ShiftFigures, timeZone: string) =>
    `🟢 Shift opened at ${dateTime(s.openedAt, timeZone)} with a float of ${kes(s.floatKes)}. Send /shift to see it or close it.`,
  alreadyOpen: (s: ShiftFigures, timeZone: string) =>
    `Your shift is already open, since ${dateTime(s.openedAt, timeZone)} with a float of ${kes(s.floatKes)}: nothing was changed. Send /shift to see it or close it.`,
  soFar: (s: ShiftFigures, running: readonly RunningSession[], asOf: Date, timeZone: string) =>
    [
      `🧾 Your shift since ${dateTime(s.openedAt, timeZone)} (${duration(seconds(s.openedAt, asOf))})`,
      `Float: ${kes(s.floatKes)}`,
      ...drawerLines(s),
      `M-Pesa paid: ${kes(s.mpesaKes)}`,
      ...runningLines(running, timeZone, "Sessions you started still running"),
    ].join("\n"),
  closeButton: "🔒 Close the shift",
  keepButton: "Keep it open",
  keptOpen: "Your shift stays open. Send /shift to close it later.",
  askCounted: "Count the cash in the drawer and type the total in whole shillings, e.g. 3500.",
  invalidCounted: "Type the cash counted in whole shillings, digits only, e.g. 3500. Your shift is still open.",
  /** The cash-up: for whoever closed the shift, and the managers. */
  closed: (s: ClosedShift, running: readonly RunningSession[], timeZone: string) =>
    [...cashUpLines(s, timeZone), ...runningLines(running, timeZone, "Sessions left running")].join("\n"),
  alreadyClosed: (s: ClosedShift, timeZone: string) => ["This shift was already closed: nothing was changed.", ...cashUpLines(s, timeZone)].join("\n"),
  notFound: "That shift is not open any more. Send /shift to see where you stand.",
  /** For the operator who started the session and the managers. */
  longSession: (s: LongSession, timeZone: string) =>
    [
      `⏰ Long session: ${s.computerName ? `${s.computerName}, ` : ""}${s.customerName}, since ${dateTime(s.startedAt, timeZone)} (${duration(s.seconds)}), started by ${s.startedBy}.`,
      `Charge so far: ${kes(s.amountSoFarKes)}${s.prepaidKes > 0 ? ` (${kes(s.prepaidKes)} of it prepaid)` : ""}.`,
      "Check that the customer is still there. If they left, tap End and take the payment; if they stay, you may ask them to pay for the time so far.",
    ].join("\n"),
};
