// What managers read in /report: the figures of a period of business days, and what to type when the
// period is not understood. English; part of the catalogue in en.ts (section `reports`).
import { MAX_REPORT_DAYS, type BusinessDays, type PeriodInputProblem } from "../domain/dates.js";
import { clockTime, date, dateAtTime, dateTime, duration, kes, period } from "./format.js";

interface Sum {
  kes: number;
  count: number;
}

type OwedReason = "not_requested" | "failed" | "unknown" | "mismatch";

interface OwedLine {
  customerName: string;
  amountKes: number;
  date: string;
  reason: OwedReason;
}

/** The figures a report shows (the reports service gives them). */
export interface ReportFigures {
  days: BusinessDays;
  asOf: Date;
  takings: Sum & { byMethod: { MPESA: Sum; CASH: Sum }; simulated: Sum; byOperator: (Sum & { name: string })[] };
  refunds: Sum;
  sessions: { count: number; seconds: number };
  owed: Sum & { byReason: Record<OwedReason, Sum> };
  waiting: Sum;
  toCheck: OwedLine[];
  biggestOwed: OwedLine[];
}

/** A shift still open at closing time (the shifts service gives it). */
interface LeftOpenShift {
  staffName: string;
  openedAt: Date;
  floatKes: number;
  closedAt: Date | null;
}

/** What to type for a period, in words for `command` (/report, /export). */
function examples(command: string): string {
  return `e.g. ${command}, ${command} yesterday, ${command} week, ${command} month, ${command} 28/11/2026 or ${command} 1/11/2026-15/11/2026`;
}

/** What is wrong with a period typed after `command`. */
export function periodProblems(command: string): Record<PeriodInputProblem, string> {
  return {
    unreadable: `I did not understand the period. Type a day, a range or a word, ${examples(command)}.`,
    no_such_date: `That date does not exist. Type a real day, e.g. ${command} 28/11/2026.`,
    future: `That is after today: ${command} covers days that have begun, ${examples(command)}.`,
    backwards: `The range ends before it starts. Put the earlier day first, e.g. ${command} 1/11/2026-15/11/2026.`,
    too_long: `${command} covers at most ${MAX_REPORT_DAYS} days. Ask for a shorter range, e.g. ${command} 1/11/2026-15/11/2026.`,
  };
}

const payments = (count: number) => (count === 1 ? "1 payment" : `${count} payments`);
/** "KES 1,200 (3)". */
const amount = (s: Sum) => `${kes(s.kes)} (${s.count})`;

const reasonName: Record<OwedReason, string> = {
  not_requested: "not asked for yet",
  failed: "M-Pesa prompt failed",
  unknown: "no answer from M-Pesa: check the statement",
  mismatch: "another amount was paid: check the statement",
};

const owedLine = (line: OwedLine) => `• ${kes(line.amountKes)} ${line.customerName} (${date(line.date)}): ${reasonName[line.reason]}`;

function title(days: BusinessDays): string {
  return `📊 Report for ${period(days)}`;
}

export const reportTexts = {
  /** The takings chart sent with a report: M-Pesa and cash stacked, by hour of one day or by day. */
  chart: {
    title: (days: BusinessDays, unit: "hour" | "day") => `Takings by ${unit}, ${period(days)}`,
    mpesa: "M-Pesa",
    cash: "Cash",
    /** The amounts' axis. */
    amounts: "KES",
    amount: (amountKes: number) => amountKes.toLocaleString("en-KE"),
    /** An hour's bar ("08:00" → "08"), a day's ("2026-11-29" → "29/11"). */
    bar: (at: string, unit: "hour" | "day") => (unit === "hour" ? at.slice(0, 2) : date(at).slice(0, 5)),
    hours: "Hour",
    days: "Day",
    caption: (days: BusinessDays) => `📈 Takings, ${period(days)}: M-Pesa and cash`,
  },

  /** Above the day's report that each manager gets at closing time. */
  dailySummaryHeading: "🌙 Closing time: the day's summary",
  /** Below it: the shifts whose drawer was not counted by closing time. */
  shiftsLeftOpen: (shifts: readonly LeftOpenShift[], closingMinute: number, timeZone: string) =>
    [
      `⚠️ Shifts left open past closing time (${clockTime(closingMinute)}): ${shifts.length}`,
      ...shifts.map(
        (s) =>
          `• ${s.staffName}, opened ${dateTime(s.openedAt, timeZone)} with a float of ${kes(s.floatKes)}: ${s.closedAt ? `closed ${dateTime(s.closedAt, timeZone)}` : "still open"}`,
      ),
      ...(shifts.some((s) => s.closedAt === null) ? ["Ask whoever left theirs open to count the drawer and close it with /shift."] : []),
    ].join("\n"),

  problem: periodProblems("/report"),

  report(r: ReportFigures, timeZone: string): string {
    const { takings, sessions, owed } = r;
    const lines = [title(r.days), `As of ${dateAtTime(r.asOf, timeZone)}`, ""];

    if (takings.count === 0) lines.push("💰 Takings: nothing came in.");
    else {
      lines.push(`💰 Takings: ${kes(takings.kes)} (${payments(takings.count)})`);
      lines.push(`M-Pesa: ${amount(takings.byMethod.MPESA)}`);
      if (takings.simulated.count > 0) lines.push(`🧪 of which simulated, no real money: ${amount(takings.simulated)}`);
      lines.push(`Cash: ${amount(takings.byMethod.CASH)}`);
      lines.push("By operator:", ...takings.byOperator.map((operator) => `• ${operator.name || "—"}: ${amount(operator)}`));
    }
    if (r.refunds.count > 0) {
      lines.push(`↩️ Given back in cash (unused prepaid time): ${amount(r.refunds)}`);
      lines.push(`💵 Net cash (cash taken less given back): ${kes(takings.byMethod.CASH.kes - r.refunds.kes)}`);
    }
    lines.push("");

    if (sessions.count === 0) lines.push("🖥 Sessions: none ended.");
    else {
      const average = Math.round(sessions.seconds / sessions.count);
      lines.push(`🖥 Sessions ended: ${sessions.count}, ${duration(sessions.seconds)} sold, ${duration(average)} on average`);
    }
    lines.push("");

    if (owed.count === 0) lines.push("✅ Nothing owed for these days.");
    else {
      lines.push(`⏳ Still owed: ${kes(owed.kes)} (${payments(owed.count)})`);
      const { not_requested, failed, unknown, mismatch } = owed.byReason;
      if (not_requested.count > 0) lines.push(`Not asked for yet: ${amount(not_requested)}`);
      if (failed.count > 0) lines.push(`Prompt failed: ${amount(failed)}`);
      if (unknown.count > 0) lines.push(`No answer from M-Pesa: ${amount(unknown)}`);
      if (mismatch.count > 0) lines.push(`Another amount paid: ${amount(mismatch)}`);
    }
    if (r.waiting.count > 0) lines.push(`⌛ Waiting for the customer's PIN: ${amount(r.waiting)}, not counted yet`);

    if (r.toCheck.length > 0) lines.push("", "🔎 Check on the M-Pesa statement:", ...r.toCheck.map(owedLine));
    if (r.biggestOwed.length > 0) lines.push("", "📌 Biggest amounts owed:", ...r.biggestOwed.map(owedLine));
    return lines.join("\n");
  },
};
