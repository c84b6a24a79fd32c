// A manager's Approve / Refuse on a lower amount an operator asked for (src/services/adjustments.ts).
import { Composer } from "grammy";
import type { Services } from "../../services/index.js";
import { texts } from "../../texts/index.js";
import { callbackPattern } from "../../texts/callback-data.js";
import type { BotContext } from "../context.js";
import { replaceWith } from "../views.js";
import { isManager } from "./manager.js";

export function adjustmentHandlers(services: Services): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.callbackQuery(callbackPattern.decideAdjustment, async (ctx) => {
    if (!(await isManager(ctx))) return;
    const approve = ctx.match[1] === "approve";
    const result = await services.adjustments.decideAdjustment(Number(ctx.match[2]), ctx.staff.id, approve);
    if (!result.ok) {
      const text = result.reason === "not_found" ? texts.adjust.notFound : texts.adjust.alreadyDecided(result.approved, result.decidedBy);
      await ctx.answerCallbackQuery({ text });
      // Another manager's answer: this copy of the request says so. A double tap leaves the message as it is.
      if (result.reason === "not_found" || result.decidedById !== ctx.staff.id) await replaceWith(ctx, { text });
      return;
    }
    await ctx.answerCallbackQuery();
    await replaceWith(ctx, { text: result.approved ? texts.adjust.youApproved(result.customerName, result.fromKes, result.toKes) : texts.adjust.youRefused(result.customerName, result.fromKes) });
  });

  return composer;
}
