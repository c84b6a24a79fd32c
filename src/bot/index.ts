import { Bot } from "grammy";
import type { Config } from "../config/index.js";

export function createBot(config: Config): Bot {
  return new Bot(config.telegram.botToken, { client: { apiRoot: config.telegram.apiRoot } });
}
