// What managers read in /report: the figures of a period of business days, the takings chart's words,
// the closing-time summary, and what to type when the period is not understood. Messages `report-*` in
// locales/*.ftl (section `reports`), rendered in the language of the moment.
import { MAX_REPORT_DAYS, type BusinessDays, type PeriodInputProblem } from "../domain/dates.js";
import { clockTime, date, dateAtTime, dateTime, duration, kes, paymentMethod, period } from "./format.js";
import { NONE, t } from "./i18n.js";

interface Sum {
  kes: number;
  count: number;
}

type OwedReason = "not_requested" | "failed" | "unknown" | "mismatch";
const OWED_REASONS: readonly OwedReason[] = ["not_requested", "failed", "unknown", "mismatch"];

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
const examples = (command: string) => t("report-period-examples", { command });

/** What is wrong with a period typed after `command`. */
export function periodProblems(command: string): Record<PeriodInputProblem, string> {
  return {
    get unreadable() {
      return t("report-period-unreadable", { examples: examples(command) });
    },
    get no_such_date() {
      return t("report-period-no-such-date", { command });
    },
    get future() {
      return t("report-period-future", { command, examples: examples(command) });
    },
    get backwards() {
      return t("report-period-backwards", { command });
    },
    get too_long() {
      return t("report-period-too-long", { command, days: MAX_REPORT_DAYS });
    },
  };
}

/** "KES 1,200 (3)". */
const amount = (s: Sum) => `${kes(s.kes)} (${s.count})`;

const owedLine = (line: OwedLine) =>
  t("report-owed-line", { amount: kes(line.amountKes), customer: line.customerName, date: date(line.date), reason: line.reason });

export const reportTexts = {
  /** The takings chart sent with a report: M-Pesa and cash stacked, by hour of one day or by day. */
  chart: {
    title: (days: BusinessDays, unit: "hour" | "day") => t("report-chart-title", { unit, period: period(days) }),
    get mpesa() {
      return paymentMethod("MPESA", false);
    },
    get cash() {
      return t("report-chart-cash");
    },
    /** The amounts' axis. */
    get amounts() {
      return t("report-chart-amounts");
    },
    amount: (amountKes: number) => amountKes.toLocaleString("en-KE"),
    /** An hour's bar ("08:00" → "08"), a day's ("2026-11-29" → "29/11"). */
    bar: (at: string, unit: "hour" | "day") => (unit === "hour" ? at.slice(0, 2) : date(at).slice(0, 5)),
    get hours() {
      return t("report-chart-hours");
    },
    get days() {
      return t("report-chart-days");
    },
    caption: (days: BusinessDays) => t("report-chart-caption", { period: period(days) }),
  },

  /** Above the day's report that each manager gets at closing time. */
  get dailySummaryHeading() {
    return t("report-daily-summary-heading");
  },
  /** Below it: the shifts whose drawer was not counted by closing time. */
  shiftsLeftOpen: (shifts: readonly LeftOpenShift[], closingMinute: number, timeZone: string) =>
    [
      t("report-shifts-left-open", { closing: clockTime(closingMinute), count: shifts.length }),
      ...shifts.map((s) =>
        t("report-shift-left-open", {
          name: s.staffName,
          opened: dateTime(s.openedAt, timeZone),
          float: kes(s.floatKes),
          closed: s.closedAt ? dateTime(s.closedAt, timeZone) : NONE,
        }),
      ),
      ...(shifts.some((s) => s.closedAt === null) ? [t("report-shifts-left-open-ask")] : []),
    ].join("\n"),

  problem: periodProblems("/report"),

  report(r: ReportFigures, timeZone: string): string {
    const { takings, sessions, owed } = r;
    const lines = [t("report-title", { period: period(r.days) }), t("report-as-of", { time: dateAtTime(r.asOf, timeZone) }), ""];

    if (takings.count === 0) lines.push(t("report-takings-none"));
    else {
      lines.push(t("report-takings", { amount: kes(takings.kes), count: takings.count }));
      lines.push(t("report-takings-mpesa", { amount: amount(takings.byMethod.MPESA) }));
      if (takings.simulated.count > 0) lines.push(t("report-takings-simulated", { amount: amount(takings.simulated) }));
      lines.push(t("report-takings-cash", { amount: amount(takings.byMethod.CASH) }));
      lines.push(t("report-by-operator"), ...takings.byOperator.map((operator) => `• ${operator.name || "—"}: ${amount(operator)}`));
    }
    if (r.refunds.count > 0) {
      lines.push(t("report-refunds", { amount: amount(r.refunds) }));
      lines.push(t("report-net-cash", { amount: kes(takings.byMethod.CASH.kes - r.refunds.kes) }));
    }
    lines.push("");

    if (sessions.count === 0) lines.push(t("report-sessions-none"));
    else {
      const average = Math.round(sessions.seconds / sessions.count);
      lines.push(t("report-sessions", { count: sessions.count, sold: duration(sessions.seconds), average: duration(average) }));
    }
    lines.push("");

    if (owed.count === 0) lines.push(t("report-owed-none"));
    else {
      lines.push(t("report-owed", { amount: kes(owed.kes), count: owed.count }));
      for (const reason of OWED_REASONS) {
        const sum = owed.byReason[reason];
        if (sum.count > 0) lines.push(t("report-owed-by-reason", { reason, amount: amount(sum) }));
      }
    }
    if (r.waiting.count > 0) lines.push(t("report-waiting", { amount: amount(r.waiting) }));

    if (r.toCheck.length > 0) lines.push("", t("report-to-check"), ...r.toCheck.map(owedLine));
    if (r.biggestOwed.length > 0) lines.push("", t("report-biggest-owed"), ...r.biggestOwed.map(owedLine));
    return lines.join("\n");
  },
};
