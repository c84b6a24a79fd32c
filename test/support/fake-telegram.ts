// A fake Telegram Bot API server: answers like Telegram (same envelopes, realistic Message objects,
// Telegram's error texts), records every call, can be told to fail for a while, and can enforce
// Telegram's rate limits (enforceLimits).
import type { UserFromGetMe } from "grammy/types";
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface ApiCall {
  method: string;
  params: Record<string, unknown>;
  /** When the fake received it (ms, on the limits' clock: the machine's unless enforceLimits gave one). */
  at: number;
  /** The HTTP status of the answer, once answered. */
  status?: number;
  /**
   * The path the caller's API root has after the fake's address ("" for none): processes given
   * TELEGRAM_API_ROOT=<url>/<name> are told apart by it.
   */
  via: string;
  /** Files uploaded with the call (multipart/form-data, as grammY sends an InputFile), by the parameter that attaches them. */
  files?: Record<string, UploadedFile>;
}

export interface UploadedFile {
  filename: string;
  bytes: Buffer;
}

interface StoredMessage {
  message_id: number;
  chat: { id: number; type: "private" };
  date: number;
  text?: string;
  caption?: string;
  /** A photo's bytes, as uploaded. */
  photo?: Buffer;
  reply_markup?: unknown;
  document?: { file_id: string; file_unique_id: string; file_name: string; file_size: number };
}

type Failure = { status: number; description: string; retryAfter?: number };

/**
 * Telegram's limits: new messages per bot (its ~30/s for messages to many users; edits are not counted
 * there), and messages sent or edited per chat, and per group chat (a negative chat id).
 */
export interface TelegramLimits {
  /** The clock the limits are counted on, in ms (default: the machine's). */
  now?: () => number;
  /** New messages per second, all chats together (default 30). */
  perSecond?: number;
  /** Default 1. */
  perChatPerSecond?: number;
  /** Default 20. */
  perGroupPerMinute?: number;
}

/** Methods that put a message in a chat (a new one or an edit), which Telegram's limits count. */
const LIMITED_METHODS = new Set(["sendMessage", "sendPhoto", "editMessageText", "editMessageReplyMarkup"]);
/** Methods that send a new message, which the bot's limit counts. */
const NEW_MESSAGE_METHODS = new Set(["sendMessage", "sendPhoto"]);

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
  private limits: Required<TelegramLimits> | undefined;
  /** Callers whose requests are held (holdCalls), and who waits for the first one. */
  private readonly holding = new Map<string, (call: ApiCall) => void>();
  /** Accepted messages (ms) within the last minute: the bot's, and each chat's. */
  private readonly botWindow: number[] = [];
  private readonly chatWindows = new Map<number, number[]>();
  /** How many calls the limits refused with a 429. */
  rateLimited = 0;
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

  /**
   * From now on, a message (sent or edited) past Telegram's limits is refused with 429 and
   * `parameters.retry_after` (whole seconds until it would be accepted), as Telegram does.
   */
  enforceLimits(limits: TelegramLimits = {}): void {
    this.limits = { now: () => Date.now(), perSecond: 30, perChatPerSecond: 1, perGroupPerMinute: 20, ...limits };
  }

  /** A message of the bot's already in a chat (e.g. a "waiting for PIN" message), without an API call; returns its id. */
  addMessage(chatId: number, text: string): number {
    const message: StoredMessage = { message_id: this.nextMessageId++, chat: { id: chatId, type: "private" }, date: Math.floor(Date.now() / 1000), text };
    this.messages.set(`${chatId}:${message.message_id}`, message);
    return message.message_id;
  }

  /**
   * From now on, the requests of the caller whose API root ends in `via` are never answered nor carried
   * out, as requests lost on their way to Telegram (they are not in `calls`). Resolves with the first
   * one held.
   */
  holdCalls(via: string): Promise<ApiCall> {
    return new Promise((resolve) => this.holding.set(via, resolve));
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
    try {
      for await (const chunk of req) chunks.push(chunk as Buffer);
    } catch {
      // The caller gave up midway (an upload whose file failed): Telegram never saw a whole request.
      return;
    }
    const match = /^((?:\/[\w-]+)*)\/bot([^/]+)\/(\w+)$/.exec(req.url ?? "");
    const refuse = (status: number, description: string) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: false, error_code: status, description }));
    };
    if (!match) {
      refuse(404, "Not Found");
      return;
    }
    if (match[2] !== this.token) {
      refuse(401, "Unauthorized");
      return;
    }
    const via = match[1]!;
    const method = match[3]!;
    const body = Buffer.concat(chunks);
    const boundary = /^multipart\/form-data; boundary=(.+)$/.exec(req.headers["content-type"] ?? "")?.[1];
    const { params, files } = boundary
      ? formData(body, boundary)
      : { params: body.length > 0 ? (JSON.parse(body.toString("utf8")) as Record<string, unknown>) : {} };
    const call: ApiCall = { method, params, at: this.limits?.now() ?? Date.now(), via, ...(files ? { files } : {}) };
    const held = this.holding.get(via);
    if (held) {
      held(call);
      return;
    }
    const reply = (status: number, body: unknown) => {
      call.status = status;
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (method !== "getUpdates") {
      this.calls.push(call);
      for (const listener of [...this.listeners]) listener();
    }
    const failure = (method === "getUpdates" ? this.updateFailures.shift() : this.failures.shift()) ?? this.overLimit(method, params, call.at);
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
      const result = await this.answer(method, params, call.files);
      reply(200, { ok: true, result });
    } catch (error) {
      const description = error instanceof Error ? error.message : String(error);
      reply(400, { ok: false, error_code: 400, description });
    }
  }

  /** A 429 when this message would break a limit; otherwise it counts towards them. */
  private overLimit(method: string, params: Record<string, unknown>, now: number): Failure | undefined {
    if (!this.limits || !LIMITED_METHODS.has(method)) return undefined;
    const chatId = Number(params.chat_id);
    const chat = this.chatWindows.get(chatId) ?? [];
    for (const window of [this.botWindow, chat]) while (window.length > 0 && window[0]! <= now - 60_000) window.shift();
    const group = chatId < 0;
    // When each limit frees a slot: the oldest message within its window leaves it.
    const waits = [
      NEW_MESSAGE_METHODS.has(method) ? waitFor(this.botWindow, now, 1000, this.limits.perSecond) : 0,
      group ? waitFor(chat, now, 60_000, this.limits.perGroupPerMinute) : waitFor(chat, now, 1000, this.limits.perChatPerSecond),
    ];
    const waitMs = Math.max(...waits);
    if (waitMs > 0) {
      this.rateLimited++;
      const retryAfter = Math.ceil(waitMs / 1000);
      return { status: 429, description: `Too Many Requests: retry after ${retryAfter}`, retryAfter };
    }
    if (NEW_MESSAGE_METHODS.has(method)) this.botWindow.push(now);
    chat.push(now);
    this.chatWindows.set(chatId, chat);
    return undefined;
  }

  private async answer(method: string, params: Record<string, unknown>, files: Record<string, UploadedFile> = {}): Promise<unknown> {
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
      case "sendPhoto": {
        const chatId = Number(params.chat_id);
        const photo = files.photo?.bytes;
        if (!photo) throw new Error("Bad Request: there is no photo in the request");
        const message: StoredMessage = {
          message_id: this.nextMessageId++,
          chat: { id: chatId, type: "private" },
          date: now,
          photo,
          ...(typeof params.caption === "string" ? { caption: params.caption } : {}),
        };
        this.messages.set(`${chatId}:${message.message_id}`, message);
        const id = `photo-${message.message_id}`;
        return {
          message_id: message.message_id,
          chat: message.chat,
          date: now,
          from: FAKE_BOT,
          ...(message.caption !== undefined ? { caption: message.caption } : {}),
          photo: [{ file_id: id, file_unique_id: id, width: 0, height: 0, file_size: photo.length }],
        };
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
      case "sendDocument": {
        const file = files.document;
        if (!file) throw new Error("Bad Request: there is no document in the request");
        if (file.bytes.length === 0) throw new Error("Bad Request: file must be non-empty");
        const chatId = Number(params.chat_id);
        const id = this.nextMessageId++;
        const message: StoredMessage = {
          message_id: id,
          chat: { id: chatId, type: "private" },
          date: now,
          document: { file_id: `document-${id}`, file_unique_id: `unique-${id}`, file_name: file.filename, file_size: file.bytes.length },
        };
        this.messages.set(`${chatId}:${id}`, message);
        return { ...message, from: FAKE_BOT };
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

/**
 * A multipart/form-data body as grammY writes it: the fields, and the files, each under the parameter
 * whose value attaches it ("attach://<part name>").
 */
function formData(body: Buffer, boundary: string): { params: Record<string, unknown>; files: Record<string, UploadedFile> } {
  const fields: Record<string, string> = {};
  const parts = new Map<string, UploadedFile>();
  const delimiter = Buffer.from(`--${boundary}`);
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    const start = at + delimiter.length + 2; // past the delimiter and its CRLF (or the closing "--")
    const next = body.indexOf(delimiter, start);
    if (next < 0) break;
    const part = body.subarray(start, next - 2); // less the CRLF before the next delimiter
    const headerEnd = part.indexOf("\r\n\r\n");
    const headers = part.subarray(0, headerEnd).toString("utf8");
    const name = /name="([^"]*)"/.exec(headers)?.[1] ?? "";
    const filename = /filename="?([^"\r\n;]*)/.exec(headers)?.[1];
    const content = part.subarray(headerEnd + 4);
    if (filename === undefined) fields[name] = content.toString("utf8");
    else parts.set(name, { filename, bytes: Buffer.from(content) });
    at = next;
  }
  const files: Record<string, UploadedFile> = {};
  for (const [key, value] of Object.entries(fields)) {
    const attached = /^attach:\/\/(.+)$/.exec(value);
    const file = attached ? parts.get(attached[1]!) : undefined;
    if (file) files[key] = file;
  }
  return { params: fields, files };
}

/** How long until fewer than `limit` of `window`'s times (ascending) lie within the last `spanMs`; 0: now. */
function waitFor(window: number[], now: number, spanMs: number, limit: number): number {
  const inSpan = window.filter((at) => at > now - spanMs);
  if (inSpan.length < limit) return 0;
  return inSpan[inSpan.length - limit]! + spanMs - now;
}
