import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness, type TestUser } from "../support/harness.js";

const SECRET = "webhook_secret-0123456789";

describe("Telegram webhook", () => {
  let h: Harness;
  const manager: TestUser = { id: 7001, first_name: "Mary", is_bot: false };
  let updateId = 1000;
  const update = (text: string, id = updateId++) => ({
    update_id: id,
    message: {
      message_id: id,
      date: 1795900000,
      chat: { id: manager.id, type: "private", first_name: "Mary" },
      from: manager,
      text,
      entities: [{ type: "bot_command", offset: 0, length: text.split(" ")[0]!.length }],
    },
  });
  const post = (body: unknown, secret: string | null = SECRET) =>
    h.app.inject({
      method: "POST",
      url: "/telegram/webhook",
      payload: body as object,
      headers: secret === null ? {} : { "x-telegram-bot-api-secret-token": secret },
    });

  beforeAll(async () => {
    h = await createHarness({ MPESA_ENVIRONMENT: "simulator", PUBLIC_URL: "https://desk.example.co.ke", TELEGRAM_WEBHOOK_SECRET: SECRET });
    await h.addStaff(manager, "MANAGER");
  });
  afterAll(() => h.close());

  it("answers updates that carry the secret", async () => {
    const response = await post(update("/help"));
    expect(response.statusCode).toBe(200);
    expect(h.sent(manager).at(-1)).toContain("Hello Mary. You are a manager here.");
  });

  it("refuses updates without the right secret, handling nothing", async () => {
    const before = h.telegram.calls.length;
    expect((await post(update("/help"), "wrong")).statusCode).toBe(401);
    expect((await post(update("/help"), null)).statusCode).toBe(401);
    expect(h.telegram.calls.length).toBe(before);
  });

  it("ignores an update id it has already handled", async () => {
    const again = update("/help");
    await post(again);
    const sent = h.sent(manager).length;
    expect((await post(again)).statusCode).toBe(200);
    expect(h.sent(manager).length).toBe(sent);
  });

  it("answers 200 when a handler fails, so Telegram does not send it again and again", async () => {
    h.telegram.failNext(2, { status: 400, description: "Bad Request: chat not found" });
    const response = await post(update("/sessions"));
    expect(response.statusCode).toBe(200);
    const attempts = h.telegram
      .callsOf("sendMessage")
      .slice(-2)
      .map((call) => call.params.text);
    expect(attempts).toEqual([
      "No sessions are running. /new starts one.",
      "Something went wrong on our side. Check /sessions or /unpaid before trying again; if it happens again, tell the manager.",
    ]);
  });
});
