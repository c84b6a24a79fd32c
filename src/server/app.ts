// The server's app plugin: the services decorated on the instance, then the routes, one file each.
// A new route is a file in routes/ and a line in ROUTES (or in the Safaricom guard's list, for one Safaricom posts to).
import type { FastifyInstance, FastifyPluginAsync } from "fastify";
import services, { type ServiceDecorations } from "./plugins/services.js";
import health from "./routes/health.js";
import mpesaCallback from "./routes/mpesa-callback.js";
import paymentNotices from "./routes/payment-notices.js";
import telegramWebhook from "./routes/telegram-webhook.js";
import { safaricomGuard } from "./safaricom-guard.js";

/** The routes Safaricom POSTs to sit together behind one guard (secret, allow-list, refusal limit). */
const ROUTES: FastifyPluginAsync[] = [health, safaricomGuard([mpesaCallback, paymentNotices]), telegramWebhook];

export default async function serverApp(app: FastifyInstance, options: ServiceDecorations): Promise<void> {
  await app.register(services, options);
  for (const route of ROUTES) await app.register(route);
}
