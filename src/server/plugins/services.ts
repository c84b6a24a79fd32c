// What the routes use, decorated on the instance: settings, database, services and the bot. Wrapped
// with fastify-plugin so that the decorations reach the routes registered beside it.
import type { FastifyInstance } from "fastify";
import fastifyPlugin from "fastify-plugin";
import type { Bot } from "grammy";
import type { BotContext } from "../../bot/context.js";
import type { Config } from "../../config/index.js";
import type { Db } from "../../db/client.js";
import type { Services } from "../../services/index.js";

declare module "fastify" {
  interface FastifyInstance {
    config: Config;
    db: Db;
    services: Services;
    bot: Bot<BotContext>;
  }
}

export type ServiceDecorations = Pick<FastifyInstance, "config" | "db" | "services" | "bot">;

export default fastifyPlugin<ServiceDecorations>(
  async (app, { config, db, services, bot }) => {
    app.decorate("config", config);
    app.decorate("db", db);
    app.decorate("services", services);
    app.decorate("bot", bot);
  },
  { name: "services" },
);
