// The managers' figures for a period of business days: money that arrived, sessions ended, money still
// owed and what to act on. One function (`periodReport`) gives them all, as data: /report words them,
// the daily summary sends them, and the takings chart draws their series.
import type { Db } from "../db/client.js";
import { databaseProvider, type DatabaseProvider } from "../db/provider.js";
import { addDays, instantAt, periodInstants, type BusinessDays } from "../domain/dates.js";
import { fullName } from "../domain/names.js";
import { Prisma, type PaymentMethod, type PaymentState } from "../generated/prisma/client.js";
import type { ServiceContext } from "./context.js";
import { SETTLEABLE } from "./payments.js";

/** An amount and how many payments make it. */
export interface Sum {
  kes: number;
  count: number;
}

/** Why money is still owed: not asked for yet, the prompt failed, no final answer, or paid with another amount. */
export type OwedReason = "not_requested" | "failed" | "unknown" | "mismatch";

export interface OwedLine {
  paymentId: number;
  customerName: string;
  amountKes: number;
  /** The business day the payment belongs to. */
  date: string;
  reason: OwedReason;
}

/** The takings of one hour of a day ("08:00") or of one business day ("2026-11-29"), by method. */
export interface TakingsBucket {
  at: string;
  mpesaKes: number;
  cashKes: number;
}

/** The takings of a period through time: a one-day period by hour (24, on the business clock), a longer one by day. */
export interface TakingsSeries {
  unit: "hour" | "day";
  buckets: TakingsBucket[];
}

export interface PeriodReport {
  days: BusinessDays;
  /** When the figures were read: what is owed is as of then. */
  asOf: Date;
  /** Payments PAID with their money arriving (paidAt) in the period; nothing else. */
  takings: Sum & {
    byMethod: Record<PaymentMethod, Sum>;
    /** Of the M-Pesa takings, those paid through the built-in simulator: no real money. */
    simulated: Sum;
    /** Who took the cash or sent the prompt that was paid; biggest first. */
    byOperator: (Sum & { name: string })[];
    /** By hour or by day, for the chart. */
    series: TakingsSeries;
  };
  /**
   * Cash given back in the period (unused prepaid time refunded, by when: `refundedAt`). Not taken off
   * the takings (the money did arrive); the report shows it and the cash net of it, as the cash-ups
   * take it off their drawers.
   */
  refunds: Sum;
  /** Sessions ended in the period (voided ones left out), and the time they ran. */
  sessions: { count: number; seconds: number };
  /** Payments of the period (by their business day) not paid now, by reason. */
  owed: Sum & { byReason: Record<OwedReason, Sum> };
  /** Payments of the period whose M-Pesa prompt is out now (not counted as owed: the money may be on its way). */
  waiting: Sum;
  /** What to check on the M-Pesa statement: no final answer, or another amount paid; biggest first. */
  toCheck: OwedLine[];
  /** The biggest amounts owed that are not to check: to ask for or take in cash. */
  biggestOwed: OwedLine[];
}

/** How many lines of each list a report shows. */
export const REPORT_LINES = 5;

const sum = (kes: number | null | undefined, count: number): Sum => ({ kes: kes ?? 0, count });
const none = (): Sum => sum(0, 0);

/** The seconds from each session's start to its end, summed, in each database's SQL (they share no function for it). */
function summedSeconds(provider: DatabaseProvider): Prisma.Sql {
  return provider === "postgresql"
    ? Prisma.sql`CAST(ROUND(SUM(EXTRACT(EPOCH FROM ("endedAt" - "startedAt")))) AS BIGINT)`
    : Prisma.sql`CAST(ROUND(SUM(unixepoch("endedAt", 'subsec') - unixepoch("startedAt", 'subsec'))) AS INTEGER)`;
}

/**
 * The PAID takings of the period in buckets by when the money arrived: each hour of a one-day period, on
 * the business clock (an hour the clocks skip stays empty, one they repeat holds both), or each day. The
 * method is never missing on a PAID payment (see below).
 */
async function takingsSeries(db: Db, days: BusinessDays, timeZone: string, takings: Prisma.PaymentWhereInput): Promise<TakingsSeries> {
  const unit = days.from === days.to ? "hour" : "day";
  const starts: string[] = [];
  if (unit === "hour") for (let hour = 0; hour < 24; hour++) starts.push(`${String(hour).padStart(2, "0")}:00`);
  else for (let day = days.from; day <= days.to; day = addDays(day, 1)) starts.push(day);
  const begins = starts.map((at) => (unit === "hour" ? instantAt(days.from, Number(at.slice(0, 2)) * 60, timeZone) : instantAt(at, 0, timeZone)).getTime());
  const mpesa = starts.map(() => 0);
  const cash = starts.map(() => 0);
  const paid = await db.payment.findMany({ where: takings, orderBy: { paidAt: "asc" }, select: { paidAt: true, method: true, amountKes: true } });
  let index = 0;
  for (const { paidAt, method, amountKes } of paid) {
    // In the order the money arrived: on to the bucket begun last by then.
    while ((begins[index + 1] ?? Infinity) <= (paidAt?.getTime() ?? 0)) index++;
    const sums = method === "MPESA" ? mpesa : cash;
    sums[index] = (sums[index] ?? 0) + amountKes;
  }
  const buckets = starts.map((at, i) => ({ at, mpesaKes: mpesa[i] ?? 0, cashKes: cash[i] ?? 0 }));
  return { unit, buckets };
}

/** The figures of a period of business days, what is owed as of now: what /report shows and the daily summary sends. */
export async function periodReport({ db, now, config }: ServiceContext, days: BusinessDays): Promise<PeriodReport> {
  const asOf = now();
  const { start, end } = periodInstants(days, config.service.timezone);
  const ofPeriod = { date: { gte: days.from, lte: days.to } } satisfies Prisma.PaymentWhereInput;
  const mismatched = { state: "UNKNOWN", stkRequests: { some: { amountMismatch: true } } } satisfies Prisma.PaymentWhereInput;
  const line = {
    id: true,
    amountKes: true,
    date: true,
    state: true,
    customer: { select: { firstName: true, lastName: true } },
    stkRequests: { where: { amountMismatch: true }, select: { id: true }, take: 1 },
  } satisfies Prisma.PaymentSelect;
  const biggestFirst = [{ amountKes: "desc" }, { id: "asc" }] satisfies Prisma.PaymentOrderByWithRelationInput[];

  const takings = { state: "PAID", paidAt: { gte: start, lt: end } } satisfies Prisma.PaymentWhereInput;

  const [paid, simulated, refunds, ended, open, mismatches, toCheck, biggestOwed, series] = await Promise.all([
    db.payment.groupBy({
      by: ["method", "settledById"],
      where: takings,
      _sum: { amountKes: true },
      _count: { _all: true },
    }),
    db.payment.aggregate({
      where: { ...takings, method: "MPESA", OR: [{ stkRequests: { some: { simulated: true, state: "PAID" } } }, { menuPayment: { is: { simulated: true } } }] },
      _sum: { amountKes: true },
      _count: { _all: true },
    }),
    db.usageSession.aggregate({ where: { refundedAt: { gte: start, lt: end } }, _sum: { refundKes: true }, _count: { _all: true } }),
    db.$queryRaw<{ count: bigint | number; seconds: bigint | number | null }[]>`
      SELECT COUNT(*) AS "count", ${summedSeconds(databaseProvider(config.service.databaseUrl))} AS "seconds"
      FROM "UsageSession"
      WHERE "endedAt" >= ${start} AND "endedAt" < ${end} AND "voidedAt" IS NULL`,
    db.payment.groupBy({
      by: ["state"],
      where: { ...ofPeriod, state: { in: [...SETTLEABLE, "PENDING"] } },
      _sum: { amountKes: true },
      _count: { _all: true },
    }),
    db.payment.aggregate({ where: { ...ofPeriod, ...mismatched }, _sum: { amountKes: true }, _count: { _all: true } }),
    db.payment.findMany({ where: { ...ofPeriod, state: "UNKNOWN" }, orderBy: biggestFirst, take: REPORT_LINES, select: line }),
    db.payment.findMany({ where: { ...ofPeriod, state: { in: ["NOT_REQUESTED", "FAILED"] } }, orderBy: biggestFirst, take: REPORT_LINES, select: line }),
    takingsSeries(db, days, config.service.timezone, takings),
  ]);

  const operatorIds = [...new Set(paid.flatMap((group) => (group.settledById === null ? [] : [group.settledById])))];
  const names = new Map((await db.staff.findMany({ where: { id: { in: operatorIds } }, select: { id: true, name: true } })).map((s) => [s.id, s.name]));

  const byMethod: Record<PaymentMethod, Sum> = { MPESA: none(), CASH: none() };
  const operators = new Map<number | null, Sum & { name: string }>();
  for (const group of paid) {
    const amount = sum(group._sum.amountKes, group._count._all);
    // Taking cash and crediting M-Pesa both set the method with PAID: it is never missing here.
    const method = byMethod[group.method ?? "CASH"];
    method.kes += amount.kes;
    method.count += amount.count;
    const operator = operators.get(group.settledById) ?? { name: names.get(group.settledById ?? -1) ?? "", ...none() };
    operator.kes += amount.kes;
    operator.count += amount.count;
    operators.set(group.settledById, operator);
  }

  const stateSum = (state: PaymentState) => {
    const group = open.find((candidate) => candidate.state === state);
    return sum(group?._sum.amountKes, group?._count._all ?? 0);
  };
  const mismatch = sum(mismatches._sum.amountKes, mismatches._count._all);
  const unknown = stateSum("UNKNOWN");
  const byReason: Record<OwedReason, Sum> = {
    not_requested: stateSum("NOT_REQUESTED"),
    failed: stateSum("FAILED"),
    unknown: sum(unknown.kes - mismatch.kes, unknown.count - mismatch.count),
    mismatch,
  };
  const reasons = Object.values(byReason);

  const toLine = (payment: (typeof toCheck)[number]): OwedLine => ({
    paymentId: payment.id,
    customerName: fullName(payment.customer),
    amountKes: payment.amountKes,
    date: payment.date,
    reason:
      payment.state === "NOT_REQUESTED" ? "not_requested" : payment.state === "FAILED" ? "failed" : payment.stkRequests.length > 0 ? "mismatch" : "unknown",
  });

  return {
    days,
    asOf,
    takings: {
      kes: byMethod.MPESA.kes + byMethod.CASH.kes,
      count: byMethod.MPESA.count + byMethod.CASH.count,
      byMethod,
      simulated: sum(simulated._sum.amountKes, simulated._count._all),
      byOperator: [...operators.values()].sort((a, b) => b.kes - a.kes || a.name.localeCompare(b.name)),
      series,
    },
    refunds: sum(refunds._sum.refundKes, refunds._count._all),
    sessions: { count: Number(ended[0]?.count ?? 0), seconds: Number(ended[0]?.seconds ?? 0) },
    owed: { kes: reasons.reduce((total, r) => total + r.kes, 0), count: reasons.reduce((total, r) => total + r.count, 0), byReason },
    waiting: stateSum("PENDING"),
    toCheck: toCheck.map(toLine),
    biggestOwed: biggestOwed.map(toLine),
  };
}
