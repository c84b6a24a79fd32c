// The buttons under a payment still owed: Send prompt, Another number, Cash, Later, Lower the amount, Check a
// receipt (../receipts). Each press
// re-reads the payment, so a button on an old message cannot pay twice. A press on a payment already
// settled or waiting for a PIN (a double tap, another copy of the question) is answered with a toast:
// the message that says what was done keeps its text.
import { Composer } from "grammy";
import { isMsisdn } from "../../../domain/phone.js";
import { settleRefusal, type SettleRefusal } from "../../../services/payments.js";
import { texts } from "../../../texts/index.js";
import type { BotContext } from "../../context.js";
import type { FeatureDeps, Feature } from "../../feature.js";
import { markup, replaceWith, simulatedIf, type View } from "../../views.js";
import { checkReceipt } from "../receipts/conversation.js";
import { followPrompt } from "./follow-prompt.js";
import { decideAdjustmentHandlers, lowerAmount, lowerAmountConversation } from "./lower-amount.js";
import { otherNumber, otherNumberConversation } from "./other-number.js";
import { cashView, openPayment, payFromMenuView, promptFailureView, questionView, refusalView, settle } from "./views.js";

export function settleFeature({ services, config }: FeatureDeps): Feature {
  const composer = new Composer<BotContext>();

  composer.callbackQuery(settle.filter(), async (ctx) => {
    const { action, paymentId } = settle.unpack(ctx.callbackQuery.data);
    const chatId = ctx.chatId ?? ctx.from.id;
    // The answer replaces the question; a message that can no longer be edited gets a new one.
    const show = async (view: View): Promise<number> => {
      const message = ctx.callbackQuery.message;
      if (message) {
        const edited = await replaceWith(ctx, view).then(
          () => true,
          () => false,
        );
        if (edited) return message.message_id;
      }
      return (await ctx.reply(view.text, markup(view.keyboard))).message_id;
    };
    // A refusal that shows the prompt out (another tap sent it) follows it: it will show its outcome.
    const showRefusal = async (refusal: SettleRefusal): Promise<void> => {
      const messageId = await show(refusalView(refusal));
      if (refusal.reason === "prompt_pending") await followPrompt(ctx.api, services, paymentId, chatId, messageId);
    };

    // A tap on a payment settled, or whose prompt this very message shows (a double tap): a toast, and
    // the message keeps its text. On another message (an older copy of the question) while the prompt
    // is out, the message says so and follows the prompt, to show its outcome when it comes.
    const refuse = async (refusal: SettleRefusal) => {
      const tapped = ctx.callbackQuery.message;
      if (refusal.reason === "prompt_pending" && tapped && !(await services.payments.showsPrompt(paymentId, chatId, tapped.message_id))) {
        await ctx.answerCallbackQuery();
        return showRefusal(refusal);
      }
      const toast =
        refusal.reason === "prompt_pending"
          ? texts.settle.promptPending
          : refusal.reason === "approval_pending"
            ? texts.settle.approvalPending
            : refusalView(refusal).text;
      await ctx.answerCallbackQuery({ text: toast });
    };

    const payment = await services.payments.getPayment(paymentId);
    if (!payment) return refuse({ ok: false, reason: "not_found" });
    // Every button waits while a lower amount waits for a manager: which amount is owed is not decided.
    const refusal = settleRefusal(payment);
    if (refusal) return refuse(refusal);

    switch (action) {
      case "send": {
        // The number last prompted (another number the operator chose), else the customer's own.
        const phone = payment.phone ?? payment.customerPhone;
        if (!phone || !isMsisdn(phone)) {
          await ctx.answerCallbackQuery({ text: texts.settle.noPhone, show_alert: true });
          return;
        }
        await ctx.answerCallbackQuery();
        const simulated = services.payments.promptsSimulated();
        const messageId = await show(simulatedIf(simulated, { text: texts.settle.waiting(phone, payment.amountKes, payment.customerName) }));
        const result = await services.payments.requestMpesaPayment({
          paymentId,
          phone,
          staffId: ctx.staff.id,
          chatId,
          messageId,
        });
        if (!result.ok && result.reason === "prompt_pending") {
          await showRefusal(result);
          return;
        }
        const failure = promptFailureView(result, paymentId);
        if (failure) {
          const { text, keyboard } = simulatedIf(simulated, failure);
          await ctx.api.editMessageText(chatId, messageId, text, keyboard ? { reply_markup: keyboard } : {});
        }
        return;
      }
      case "other":
        await ctx.answerCallbackQuery();
        await otherNumber.enter(ctx, paymentId, ctx.staff.id);
        return;
      case "cash": {
        const result = await services.payments.takeCash(paymentId, ctx.staff.id);
        if (!result.ok) return refuse(result);
        await ctx.answerCallbackQuery();
        await show(cashView(result.payment));
        return;
      }
      case "lower":
        await ctx.answerCallbackQuery();
        await lowerAmount.enter(ctx, paymentId, ctx.staff.id);
        return;
      case "receipt":
        await ctx.answerCallbackQuery();
        await checkReceipt.enter(ctx, paymentId, ctx.staff.id);
        return;
      case "later":
        await ctx.answerCallbackQuery();
        await show({ text: texts.settle.later(payment.amountKes, payment.customerName) });
        return;
      case "menu": {
        await ctx.answerCallbackQuery();
        const messageId = await show(simulatedIf(services.payments.promptsSimulated(), payFromMenuView(payment, config.mpesa.c2b)));
        // The money's arrival edits the prompt's messages: this one is made one of them if it is not.
        await services.payments.followForMenuPayment(paymentId, chatId, messageId);
        return;
      }
    }
  });

  // From /unpaid: the same question as under an ended session, for this payment.
  composer.callbackQuery(openPayment.filter(), async (ctx) => {
    const payment = await services.payments.getPayment(openPayment.unpack(ctx.callbackQuery.data).paymentId);
    await ctx.answerCallbackQuery();
    if (!payment) return ctx.reply(texts.settle.notFound);
    const refusal = settleRefusal(payment);
    if (refusal) {
      const sent = await ctx.reply(refusalView(refusal).text);
      if (refusal.reason === "prompt_pending") await followPrompt(ctx.api, services, payment.id, sent.chat.id, sent.message_id);
      return;
    }
    const { text, keyboard } = questionView(payment);
    return ctx.reply(text, markup(keyboard));
  });

  composer.use(decideAdjustmentHandlers(services));

  return {
    conversations: [otherNumber.install(otherNumberConversation(services)), lowerAmount.install(lowerAmountConversation(services))],
    handlers: composer,
  };
}
