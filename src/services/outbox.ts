// The notification outbox: messages for Telegram are written in the same transaction as the change
// they announce, and delivered later by the sender (src/notify/outbox-sender.ts).
import type { Tx } from "../db/client.js";
import { Prisma } from "../generated/prisma/client.js";
import type { ServiceContext } from "./context.js";

// Types, not interfaces: a payload is stored as JSON, and only a type alias is a JSON object to Prisma.
export type OutboxButton = {
  text: string;
  /** Callback data, at most 64 bytes. */
  data: string;
};

/**
 * What a manager's routine notice stands for, so that a summary can count it when too many come at once
 * to send one by one (src/notify/outbox-sender.ts); the text is not parsed for it.
 */
export type OutboxSummaryFact = {
  kind: "mpesa_paid" | "cash_paid" | "mpesa_failed" | "mpesa_unknown";
  amountKes: number;
  /** Through the built-in simulator: no real money moved. */
  simulated?: boolean;
};

/** A takings chart to draw when the message is sent (src/charts/takings-chart.ts): the report's series. */
export type OutboxChart = {
  days: { from: string; to: string };
  unit: "hour" | "day";
  buckets: { at: string; mpesaKes: number; cashKes: number }[];
};

export type OutboxPayload = {
  /** The message; with `chart`, the photo's caption. */
  text: string;
  /**
   * Sent as a photo of this chart, drawn at send time: the row holds the figures (a few hundred bytes)
   * rather than the PNG (tens of kilobytes for each manager), and the figures are what was decided.
   */
  chart?: OutboxChart;
  /** Inline keyboard rows. */
  buttons?: OutboxButton[][];
  /** Edit this message of the chat instead of sending a new one (a new one is sent if it cannot be edited). */
  editMessageId?: number;
  /** Set on a manager's routine notice: it may then go out inside a summary instead of on its own. */
  summary?: OutboxSummaryFact;
};

/**
 * A payload written in the language of the person it is for (src/bot/notices.ts): the outbox writes it
 * once per recipient, given the language they chose (null: not chosen, the café's default).
 */
export type LocalizedPayload = (language: string | null) => OutboxPayload;

/** The same message, editing message `messageId` of the chat instead of sending a new one (null: a new one). */
export function editing(payload: LocalizedPayload, messageId: number | null): LocalizedPayload {
  return messageId === null ? payload : (language) => ({ ...payload(language), editMessageId: messageId });
}

export interface OutboxEntry {
  /** Makes "announce this once" a database rule, e.g. `stk:42:PAID:chat:5001`. */
  dedupeKey: string;
  chatId: number;
  payload: LocalizedPayload;
  /** The recipient's chosen language, when the caller has read it already: saves the outbox reading it. */
  language?: string | null;
}

/**
 * Adds messages to the outbox inside the caller's transaction, in one statement; an entry whose key
 * exists is skipped (also when another instance's transaction wrote it meanwhile: the insert waits for
 * that one's commit, then does nothing). Returns how many were added. Plain SQL because Prisma's
 * createMany cannot skip duplicates on SQLite; the statement is PostgreSQL's too.
 */
export async function enqueueMessages(tx: Tx, entries: readonly OutboxEntry[], now: Date): Promise<number> {
  if (entries.length === 0) return 0;
  const languages = await chosenLanguages(
    tx,
    entries.filter((entry) => entry.language === undefined),
  );
  const rows = entries.map((entry) => {
    const payload = entry.payload(entry.language !== undefined ? entry.language : (languages.get(entry.chatId) ?? null));
    return Prisma.sql`(${entry.dedupeKey}, ${BigInt(entry.chatId)}, ${JSON.stringify(payload)}, ${now}, ${now})`;
  });
  return tx.$executeRaw`
    INSERT INTO "OutboxMessage" ("dedupeKey", "chatId", "payload", "nextAttemptAt", "createdAt")
    VALUES ${Prisma.join(rows)}
    ON CONFLICT ("dedupeKey") DO NOTHING`;
}

/** The language each recipient chose, by chat (a staff member's chat is their Telegram id). */
async function chosenLanguages(tx: Tx, entries: readonly OutboxEntry[]): Promise<Map<number, string | null>> {
  if (entries.length === 0) return new Map();
  const telegramIds = [...new Set(entries.map((entry) => BigInt(entry.chatId)))];
  const staff = await tx.staff.findMany({ where: { telegramId: { in: telegramIds } }, select: { telegramId: true, language: true } });
  return new Map(staff.map((person) => [Number(person.telegramId), person.language]));
}

/** How long a delivered message's row is kept. */
const KEEP_SENT_MESSAGES_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Deletes messages delivered more than `keepMs` ago. Their dedupe keys go with them, which is safe:
 * the repeats they guard against (a callback delivered twice, a retried step, an hour's setup notice)
 * come within hours, not a month later. Messages not delivered (pending, or given up as DEAD) are kept.
 */
export async function forgetSentMessages({ db, now }: ServiceContext, keepMs = KEEP_SENT_MESSAGES_MS): Promise<number> {
  const { count } = await db.outboxMessage.deleteMany({ where: { status: "SENT", sentAt: { lt: new Date(now().getTime() - keepMs) } } });
  return count;
}
