// Delivers the notification outbox to Telegram.
//
// Rows are written by the services (src/services/outbox.ts) in the same transaction as the change they
// announce. This sender claims due rows one at a time with a conditional update (so several app
// instances on one database never both take a row), calls Telegram outside any transaction, and records
// the outcome at once.
//
// Delivery guarantee: at-least-once, with a small window. A row is marked SENT right after Telegram
// answers; if the process dies between Telegram's answer and that write (or a request times out after
// Telegram processed it), the row is sent again once its claim expires. Edits are naturally idempotent
// (the repeat answers "message is not modified", which counts as delivered); a new message may then
// appear twice. Nothing is lost: a claimed row whose sender died is taken over after `claimMs`.
//
// Order per chat: rows of a chat are sent in the order they were written (by id), one at a time. A row
// is not sent while an older row of its chat is still PENDING, whether another sender holds it or it
// is backing off after a failure: otherwise a retried older edit ("unknown") could overwrite the newer
// result ("paid") in the operator's message. A DEAD row no longer holds its chat up.
//
// Recipients: a message to someone taken off the staff since it was written is not sent (given up as
// DEAD). Messages go to staff's private chats, whose id is their Telegram id.
//
// Limits: a tick makes at most `batchSize` requests and at most one per chat; the loop ticks every
// `intervalMs` (wake() brings the next tick forward, but ticks never start less than `minTickGapMs`,
// 1 s, apart), so the defaults stay under Telegram's ~30 messages/s overall and ~1 message/s per chat.
// A 429 pushes every pending message of that chat to the time Telegram gives (not a failed attempt) and
// ends the tick; a 5xx or network error counts an attempt, backs off (2 s doubling, capped at 5 min) and
// ends the tick too, so a Telegram outage costs one request per tick rather than a whole batch.
//
// Times (nextAttemptAt, claimedUntil) come from the injected clock of each instance: instances sharing a
// database should have synchronised clocks (claims are a minute long, so NTP-level skew is harmless).
import { GrammyError, type Api } from "grammy";
import type { Db } from "../db/client.js";
import type { OutboxMessage } from "../generated/prisma/client.js";
import type { Logger } from "../logger.js";
import { inlineKeyboard, readPayload } from "./payload.js";
import { cannotEdit, classify, describeError, isNotModified, type Outcome } from "./telegram-outcome.js";

export interface OutboxSenderOptions {
  db: Db;
  api: Api;
  now: () => Date;
  logger: Logger;
  /** Written to `claimedBy`; unique per running process (e.g. hostname + pid + random). */
  instanceId: string;
  /** Requests per tick at most (default 20). */
  batchSize?: number;
  /** How long a claim holds a row before another sender may take it over (default 60 s). */
  claimMs?: number;
  /** Failed attempts (5xx, network) before a row is given up as DEAD (default 60: hours of outage). */
  maxAttempts?: number;
  /** A Telegram request is abandoned after this long; must stay well below `claimMs` (default claimMs / 2). */
  requestTimeoutMs?: number;
  /** The loop never starts ticks closer together than this, even when woken (default 1 s; real time). */
  minTickGapMs?: number;
}

const DEFAULT_BATCH_SIZE = 20;
const DEFAULT_CLAIM_MS = 60_000;
const DEFAULT_MAX_ATTEMPTS = 60;
const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 5 * 60_000;
const DEFAULT_MIN_TICK_GAP_MS = 1_000;

/** Wait before the next try after `attempts` failed ones: 2 s, 4 s, 8 s, … capped at 5 min. */
export function outboxRetryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), MAX_RETRY_MS);
}

type GrammySignal = Parameters<Api["sendMessage"]>[3];

export class OutboxSender {
  private readonly db: Db;
  private readonly api: Api;
  private readonly now: () => Date;
  private readonly logger: Logger;
  private readonly instanceId: string;
  private readonly batchSize: number;
  private readonly claimMs: number;
  private readonly maxAttempts: number;
  private readonly requestTimeoutMs: number;
  private readonly minTickGapMs: number;

  private running = false;
  private intervalMs = 1000;
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> | undefined;
  private wokenDuringTick = false;
  private lastTickStartedAt = 0;

  constructor(options: OutboxSenderOptions) {
    this.db = options.db;
    this.api = options.api;
    this.now = options.now;
    this.logger = options.logger;
    this.instanceId = options.instanceId;
    this.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    this.claimMs = options.claimMs ?? DEFAULT_CLAIM_MS;
    this.maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    this.requestTimeoutMs = options.requestTimeoutMs ?? Math.floor(this.claimMs / 2);
    this.minTickGapMs = options.minTickGapMs ?? DEFAULT_MIN_TICK_GAP_MS;
    if (this.batchSize < 1 || this.claimMs < 1 || this.maxAttempts < 1) throw new Error("OutboxSender: batchSize, claimMs and maxAttempts must be positive");
    if (this.requestTimeoutMs >= this.claimMs) throw new Error("OutboxSender: requestTimeoutMs must be shorter than claimMs");
  }

  /**
   * Sends what is due, oldest first: claims each row just before sending it, and records the outcome
   * right after. Returns how many messages were delivered.
   */
  async tick(): Promise<number> {
    const startedAt = this.now();
    // More candidates than requests, so that one busy chat does not hide the others.
    // By id, the order rows were written in (clocks of several instances may disagree on createdAt).
    const candidates = await this.db.outboxMessage.findMany({
      where: this.dueWhere(startedAt),
      orderBy: { id: "asc" },
      take: this.batchSize * 4,
    });
    const chatsThisTick = new Set<string>();
    let requests = 0;
    let delivered = 0;
    for (const candidate of candidates) {
      if (requests >= this.batchSize) break;
      const chatKey = candidate.chatId.toString();
      // One message per chat per tick keeps its ~1 message/s limit. The first candidate of a chat is its
      // oldest due row; it waits while an older row of the chat is still pending (held by another
      // sender, or backing off), and so does the rest of the chat this tick.
      if (chatsThisTick.has(chatKey)) continue;
      chatsThisTick.add(chatKey);
      if (await this.olderRowPending(candidate)) continue;
      const row = await this.claim(candidate.id);
      if (!row) continue;
      if (await this.recipientDeactivated(row)) {
        await this.giveUpDeactivated(row);
        continue;
      }
      requests++;
      const outcome = await this.deliver(row);
      await this.record(row, outcome);
      if (outcome.kind === "sent") delivered++;
      // Telegram asked us to slow down, or looks unreachable: leave the rest for a later tick.
      if (outcome.kind === "rate_limited" || outcome.kind === "transient") break;
    }
    return delivered;
  }

  /** Ticks every `intervalMs` until stop(). */
  start(intervalMs = 1000): void {
    if (this.running) return;
    this.running = true;
    this.intervalMs = intervalMs;
    this.schedule(0);
  }

  /** Makes the loop tick soon (call after enqueueing). Does nothing when the loop is not running. */
  wake(): void {
    if (!this.running) return;
    if (this.inFlight) {
      this.wokenDuringTick = true;
      return;
    }
    this.schedule(this.soonMs());
  }

  /** Stops the loop; resolves once the tick in flight, if any, has finished. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.inFlight;
  }

  /** Delay until the loop may start its next tick. */
  private soonMs(): number {
    return Math.max(0, this.lastTickStartedAt + this.minTickGapMs - Date.now());
  }

  private schedule(delayMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.runLoopTick();
    }, delayMs);
  }

  private async runLoopTick(): Promise<void> {
    if (!this.running || this.inFlight) return;
    this.wokenDuringTick = false;
    this.lastTickStartedAt = Date.now();
    const tick = this.tick().then(
      () => undefined,
      (error: unknown) => this.logger.error({ err: error }, "outbox: tick failed"),
    );
    this.inFlight = tick;
    await tick;
    this.inFlight = undefined;
    // stop() and wake() change these while the tick is awaited; TypeScript's narrowing does not see that.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    if (!this.running) return;
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    this.schedule(this.wokenDuringTick ? this.soonMs() : Math.max(this.intervalMs, this.soonMs()));
  }

  private dueWhere(now: Date) {
    return {
      status: "PENDING" as const,
      nextAttemptAt: { lte: now },
      OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }],
    };
  }

  /** True while an older row of the same chat is not sent yet (nor given up): this one must wait for it. */
  private async olderRowPending(row: OutboxMessage): Promise<boolean> {
    const older = await this.db.outboxMessage.findFirst({
      where: { chatId: row.chatId, status: "PENDING", id: { lt: row.id } },
      select: { id: true },
    });
    return older !== null;
  }

  private async recipientDeactivated(row: OutboxMessage): Promise<boolean> {
    const staff = await this.db.staff.findUnique({ where: { telegramId: row.chatId }, select: { active: true } });
    return staff !== null && !staff.active;
  }

  private async giveUpDeactivated(row: OutboxMessage): Promise<void> {
    await this.db.outboxMessage.updateMany({
      where: { id: row.id, status: "PENDING", claimedBy: this.instanceId },
      data: { status: "DEAD", lastError: "recipient deactivated", claimedBy: null, claimedUntil: null },
    });
    this.logger.info({ outboxId: row.id, dedupeKey: row.dedupeKey }, "outbox: the recipient was deactivated, not sent");
  }

  /** Takes the row if it is still due and nobody holds it; null when another sender was first. */
  private async claim(id: number): Promise<OutboxMessage | null> {
    const now = this.now();
    const claimed = await this.db.outboxMessage.updateMany({
      where: { id, ...this.dueWhere(now) },
      data: { claimedBy: this.instanceId, claimedUntil: new Date(now.getTime() + this.claimMs) },
    });
    if (claimed.count !== 1) return null;
    return this.db.outboxMessage.findUnique({ where: { id } });
  }

  /** Aborts a request that hangs, so that our claim outlives it (grammY types the signal with its polyfill). */
  private deadline(): GrammySignal {
    return AbortSignal.timeout(this.requestTimeoutMs) as unknown as GrammySignal;
  }

  private async deliver(row: OutboxMessage): Promise<Outcome> {
    const payload = readPayload(row.payload);
    if (!payload) return { kind: "permanent", error: "invalid payload" };
    const chatId = Number(row.chatId);
    // No link previews: a notification carries names and numbers from outside (customers, callbacks),
    // and nothing in it should fetch or show a page.
    const other = {
      link_preview_options: { is_disabled: true },
      ...(payload.buttons && payload.buttons.length > 0 ? { reply_markup: inlineKeyboard(payload.buttons) } : {}),
    };
    try {
      if (payload.editMessageId !== undefined) {
        try {
          await this.api.editMessageText(chatId, payload.editMessageId, payload.text, other, this.deadline());
          return { kind: "sent" };
        } catch (error) {
          if (error instanceof GrammyError && error.error_code === 400 && isNotModified(error.description)) return { kind: "sent" };
          if (!(error instanceof GrammyError && error.error_code === 400 && cannotEdit(error.description))) throw error;
          this.logger.info({ outboxId: row.id, error: describeError(error) }, "outbox: message cannot be edited, sending a new one");
        }
      }
      await this.api.sendMessage(chatId, payload.text, other, this.deadline());
      return { kind: "sent" };
    } catch (error) {
      return classify(error);
    }
  }

  private async record(row: OutboxMessage, outcome: Outcome): Promise<void> {
    const now = this.now();
    const context = { outboxId: row.id, dedupeKey: row.dedupeKey, chatId: row.chatId.toString() };
    if (outcome.kind === "sent") {
      // Unconditional: Telegram has the message, whatever happened to our claim meanwhile.
      await this.db.outboxMessage.updateMany({
        where: { id: row.id },
        data: { status: "SENT", sentAt: now, claimedBy: null, claimedUntil: null },
      });
      return;
    }
    // Only while we still hold the row: a sender that took it over owns its outcome.
    const ours = { id: row.id, status: "PENDING" as const, claimedBy: this.instanceId };
    if (outcome.kind === "rate_limited") {
      const until = new Date(now.getTime() + outcome.retryAfterSeconds * 1000);
      await this.db.outboxMessage.updateMany({
        where: ours,
        data: { nextAttemptAt: until, lastError: outcome.error, claimedBy: null, claimedUntil: null },
      });
      // The rest of this chat waits too (keeps the order, and no request Telegram would refuse).
      await this.db.outboxMessage.updateMany({
        where: { chatId: row.chatId, status: "PENDING", nextAttemptAt: { lt: until } },
        data: { nextAttemptAt: until },
      });
      this.logger.warn({ ...context, retryAfterSeconds: outcome.retryAfterSeconds }, "outbox: Telegram rate limit, waiting");
      return;
    }
    const attempts = row.attempts + 1;
    if (outcome.kind === "permanent" || attempts >= this.maxAttempts) {
      await this.db.outboxMessage.updateMany({
        where: ours,
        data: { status: "DEAD", attempts, lastError: outcome.error, claimedBy: null, claimedUntil: null },
      });
      this.logger.warn(
        { ...context, attempts, error: outcome.error },
        outcome.kind === "permanent" ? "outbox: Telegram refused the message, giving up" : "outbox: too many failed attempts, giving up",
      );
      return;
    }
    const retryAt = new Date(now.getTime() + outboxRetryDelayMs(attempts));
    await this.db.outboxMessage.updateMany({
      where: ours,
      data: { attempts, nextAttemptAt: retryAt, lastError: outcome.error, claimedBy: null, claimedUntil: null },
    });
    const unauthorized = outcome.cause instanceof GrammyError && outcome.cause.error_code === 401;
    this.logger[unauthorized ? "error" : "info"](
      { ...context, attempts, retryAt: retryAt.toISOString(), error: outcome.error },
      "outbox: send failed, will retry",
    );
  }
}
