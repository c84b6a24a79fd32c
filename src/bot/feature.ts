// A feature of the bot: its commands and buttons (`handlers`) and the conversations they open. Every
// feature's conversations are registered before any feature's handlers, so an open question sees each
// update first (to say it expired, or to take the answer) and any handler can open any conversation.
import type { Middleware } from "grammy";
import type { Config } from "../config/index.js";
import type { Services } from "../services/index.js";
import type { BotContext } from "./context.js";

export interface FeatureDeps {
  services: Services;
  config: Config;
}

export interface Feature {
  conversations?: Middleware<BotContext>[];
  handlers: Middleware<BotContext>;
}

export type FeatureFactory = (deps: FeatureDeps) => Feature;
