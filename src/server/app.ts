// The server's app plugin: the services decorated on the instance, then the routes, one file each.
// A new route is a file in routes/ and a line in ROUTES.
import type { FastifyInstance, FastifyPluginAsync } from "fastify";
import services, { type ServiceDecorations } from "./plugins/services.js";
import health from "./routes/health.js";
import mpesaCallback from "./routes/mpesa-callback.js";
import telegramWebhook from "./routes/telegram-webhook.js";

const ROUTES: FastifyPluginAsync[] = [health, mpesaCallback, telegramWebhook];

export default async function serverApp(app: FastifyInstance, options: ServiceDecorations): Promise<void> {
  await app.register(services, options);
  for (const route of ROUTES) await app.register(route);
}
