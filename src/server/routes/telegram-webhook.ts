// POST /telegram/webhook, in webhook mode (PUBLIC_URL set). grammY checks the secret header (401 on
// a mismatch); a handler error is logged by the bot's error boundary and the update still answered.
import type { FastifyInstance } from "fastify";
import { webhookCallback } from "grammy";

export const WEBHOOK_PATH = "/telegram/webhook";

export default async function telegramWebhook(app: FastifyInstance): Promise<void> {
  const { publicUrl, webhookSecret } = app.config.telegram;
  if (publicUrl === undefined || webhookSecret === undefined) return;
  // Telegram waits about 10 s for an answer; a slow handler (Daraja can take that long) keeps
  // running while the update is acknowledged, rather than being sent again.
  const handle = webhookCallback(app.bot, "fastify", { secretToken: webhookSecret, onTimeout: "return", timeoutMilliseconds: 8_000 });
  app.post(WEBHOOK_PATH, handle);
}
