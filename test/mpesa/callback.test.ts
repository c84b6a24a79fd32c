import { describe, expect, it } from "vitest";
import { classifyResultCode, normaliseResultCode, parseStkCallback, STK_CALLBACK_ACKNOWLEDGEMENT, type StkCallback } from "../../src/mpesa/callback.js";

const IDS = { MerchantRequestID: "29115-34620561-1", CheckoutRequestID: "ws_CO_191220191020363925" };

function successBody(items: unknown[], resultCode: unknown = 0) {
  return {
    Body: {
      stkCallback: {
        ...IDS,
        ResultCode: resultCode,
        ResultDesc: "The service request is processed successfully.",
        CallbackMetadata: { Item: items },
      },
    },
  };
}

const SAFARICOM_SUCCESS_ITEMS = [
  { Name: "Amount", Value: 1.0 },
  { Name: "MpesaReceiptNumber", Value: "NLJ7RT61SV" },
  { Name: "TransactionDate", Value: 20191219102115 },
  { Name: "PhoneNumber", Value: 254708374149 },
];

function parsed(raw: unknown): StkCallback {
  const result = parseStkCallback(raw);
  if (!result.ok) throw new Error(`expected a callback, got ${JSON.stringify(result.error)}`);
  return result.callback;
}

describe("parseStkCallback: paid", () => {
  it("reads Safaricom's documented success body", () => {
    const callback = parsed(successBody(SAFARICOM_SUCCESS_ITEMS));
    expect(callback).toEqual({
      merchantRequestId: "29115-34620561-1",
      checkoutRequestId: "ws_CO_191220191020363925",
      resultCode: 0,
      resultDesc: "The service request is processed successfully.",
      result: {
        status: "paid",
        payment: {
          amount: 1,
          receiptNumber: "NLJ7RT61SV",
          transactionDate: new Date("2019-12-19T07:21:15Z"),
          phoneNumber: "254708374149",
        },
      },
    });
  });

  it("takes the Balance item without a Value, and finds items by name whatever their order", () => {
    const items = [
      { Name: "PhoneNumber", Value: 254708374149 },
      { Name: "Balance" },
      { Name: "TransactionDate", Value: 20191219102115 },
      { Name: "MpesaReceiptNumber", Value: "NLJ7RT61SV" },
      { Name: "Amount", Value: 250 },
    ];
    const callback = parsed(successBody(items));
    expect(callback.result).toMatchObject({ status: "paid", payment: { amount: 250, receiptNumber: "NLJ7RT61SV", phoneNumber: "254708374149" } });
  });

  it.each([1, 1.0, "1", "1.00"])("reads Amount %j as 1 shilling", (amount) => {
    const items = SAFARICOM_SUCCESS_ITEMS.map((item) => (item.Name === "Amount" ? { Name: "Amount", Value: amount } : item));
    expect(parsed(successBody(items)).result).toMatchObject({ status: "paid", payment: { amount: 1 } });
  });

  it('accepts ResultCode "0" as a string', () => {
    expect(parsed(successBody(SAFARICOM_SUCCESS_ITEMS, "0")).result.status).toBe("paid");
  });

  it("accepts the raw body as text or bytes", () => {
    const text = JSON.stringify(successBody(SAFARICOM_SUCCESS_ITEMS));
    expect(parsed(text).result.status).toBe("paid");
    expect(parsed(Buffer.from(text)).result.status).toBe("paid");
  });

  it("keeps a payment whose date or phone is missing or odd, without them", () => {
    const items = [
      { Name: "Amount", Value: 5 },
      { Name: "MpesaReceiptNumber", Value: "QJK1ABCDEF" },
      { Name: "TransactionDate", Value: "not a date" },
    ];
    expect(parsed(successBody(items)).result).toEqual({
      status: "paid",
      payment: { amount: 5, receiptNumber: "QJK1ABCDEF", transactionDate: undefined, phoneNumber: undefined },
    });
  });
});

describe("parseStkCallback: failures and codes", () => {
  it.each([
    [1032, "cancelled"],
    ["1032", "cancelled"],
    [1037, "unreachable"],
    [2001, "wrong_pin"],
    [1, "insufficient_funds"],
    [1019, "expired"],
    ["SFC_IC0003", "merchant_misconfigured"],
    [2028, "merchant_misconfigured"],
  ])("reads ResultCode %j as failed: %s", (code, reason) => {
    const body = { Body: { stkCallback: { ...IDS, ResultCode: code, ResultDesc: "[STK_CB - ]Request cancelled by user" } } };
    const callback = parsed(body);
    expect(callback.result).toEqual({ status: "failed", reason });
    expect(callback.resultDesc).toBe("[STK_CB - ]Request cancelled by user");
  });

  it("decides on ResultCode, not on ResultDesc", () => {
    const body = { Body: { stkCallback: { ...IDS, ResultCode: 1032, ResultDesc: "The service request is processed successfully." } } };
    expect(parsed(body).result).toEqual({ status: "failed", reason: "cancelled" });
  });

  it("leaves an undocumented code as unknown, for review", () => {
    const body = { Body: { stkCallback: { ...IDS, ResultCode: 7777, ResultDesc: "?" } } };
    const callback = parsed(body);
    expect(callback.resultCode).toBe(7777);
    expect(callback.result).toEqual({ status: "unknown" });
  });

  it("tolerates a failure body without MerchantRequestID or ResultDesc", () => {
    const body = { Body: { stkCallback: { CheckoutRequestID: "ws_CO_1", ResultCode: 1037 } } };
    expect(parsed(body)).toEqual({
      merchantRequestId: "",
      checkoutRequestId: "ws_CO_1",
      resultCode: 1037,
      resultDesc: "",
      result: { status: "failed", reason: "unreachable" },
    });
  });
});

describe("parseStkCallback: malformed bodies", () => {
  it.each([
    ["not JSON", "{not json", "not_json", undefined],
    ["null", null, "not_an_stk_callback", undefined],
    ["an array", [], "not_an_stk_callback", undefined],
    ["no Body", { stkCallback: {} }, "not_an_stk_callback", undefined],
    ["no stkCallback", { Body: {} }, "not_an_stk_callback", undefined],
    ["no CheckoutRequestID", { Body: { stkCallback: { ResultCode: 0 } } }, "missing_checkout_request_id", undefined],
    ["no ResultCode", { Body: { stkCallback: { CheckoutRequestID: "ws_CO_1" } } }, "invalid_result_code", "ws_CO_1"],
    ["an object ResultCode", { Body: { stkCallback: { CheckoutRequestID: "ws_CO_1", ResultCode: {} } } }, "invalid_result_code", "ws_CO_1"],
    ["success without metadata", { Body: { stkCallback: { CheckoutRequestID: "ws_CO_1", ResultCode: 0 } } }, "missing_payment_details", "ws_CO_1"],
  ])("gives a typed error for %s", (_label, raw, problem, checkoutRequestId) => {
    const result = parseStkCallback(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ problem, checkoutRequestId });
  });

  it("refuses a success without Amount or receipt, naming the field", () => {
    const noAmount = parseStkCallback({
      Body: { stkCallback: { ...IDS, ResultCode: 0, CallbackMetadata: { Item: [{ Name: "MpesaReceiptNumber", Value: "X" }] } } },
    });
    expect(noAmount).toEqual({
      ok: false,
      error: { problem: "missing_payment_details", field: "Body.stkCallback.CallbackMetadata.Amount", checkoutRequestId: IDS.CheckoutRequestID },
    });
    const noReceipt = parseStkCallback(successBody([{ Name: "Amount", Value: 1 }]));
    expect(!noReceipt.ok && noReceipt.error.field).toBe("Body.stkCallback.CallbackMetadata.MpesaReceiptNumber");
  });

  it.each([
    "<b>NLJ7RT61SV</b>",
    "[NLJ7RT61SV](https://evil.example/pay)",
    "https://evil.example/x",
    "NLJ7RT61SV\n✅ Paid: KES 100,000",
    "NLJ7RT 61SV",
    "nlj7rt61sv",
    "NLJ7RT61S",
    "NLJ7RT61SVX",
  ])("refuses a paid callback whose receipt is %j: only 10 capital letters and digits reach a message", (receipt) => {
    const items = SAFARICOM_SUCCESS_ITEMS.map((item) => (item.Name === "MpesaReceiptNumber" ? { Name: "MpesaReceiptNumber", Value: receipt } : item));
    expect(parseStkCallback(successBody(items))).toEqual({
      ok: false,
      error: { problem: "invalid_receipt", field: "Body.stkCallback.CallbackMetadata.MpesaReceiptNumber", checkoutRequestId: IDS.CheckoutRequestID },
    });
  });

  it.each([
    "2547O8374149",
    "<a href='https://evil.example'>0712345678</a>",
    "254708374149; see https://evil.example",
    "2547 ***** 149",
    254708374149.5,
    -254708374149,
  ])("keeps a payment whose PhoneNumber is %j without the phone: only digits reach a message", (phone) => {
    const items = SAFARICOM_SUCCESS_ITEMS.map((item) => (item.Name === "PhoneNumber" ? { Name: "PhoneNumber", Value: phone } : item));
    expect(parsed(successBody(items)).result).toMatchObject({ status: "paid", payment: { receiptNumber: "NLJ7RT61SV", phoneNumber: undefined } });
  });

  it("reads a PhoneNumber sent as digits in a string", () => {
    const items = SAFARICOM_SUCCESS_ITEMS.map((item) => (item.Name === "PhoneNumber" ? { Name: "PhoneNumber", Value: " 254708374149 " } : item));
    expect(parsed(successBody(items)).result).toMatchObject({ status: "paid", payment: { phoneNumber: "254708374149" } });
  });

  it.each([1.5, 0, -3, "ten"])("refuses a paid Amount of %j (money is whole shillings)", (amount) => {
    const items = SAFARICOM_SUCCESS_ITEMS.map((item) => (item.Name === "Amount" ? { Name: "Amount", Value: amount } : item));
    const result = parseStkCallback(successBody(items));
    expect(!result.ok && result.error.problem).toBe("invalid_amount");
  });
});

describe("result codes", () => {
  it("normalises numbers and strings", () => {
    expect(normaliseResultCode(0)).toBe(0);
    expect(normaliseResultCode(" 1032 ")).toBe(1032);
    expect(normaliseResultCode("sfc_ic0003")).toBe("SFC_IC0003");
    expect(normaliseResultCode(1.5)).toBeUndefined();
    expect(normaliseResultCode(null)).toBeUndefined();
    expect(normaliseResultCode("")).toBeUndefined();
  });

  it("classifies every documented code", () => {
    expect(classifyResultCode(0)).toEqual({ status: "paid" });
    expect(classifyResultCode(4999)).toEqual({ status: "pending" });
    const failures: Array<[number | string, string]> = [
      [1, "insufficient_funds"],
      [2, "amount_below_minimum"],
      [3, "amount_above_maximum"],
      [4, "daily_limit_reached"],
      [8, "balance_limit_reached"],
      [17, "duplicate_request"],
      [26, "system_busy"],
      [1001, "subscriber_locked"],
      [1019, "expired"],
      [1025, "prompt_not_sent"],
      [9999, "prompt_not_sent"],
      [1031, "cancelled"],
      [1032, "cancelled"],
      [1036, "unreachable"],
      [1037, "unreachable"],
      [2001, "wrong_pin"],
      [2028, "merchant_misconfigured"],
      ["SFC_IC0003", "merchant_misconfigured"],
    ];
    for (const [code, reason] of failures) expect(classifyResultCode(code), String(code)).toEqual({ status: "failed", reason });
    expect(classifyResultCode(5)).toEqual({ status: "unknown" });
  });

  it("acknowledges callbacks as Safaricom expects", () => {
    expect(STK_CALLBACK_ACKNOWLEDGEMENT).toEqual({ ResultCode: 0, ResultDesc: "Accepted" });
  });
});
