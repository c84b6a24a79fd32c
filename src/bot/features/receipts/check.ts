// Running one receipt check from the bot: the message shows "checking", then the outcome; when M-Pesa
// is being asked, its answer later edits the same message (src/services/receipt-checks.ts).
import type { Api } from "grammy";
import type { Services } from "../../../services/index.js";
import { texts } from "../../../texts/index.js";

export interface CheckShown {
  receipt: string;
  paymentId: number;
  staffId: number;
  /** The message that shows "checking" and then the answer. */
  chatId: number;
  messageId: number;
}

/** Checks the receipt for the bill and shows the outcome in the message; true when the bill is now settled. */
export async function showCheck(api: Api, services: Services, check: CheckShown): Promise<boolean> {
  const outcome = await services.receiptChecks.checkReceipt(check);
  await api.editMessageText(check.chatId, check.messageId, texts.receipts.outcome(outcome), { link_preview_options: { is_disabled: true } });
  return outcome.kind === "settled";
}
