// The pretend customer: answers each prompt after the delay, and POSTs Daraja's callback to the
// service's own callback URL (once, twice or never, as the number scripts it).
import type { SimulatedPush } from "../../generated/prisma/client.js";
import type { StkCallbackBody } from "../protocol.js";
import { darajaTimestamp } from "../timestamp.js";
import type { Courier } from "./courier.js";
import { answerPush, receiptNumber, type SimulatorDb } from "./state.js";

function callbackBodyFor(push: SimulatedPush, at: Date, receipt: string | null): StkCallbackBody {
  const stkCallback: StkCallbackBody["Body"]["stkCallback"] = {
    MerchantRequestID: push.merchantRequestId,
    CheckoutRequestID: push.checkoutRequestId,
    ResultCode: push.resultCode,
    ResultDesc: push.resultDesc,
  };
  if (receipt !== null) {
    stkCallback.CallbackMetadata = {
      Item: [
        { Name: "Amount", Value: push.amountKes },
        { Name: "MpesaReceiptNumber", Value: receipt },
        { Name: "Balance" },
        { Name: "TransactionDate", Value: Number(darajaTimestamp(at)) },
        { Name: "PhoneNumber", Value: Number(push.msisdn) },
      ],
    };
  }
  return { Body: { stkCallback } };
}

export interface PretendCustomerOptions {
  readonly db: SimulatorDb;
  readonly callbackUrl: string;
  readonly now: () => Date;
  readonly courier: Courier;
}

export class PretendCustomer {
  constructor(private readonly options: PretendCustomerOptions) {}

  scheduleAnswer(push: SimulatedPush, delayMs: number): void {
    this.options.courier.later({ checkoutRequestId: push.checkoutRequestId }, delayMs, () => this.answer(push));
  }

  private async answer(push: SimulatedPush): Promise<void> {
    const { db, now, courier, callbackUrl } = this.options;
    // Once: the answer (and a payment's receipt, which Transaction Status then knows) is recorded
    // before its callback goes, as Safaricom does (a callback lost on the way is not sent again; the
    // query still tells the result).
    const answeredAt = now();
    const receipt = push.resultCode === 0 ? receiptNumber() : null;
    if (!(await answerPush(db, push.checkoutRequestId, answeredAt, receipt))) return;
    const body = callbackBodyFor(push, answeredAt, receipt);
    const copies = push.behaviour === "no_callback" ? 0 : push.behaviour === "duplicate_callback" ? 2 : 1;
    for (let copy = 1; copy <= copies && !courier.isClosed; copy++) {
      await courier.post({ kind: "stk_callback", checkoutRequestId: push.checkoutRequestId, body }, callbackUrl, copy);
    }
  }
}
