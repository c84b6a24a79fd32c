// A Transaction Status client for receipt checks: records what it is asked and answers with Daraja's
// ids, or refuses as Daraja would; and the result bodies Daraja POSTs afterwards, stored as MpesaNotice rows.
import type { MpesaNotice } from "../../src/generated/prisma/client.js";
import type { MpesaError } from "../../src/mpesa/errors.js";
import { applyStatusResult, applyStatusTimeout, type ReceiptStatusGateway } from "../../src/services/receipt-checks.js";
import type { Harness } from "./harness.js";

export class FakeReceiptStatus implements ReceiptStatusGateway {
  readonly asked: string[] = [];
  refusal: MpesaError | null = null;

  transactionStatus(receipt: string): Promise<{ conversationId: string; originatorConversationId: string }> {
    this.asked.push(receipt);
    if (this.refusal) return Promise.reject(this.refusal);
    const n = this.asked.length;
    return Promise.resolve({ conversationId: `AG_20261128_0000${n}abc`, originatorConversationId: `29112-3456789-${n}` });
  }

  /** The OriginatorConversationID of the n-th query (1-based). */
  static originator(n: number): string {
    return `29112-3456789-${n}`;
  }
}

interface Found {
  receipt: string;
  amountKes: number;
  shortCode?: string;
  transactionStatus?: string;
  debitParty?: string;
}

/** The result Daraja POSTs to the ResultURL for a receipt it found. */
export function statusFound(originator: string, found: Found) {
  return {
    Result: {
      ResultType: 0,
      ResultCode: 0,
      ResultDesc: "The service request is processed successfully.",
      OriginatorConversationID: originator,
      ConversationID: "AG_20261128_00004e48cf7e3533f581",
      TransactionID: found.receipt,
      ResultParameters: {
        ResultParameter: [
          { Key: "DebitPartyName", Value: found.debitParty ?? "254712345678 - JANE WANJIKU" },
          { Key: "CreditPartyName", Value: `${found.shortCode ?? "174379"} - CYBER CAFE` },
          { Key: "OriginatorConversationID", Value: originator },
          { Key: "InitiatedTime", Value: 20261128101500 },
          { Key: "DebitAccountType", Value: "MMF Account For Customer" },
          { Key: "DebitPartyCharges" },
          { Key: "TransactionReason" },
          { Key: "ReasonType", Value: "Pay Bill Online" },
          { Key: "TransactionStatus", Value: found.transactionStatus ?? "Completed" },
          { Key: "FinalisedTime", Value: 20261128101512 },
          { Key: "Amount", Value: found.amountKes },
          { Key: "ConversationID", Value: "AG_20261128_00004e48cf7e3533f581" },
          { Key: "ReceiptNo", Value: found.receipt },
        ],
      },
      ReferenceData: { ReferenceItem: { Key: "Occasion" } },
    },
  };
}

/** The result for a receipt M-Pesa does not know. */
export function statusNotFound(originator: string, receipt: string) {
  return {
    Result: {
      ResultType: 0,
      ResultCode: "R000001",
      ResultDesc: "The transaction receipt number does not exist.",
      OriginatorConversationID: originator,
      ConversationID: "AG_20261128_00004e48cf7e3533f581",
      TransactionID: receipt,
    },
  };
}

/** The body Daraja POSTs to the QueueTimeOutURL. */
export function statusTimedOut(originator: string) {
  return {
    Result: {
      ResultType: 1,
      ResultCode: 1,
      ResultDesc: "The service request timed out.",
      OriginatorConversationID: originator,
      ConversationID: "AG_20261128_00004e48cf7e3533f581",
    },
  };
}

/**
 * Stores a Transaction Status result (or timeout) as the result routes do, and applies it as the notice
 * applier does, in one transaction; returns the notice as it then stands.
 */
export async function deliverStatus(
  h: Harness,
  kind: "STATUS_RESULT" | "STATUS_TIMEOUT",
  body: { Result: { OriginatorConversationID: string } },
): Promise<MpesaNotice> {
  const notice = await h.db.mpesaNotice.create({
    data: { kind, receivedAt: h.clock.now(), body: JSON.stringify(body), key: body.Result.OriginatorConversationID },
  });
  const applied = await h.db.$transaction(async (tx) => {
    const status = kind === "STATUS_RESULT" ? await applyStatusResult(h.context, tx, notice) : await applyStatusTimeout(h.context, tx, notice);
    return tx.mpesaNotice.update({ where: { id: notice.id }, data: { status, appliedAt: h.clock.now() } });
  });
  h.context.messagesQueued();
  return applied;
}
