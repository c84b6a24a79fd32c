import { describe, expect, it } from "vitest";
import { parseTransactionStatusResult, parseTransactionStatusTimeout } from "../../src/mpesa/transaction-status.js";

const IDS = { OriginatorConversationID: "10571-7910404-1", ConversationID: "AG_20191219_00004e48cf7e3533f581" };

/** A C2B receipt found, as Daraja's ResultURL gets it (the parameters in M-Pesa's own order). */
function found(parameters: unknown, more: Record<string, unknown> = {}) {
  return {
    Result: {
      ResultType: 0,
      ResultCode: 0,
      ResultDesc: "The service request is processed successfully.",
      ...IDS,
      TransactionID: "RKTQDM7W6S",
      ResultParameters: { ResultParameter: parameters },
      ReferenceData: { ReferenceItem: { Key: "Occasion", Value: "receipt check" } },
      ...more,
    },
  };
}

const PARAMETERS = [
  { Key: "DebitPartyName", Value: "254722000000 - John Doe" },
  { Key: "CreditPartyName", Value: "600638 - Cyber Cafe" },
  { Key: "OriginatorConversationID", Value: "10571-7910404-1" },
  { Key: "InitiatedTime", Value: 20261129101500 },
  { Key: "DebitAccountType", Value: "MMF Account For Customer" },
  { Key: "DebitPartyCharges" },
  { Key: "TransactionReason" },
  { Key: "ReasonType", Value: "Pay Bill Online" },
  { Key: "TransactionStatus", Value: "Completed" },
  { Key: "FinalisedTime", Value: 20261129101512 },
  { Key: "Amount", Value: 120 },
  { Key: "ConversationID", Value: "AG_20191219_00004e48cf7e3533f581" },
  { Key: "ReceiptNo", Value: "RKTQDM7W6S" },
];

describe("parseTransactionStatusResult", () => {
  it("reads a receipt M-Pesa found", () => {
    expect(parseTransactionStatusResult(found(PARAMETERS))).toEqual({
      ok: true,
      result: {
        originatorConversationId: "10571-7910404-1",
        conversationId: "AG_20191219_00004e48cf7e3533f581",
        transactionId: "RKTQDM7W6S",
        resultCode: 0,
        resultDesc: "The service request is processed successfully.",
        status: {
          receipt: "RKTQDM7W6S",
          amountKes: 120,
          transactionStatus: "Completed",
          debitParty: { phone: "254722000000", name: "John Doe" },
          creditParty: { shortCode: "600638", name: "Cyber Cafe" },
          // 10:15:12 in Nairobi.
          finalisedAt: new Date("2026-11-29T07:15:12Z"),
          reasonType: "Pay Bill Online",
          transactionReason: null,
        },
      },
    });
  });

  it("takes numbers sent as strings, the body as text, and a single parameter object", () => {
    const asStrings = PARAMETERS.map((item) => ("Value" in item ? { ...item, Value: String(item.Value) } : item));
    const parsed = parseTransactionStatusResult(JSON.stringify(found(asStrings, { ResultCode: "0" })));
    expect(parsed).toMatchObject({ ok: true, result: { resultCode: 0, status: { amountKes: 120, finalisedAt: new Date("2026-11-29T07:15:12Z") } } });

    // One object instead of a list: only the receipt is there, so the rest is missing.
    expect(parseTransactionStatusResult(found({ Key: "ReceiptNo", Value: "RKTQDM7W6S" }))).toEqual({ ok: false, field: "Result.ResultParameters.Amount" });
  });

  it("reads a receipt M-Pesa does not know: a non-zero code, no parameters needed", () => {
    const body = {
      Result: {
        ResultType: 0,
        ResultCode: "R000001",
        ResultDesc: "The transaction receipt number does not exist.",
        ...IDS,
        TransactionID: "QK12ABC345",
      },
    };
    expect(parseTransactionStatusResult(body)).toEqual({
      ok: true,
      result: {
        ...{ originatorConversationId: IDS.OriginatorConversationID, conversationId: IDS.ConversationID },
        transactionId: "QK12ABC345",
        resultCode: "R000001",
        resultDesc: "The transaction receipt number does not exist.",
        status: null,
      },
    });
    expect(parseTransactionStatusResult({ Result: { ...body.Result, ResultCode: 2001, ResultDesc: "The initiator information is invalid." } })).toMatchObject({
      ok: true,
      result: { resultCode: 2001, status: null },
    });
  });

  it("refuses ugly bodies, naming the field", () => {
    expect(parseTransactionStatusResult("not json {")).toEqual({ ok: false, field: "body" });
    expect(parseTransactionStatusResult({ Body: {} })).toEqual({ ok: false, field: "Result" });
    expect(parseTransactionStatusResult(found(PARAMETERS, { OriginatorConversationID: undefined }))).toEqual({
      ok: false,
      field: "Result.OriginatorConversationID",
    });
    expect(parseTransactionStatusResult(found(PARAMETERS, { OriginatorConversationID: "<a href=x>" }))).toEqual({
      ok: false,
      field: "Result.OriginatorConversationID",
    });
    expect(parseTransactionStatusResult(found(PARAMETERS, { ResultCode: { code: 0 } }))).toEqual({ ok: false, field: "Result.ResultCode" });
    expect(parseTransactionStatusResult(found(PARAMETERS, { ResultParameters: undefined }))).toEqual({
      ok: false,
      field: "Result.ResultParameters.ResultParameter",
    });
    const without = (key: string) => PARAMETERS.filter((item) => item.Key !== key);
    expect(parseTransactionStatusResult(found(without("ReceiptNo")))).toEqual({ ok: false, field: "Result.ResultParameters.ReceiptNo" });
    expect(parseTransactionStatusResult(found(without("TransactionStatus")))).toEqual({ ok: false, field: "Result.ResultParameters.TransactionStatus" });
    const garbled = PARAMETERS.map((item) => (item.Key === "ReceiptNo" ? { ...item, Value: "rktq<b>W6S" } : item));
    expect(parseTransactionStatusResult(found(garbled))).toEqual({ ok: false, field: "Result.ResultParameters.ReceiptNo" });
    const fraction = PARAMETERS.map((item) => (item.Key === "Amount" ? { ...item, Value: 12.5 } : item));
    expect(parseTransactionStatusResult(found(fraction))).toEqual({ ok: false, field: "Result.ResultParameters.Amount" });
  });
});

describe("parseTransactionStatusTimeout", () => {
  it("reads the queue timeout, and refuses a body without its ids", () => {
    const body = { Result: { ResultType: 1, ResultCode: "1", ResultDesc: "The service request timed out.", ...IDS } };
    expect(parseTransactionStatusTimeout(JSON.stringify(body))).toEqual({
      ok: true,
      timeout: { originatorConversationId: IDS.OriginatorConversationID, conversationId: IDS.ConversationID, resultDesc: "The service request timed out." },
    });
    expect(parseTransactionStatusTimeout("<html>")).toEqual({ ok: false, field: "body" });
    expect(parseTransactionStatusTimeout({ Result: { ResultCode: 1 } })).toEqual({ ok: false, field: "Result.OriginatorConversationID" });
  });
});
