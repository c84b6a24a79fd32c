// /shift: opening a shift with the float, the shift so far, the cash-up at its close (also sent to the
// managers), and the alert about a session running long. Messages `shift-*` in locales/*.ftl (section
// `shifts`), rendered in the language of the moment.
import { dateTime, duration, kes } from "./format.js";
import { NONE, orNone, t } from "./i18n.js";

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

// A computer's name is upper-case: it is never the word "none" that stands for no computer.
const runningLine = (s: RunningSession, timeZone: string) =>
  t("shift-running-session", {
    computer: orNone(s.computerName),
    customer: s.customerName,
    since: dateTime(s.startedAt, timeZone),
    amount: kes(s.amountSoFarKes),
  });

/** The sessions still running under `heading` (which says how many). */
function runningLines(running: readonly RunningSession[], timeZone: string, heading: (count: number) => string): string[] {
  return [heading(running.length), ...running.map((s) => runningLine(s, timeZone))];
}

/** Short, over or exact, in words. */
function difference(differenceKes: number): string {
  if (differenceKes < 0) return t("shift-short", { amount: kes(-differenceKes) });
  if (differenceKes > 0) return t("shift-over", { amount: kes(differenceKes) });
  return t("shift-no-difference");
}

/** The cash taken, the cash given back (when any) and what the drawer should hold. */
function drawerLines(s: ShiftFigures): string[] {
  return [
    t("shift-cash-taken", { amount: kes(s.cashKes) }),
    ...(s.refundedKes > 0 ? [t("shift-cash-given-back", { amount: kes(s.refundedKes) })] : []),
    t("shift-expected", { amount: kes(s.expectedKes) }),
  ];
}

function notCounted(s: ClosedShift): string {
  return s.closedBy ? t("shift-not-counted-closed-by", { name: s.staffName, by: s.closedBy }) : t("shift-not-counted", { name: s.staffName });
}

function cashUpLines(s: ClosedShift, timeZone: string): string[] {
  return [
    t("shift-closed", {
      name: s.staffName,
      opened: dateTime(s.openedAt, timeZone),
      closed: dateTime(s.closedAt, timeZone),
      duration: duration(seconds(s.openedAt, s.closedAt)),
    }),
    t("shift-float", { amount: kes(s.floatKes) }),
    ...drawerLines(s),
    ...(s.countedKes === null || s.differenceKes === null ? [notCounted(s)] : [t("shift-counted", { amount: kes(s.countedKes) }), difference(s.differenceKes)]),
    // Recorded at the close: a confirmation arriving later is not added.
    t("shift-mpesa-at-close", { amount: kes(s.mpesaKes) }),
  ];
}

export const shiftTexts = {
  get askFloat() {
    return t("shift-ask-float");
  },
  get invalidFloat() {
    return t("shift-invalid-float");
  },
  opened: (s: ShiftFigures, timeZone: string) => t("shift-opened", { opened: dateTime(s.openedAt, timeZone), float: kes(s.floatKes) }),
  alreadyOpen: (s: ShiftFigures, timeZone: string) => t("shift-already-open", { opened: dateTime(s.openedAt, timeZone), float: kes(s.floatKes) }),
  soFar: (s: ShiftFigures, running: readonly RunningSession[], asOf: Date, timeZone: string) =>
    [
      t("shift-so-far", { opened: dateTime(s.openedAt, timeZone), duration: duration(seconds(s.openedAt, asOf)) }),
      t("shift-float", { amount: kes(s.floatKes) }),
      ...drawerLines(s),
      t("shift-mpesa-paid", { amount: kes(s.mpesaKes) }),
      ...runningLines(running, timeZone, (count) => t("shift-still-running", { count })),
    ].join("\n"),
  get closeButton() {
    return t("shift-close-button");
  },
  get keepButton() {
    return t("shift-keep-button");
  },
  get keptOpen() {
    return t("shift-kept-open");
  },
  get askCounted() {
    return t("shift-ask-counted");
  },
  get invalidCounted() {
    return t("shift-invalid-counted");
  },
  /** The cash-up: for whoever closed the shift, and the managers. */
  closed: (s: ClosedShift, running: readonly RunningSession[], timeZone: string) =>
    [...cashUpLines(s, timeZone), ...runningLines(running, timeZone, (count) => t("shift-left-running", { count }))].join("\n"),
  alreadyClosed: (s: ClosedShift, timeZone: string) => [t("shift-already-closed"), ...cashUpLines(s, timeZone)].join("\n"),
  get notFound() {
    return t("shift-not-found");
  },
  /** For the operator who started the session and the managers. */
  longSession: (s: LongSession, timeZone: string) =>
    t("shift-long-session", {
      computer: orNone(s.computerName),
      customer: s.customerName,
      since: dateTime(s.startedAt, timeZone),
      duration: duration(s.seconds),
      by: s.startedBy,
      amount: kes(s.amountSoFarKes),
      prepaid: s.prepaidKes > 0 ? kes(s.prepaidKes) : NONE,
    }),
};
