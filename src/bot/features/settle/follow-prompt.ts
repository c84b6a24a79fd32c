// A tap that finds a payment's prompt already out (another operator's Send prompt won, or a button on
// an older message) leaves a message saying so; that message follows the prompt: the services write
// the prompt's outcome to it, as to the message of whoever sent it.
import { GrammyError, type Api } from "grammy";
import type { Services } from "../../../services/index.js";
import { markup } from "../../views.js";
import { standingView } from "./views.js";

/**
 * Makes the message at `chatId`/`messageId`, which shows the payment's prompt as out, follow it. When
 * the prompt was answered in between, the message shows the payment as it now stands instead.
 */
export async function followPrompt(api: Api, services: Services, paymentId: number, chatId: number, messageId: number): Promise<void> {
  if (await services.payments.followPrompt(paymentId, chatId, messageId)) return;
  const view = standingView(await services.payments.getPayment(paymentId));
  try {
    await api.editMessageText(chatId, messageId, view.text, markup(view.keyboard));
  } catch (error) {
    if (!(error instanceof GrammyError && /message is not modified/i.test(error.description))) throw error;
  }
}
