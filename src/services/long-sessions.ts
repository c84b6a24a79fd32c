// Sessions running longer than LONG_SESSION_ALERT_HOURS: the operator who started them and the managers
// are told once (a customer who left without ending, or one running up a bill nobody watches).
import { fullName } from "../domain/names.js";
import type { ServiceContext } from "./context.js";
import { enqueueMessages } from "./outbox.js";
import { billOf } from "./sessions.js";
import { managerChatIds } from "./recipients.js";
import { sessionTariff } from "./tariff.js";

/** How many sessions one pass tells about; the next pass takes the rest. */
const ALERTS_PER_PASS = 50;

/**
 * Tells about each session running longer than the setting, once: the session's `longAlertAt` is set
 * by a conditional update in the same transaction as the messages, so whichever instance's pass comes
 * first tells, and a restart does not tell again. Returns how many messages were written.
 */
export async function longSessionAlerts(context: ServiceContext): Promise<number> {
  const { db, now, config } = context;
  const at = now();
  const due = await db.usageSession.findMany({
    where: { endedAt: null, longAlertAt: null, startedAt: { lt: new Date(at.getTime() - config.alerts.longSessionAfterMs) } },
    include: { customer: true, computer: true, startedBy: true, ...sessionTariff },
    orderBy: { startedAt: "asc" },
    take: ALERTS_PER_PASS,
  });
  let written = 0;
  for (const session of due) {
    const bill = billOf(context, session, at);
    written += await db.$transaction(async (tx) => {
      const claimed = await tx.usageSession.updateMany({ where: { id: session.id, endedAt: null, longAlertAt: null }, data: { longAlertAt: at } });
      if (claimed.count === 0) return 0;
      const payload = context.notices.longSession({
        sessionId: session.id,
        customerName: fullName(session.customer),
        computerName: session.computer?.name ?? null,
        startedAt: session.startedAt,
        startedBy: session.startedBy.name,
        seconds: bill.seconds,
        amountSoFarKes: bill.amountKes,
        prepaidKes: session.prepaidKes,
      });
      const starter = session.startedBy.active ? [Number(session.startedBy.telegramId)] : [];
      const chats = [...new Set([...starter, ...(await managerChatIds({ db: tx }))])];
      return enqueueMessages(
        tx,
        chats.map((chatId) => ({ dedupeKey: `long-session:${session.id}:chat:${chatId}`, chatId, payload })),
        at,
      );
    });
  }
  if (written > 0) context.messagesQueued();
  return written;
}
