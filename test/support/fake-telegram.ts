// A fake Telegram Bot API server: answers like Telegram (same envelopes, realistic Message objects,
// Telegram's error texts), records every call, and can be told to fail for a while.
import type { UserFromGetMe } from "grammy/types";
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface ApiCall {
  method: string;
  params: Record<string, unknown>;
}

interface StoredMessage {
  message_id: number;
  chat: { id: number; type: "private" };
  date: number;
  text?: string;
  reply_markup?: unknown;
}

type Failure = { status: number; description: string; retryAfter?: number };

export const FAKE_BOT = { id: 7000000001, is_bot: true as const, first_name: "Café Desk", username: "cafe_desk_bot" };
/** What getMe answers for the fake bot, for code that is given the bot's identity instead of asking. */
export const FAKE_BOT_INFO: UserFromGetMe = {
  ...FAKE_BOT,
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};
export const FAKE_TOKEN = "7000000001:AAF-fake-token-for-tests-0123456789ab";

export class FakeTelegram {
  readonly calls: ApiCall[] = [];
  private readonly messages = new Map<string, StoredMessage>();
  private nextMessageId = 100;
  private readonly queuedUpdates: unknown[] = [];
  private nextUpdateId = 1;
  private readonly waitingPolls = new Set<() => void>();
  private failures: Failure[] = [];
  private updateFailures: Failure[] = [];
  private readonly listeners = new Set<() => void>();
  private server: http.Server | undefined;
  url = "";

  constructor(private readonly token = FAKE_TOKEN) {}

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const release of this.waitingPolls) release();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The next `count` API calls fail with the given status (e.g. 502, or 429 with retry_after). */
  failNext(count: number, failure: Failure): void {
    for (let i = 0; i < count; i++) this.failures.push(failure);
  }

  /** The next `count` getUpdates calls fail (e.g. 409: another instance is polling). */
  failUpdates(count: number, failure: Failure): void {
    for (let i = 0; i < count; i++) this.updateFailures.push(failure);
  }

  /** Queues an update for getUpdates (long polling) and returns it. */
  pushUpdate(update: Record<string, unknown>): Record<string, unknown> {
    const full = { update_id: this.nextUpdateId++, ...update };
    this.queuedUpdates.push(full);
    for (const release of this.waitingPolls) release();
    return full;
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Resolves once a call matching `predicate` has been made (already made ones count). */
  waitForCall(predicate: (call: ApiCall) => boolean): Promise<ApiCall> {
    return new Promise((resolve) => {
      const check = () => {
        const found = this.calls.find(predicate);
        if (found) {
          this.listeners.delete(check);
          resolve(found);
        }
      };
      this.listeners.add(check);
      check();
    });
  }

  message(chatId: number, messageId: number): StoredMessage | undefined {
    return this.messages.get(`${chatId}:${messageId}`);
  }

  /** The bot's messages in a chat, oldest first, as they read now. */
  messagesIn(chatId: number): StoredMessage[] {
    return [...this.messages.values()].filter((m) => m.chat.id === chatId).sort((a, b) => a.message_id - b.message_id);
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? "");
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (!match) {
      reply(404, { ok: false, error_code: 404, description: "Not Found" });
      return;
    }
    if (match[1] !== this.token) {
      reply(401, { ok: false, error_code: 401, description: "Unauthorized" });
      return;
    }
    const method = match[2]!;
    const raw = Buffer.concat(chunks).toString("utf8");
    const params = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    if (method !== "getUpdates") {
      this.calls.push({ method, params });
      for (const listener of [...this.listeners]) listener();
    }
    const failure = method === "getUpdates" ? this.updateFailures.shift() : this.failures.shift();
    if (failure) {
      reply(failure.status, {
        ok: false,
        error_code: failure.status,
        description: failure.description,
        ...(failure.retryAfter !== undefined ? { parameters: { retry_after: failure.retryAfter } } : {}),
      });
      return;
    }
    try {
      const result = await this.answer(method, params);
      reply(200, { ok: true, result });
    } catch (error) {
      const description = error instanceof Error ? error.message : String(error);
      reply(400, { ok: false, error_code: 400, description });
    }
  }

  private async answer(method: string, params: Record<string, unknown>): Promise<unknown> {
    const now = Math.floor(Date.now() / 1000);
    switch (method) {
      case "getMe":
        return FAKE_BOT_INFO;
      case "deleteWebhook":
      case "deleteMyCommands":
      case "setWebhook":
      case "setMyCommands":
      case "answerCallbackQuery":
      case "deleteMessage":
        return true;
      case "getUpdates":
        return this.poll(params);
      case "sendMessage": {
        const chatId = Number(params.chat_id);
        const text = params.text;
        if (typeof text !== "string" || text === "") throw new Error("Bad Request: message text is empty");
        const message: StoredMessage = {
          message_id: this.nextMessageId++,
          chat: { id: chatId, type: "private" },
          date: now,
          text,
          ...(params.reply_markup ? { reply_markup: params.reply_markup } : {}),
        };
        this.messages.set(`${chatId}:${message.message_id}`, message);
        return { ...message, from: FAKE_BOT };
      }
      case "editMessageText":
      case "editMessageReplyMarkup": {
        const key = `${Number(params.chat_id)}:${Number(params.message_id)}`;
        const message = this.messages.get(key);
        if (!message) throw new Error("Bad Request: message to edit not found");
        const text = method === "editMessageText" ? String(params.text) : message.text;
        const markup = params.reply_markup;
        if (text === message.text && JSON.stringify(markup) === JSON.stringify(message.reply_markup)) {
          throw new Error(
            "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
          );
        }
        message.text = text;
        if (markup) message.reply_markup = markup;
        else delete message.reply_markup;
        return { ...message, from: FAKE_BOT, edit_date: now };
      }
      default:
        throw new Error(`Bad Request: method ${method} is not supported by the fake`);
    }
  }

  private async poll(params: Record<string, unknown>): Promise<unknown[]> {
    const offset = Number(params.offset ?? 0);
    const pending = () => this.queuedUpdates.filter((u) => (u as { update_id: number }).update_id >= offset);
    if (pending().length === 0 && Number(params.timeout ?? 0) > 0) {
      // Long polling: hold the request until an update arrives or the fake stops.
      await new Promise<void>((resolve) => {
        const release = () => {
          this.waitingPolls.delete(release);
          resolve();
        };
        this.waitingPolls.add(release);
      });
    }
    // Confirmed updates (below offset) are forgotten, as Telegram does.
    for (let i = this.queuedUpdates.length - 1; i >= 0; i--) {
      if ((this.queuedUpdates[i] as { update_id: number }).update_id < offset) this.queuedUpdates.splice(i, 1);
    }
    return pending();
  }
}
