// The managers' commands and buttons, gated in one place: a manager's update reaches the handlers;
// anyone else who sends one of these commands or taps one of these buttons is told they are for
// managers.
import { Composer, type CallbackQueryMiddleware, type CommandMiddleware, type MiddlewareObj } from "grammy";
import { texts } from "../texts/index.js";
import type { CallbackData } from "./callback-data.js";
import type { BotContext } from "./context.js";

export class ManagersOnly implements MiddlewareObj<BotContext> {
  private readonly composer = new Composer<BotContext>();
  private readonly managers = this.composer.filter((ctx) => ctx.staff.role === "MANAGER");
  private readonly others = this.composer.filter((ctx) => ctx.staff.role !== "MANAGER");

  command(command: string, handler: CommandMiddleware<BotContext>): void {
    this.managers.command(command, handler);
    this.others.command(command, (ctx) => ctx.reply(texts.managersOnly));
  }

  callbackQuery(data: Pick<CallbackData<never>, "filter">, handler: CallbackQueryMiddleware<BotContext>): void {
    this.managers.callbackQuery(data.filter(), handler);
    this.others.callbackQuery(data.filter(), (ctx) => ctx.answerCallbackQuery({ text: texts.managersOnly, show_alert: true }));
  }

  middleware() {
    return this.composer.middleware();
  }
}
