// /start and /help for staff: what they can do.
import { Composer } from "grammy";
import { texts } from "../../texts/index.js";
import type { BotContext } from "../context.js";
import type { Feature } from "../feature.js";

export function welcomeFeature(): Feature {
  const composer = new Composer<BotContext>();
  composer.command(["start", "help"], (ctx) => ctx.reply(texts.welcome(ctx.staff.name, ctx.staff.role)));
  return { handlers: composer };
}
