// The daily summary: at closing time (BUSINESS_CLOSING_TIME on the business clock) every active manager
// gets the business day's report and its takings chart, once.
//
// Once per day across restarts and instances: the day's DailySummary row is inserted only if absent, in
// the same transaction as the managers' outbox rows; the instance whose insert wrote it queues the
// messages, any other (or a later pass, or a restart) finds the row and does nothing. The outbox sender
// then delivers each row once (src/notify/outbox-sender.ts).
//
// Catch-up: a pass at any time after closing time on a day whose summary is not queued yet sends it (the
// service was down at closing and started later that night). Only the current business day's: once the
// day is over (midnight on the business clock) a summary not sent is left out, since yesterday's figures
// are a /report yesterday away and a morning message about last night would only confuse.
import { businessDate, instantAt } from "../domain/dates.js";
import type { ServiceContext } from "./context.js";
import { enqueueMessages } from "./outbox.js";
import { periodReport, type PeriodReport } from "./reports.js";
import { shiftsOpenAt, type OpenShiftAt } from "./shifts.js";

/** What the summary tells the managers about a business day. */
export interface DaySummary {
  report: PeriodReport;
  /** The business clock's closing time, as minutes after midnight. */
  closingMinute: number;
  /** The shifts open at closing time: still open, or closed only after it (flagged: the drawer was not counted at the close). */
  shiftsLeftOpen: OpenShiftAt[];
}

async function daySummary(context: ServiceContext, date: string, closingAt: Date): Promise<DaySummary> {
  return {
    report: await periodReport(context, { from: date, to: date }),
    closingMinute: context.config.service.closingMinute,
    shiftsLeftOpen: await shiftsOpenAt(context, closingAt),
  };
}

/**
 * Queues today's summary for every active manager if closing time has passed and nobody queued it yet;
 * returns how many messages were queued (0 before closing time, or when already done).
 */
export async function queueDailySummary(context: ServiceContext): Promise<number> {
  const { db, now, config } = context;
  const at = now();
  const { timezone, closingMinute } = config.service;
  const date = businessDate(at, timezone);
  const closingAt = instantAt(date, closingMinute, timezone);
  if (at < closingAt) return 0;
  if (await db.dailySummary.findUnique({ where: { date } })) return 0;

  // Read before the transaction (the report's queries are many); two instances may both read it, one writes.
  const payloads = context.notices.dailySummary(await daySummary(context, date, closingAt));
  const written = await db.$transaction(async (tx) => {
    const claimed = await tx.$executeRaw`
      INSERT INTO "DailySummary" ("date", "queuedAt") VALUES (${date}, ${at})
      ON CONFLICT ("date") DO NOTHING`;
    if (claimed === 0) return 0;
    const managers = await tx.staff.findMany({ where: { role: "MANAGER", active: true }, select: { telegramId: true }, orderBy: { id: "asc" } });
    const entries = managers.flatMap(({ telegramId }) =>
      payloads.map((payload, index) => ({ dedupeKey: `daily:${date}:${index}:chat:${telegramId}`, chatId: Number(telegramId), payload })),
    );
    return enqueueMessages(tx, entries, at);
  });
  if (written > 0) {
    context.messagesQueued();
    context.logger.info({ date, messages: written }, "daily summary queued for the managers");
  }
  return written;
}
