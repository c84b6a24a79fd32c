// C2B confirmation and validation bodies as Safaricom sends them (all values strings), and ugly ones.
import { describe, expect, it } from "vitest";
import { parseC2bBody, statusNoticeKey } from "../../src/mpesa/c2b.js";
import { c2bBody } from "../support/daraja-callbacks.js";

const parse = (body: object | string) => parseC2bBody(typeof body === "string" ? body : JSON.stringify(body));

describe("C2B confirmation bodies", () => {
  it("reads a paybill payment: receipt, whole shillings, Nairobi's time, account, masked phone, names joined", () => {
    const parsed = parse(c2bBody({ TransID: "RKTQDM7W6S", TransAmount: "10", BillRefNumber: " s1234 ", FirstName: "John", MiddleName: "", LastName: "Doe" }));
    expect(parsed).toEqual({
      ok: true,
      payment: {
        transactionType: "Pay Bill",
        receipt: "RKTQDM7W6S",
        paidAt: new Date("2026-11-28T06:38:45Z"),
        amountKes: 10,
        shortCode: "600638",
        accountNumber: "s1234",
        payerPhone: "2547 ***** 149",
        payerName: "John Doe",
      },
    });
  });

  it("reads a till payment: no account number, a hashed phone, no names", () => {
    const hash = "a".repeat(64);
    const parsed = parse(
      c2bBody({ TransactionType: "Buy Goods", TransAmount: "120.00", BillRefNumber: "", MSISDN: hash, FirstName: "", MiddleName: "", LastName: "" }),
    );
    expect(parsed).toMatchObject({
      ok: true,
      payment: { transactionType: "Buy Goods", amountKes: 120, accountNumber: null, payerPhone: hash, payerName: null },
    });
  });

  it("takes the simulator's CustomerPayBillOnline and a full MSISDN as sent", () => {
    expect(parse(c2bBody({ TransactionType: "CustomerPayBillOnline", MSISDN: "254712345678" }))).toMatchObject({
      ok: true,
      payment: { transactionType: "CustomerPayBillOnline", payerPhone: "254712345678" },
    });
  });

  it("refuses ugly bodies, naming the field", () => {
    expect(parse("<xml/>")).toMatchObject({ ok: false, error: { problem: "not_json", field: "body" } });
    expect(parse("[1]")).toMatchObject({ ok: false, error: { problem: "not_an_object", field: "body" } });
    const noId: Record<string, string> = c2bBody();
    delete noId.TransID;
    expect(parse(noId)).toMatchObject({ ok: false, error: { problem: "missing", field: "TransID" } });
    expect(parse(c2bBody({ TransID: "QK12 ABC'; --" }))).toMatchObject({ ok: false, error: { problem: "invalid_receipt", field: "TransID" } });
    expect(parse(c2bBody({ TransAmount: "ten" }))).toMatchObject({
      ok: false,
      error: { problem: "invalid_amount", field: "TransAmount", receipt: "RKTQDM7W6S" },
    });
    expect(parse(c2bBody({ TransAmount: "0" }))).toMatchObject({ ok: false, error: { problem: "invalid_amount" } });
    expect(parse(c2bBody({ TransAmount: "-5" }))).toMatchObject({ ok: false, error: { problem: "invalid_amount" } });
    expect(parse(c2bBody({ TransAmount: "10.50" }))).toMatchObject({ ok: false, error: { problem: "not_whole_shillings", field: "TransAmount" } });
    // Money is its receipt and amount: a time or shortcode that cannot be read refuses nothing.
    expect(parse(c2bBody({ TransTime: "20261131063845" }))).toMatchObject({ ok: true, payment: { paidAt: null, amountKes: 10 } });
    expect(parse(c2bBody({ TransTime: "2026-11-28 09:38:45" }))).toMatchObject({ ok: true, payment: { paidAt: null } });
    expect(parse(c2bBody({ BusinessShortCode: "" }))).toMatchObject({ ok: true, payment: { shortCode: null } });
  });
});

describe("Transaction Status notice keys", () => {
  it("reads the OriginatorConversationID of a result, or null", () => {
    expect(statusNoticeKey(JSON.stringify({ Result: { OriginatorConversationID: "5118-111210482-1", ResultCode: 0 } }))).toBe("5118-111210482-1");
    expect(statusNoticeKey(JSON.stringify({ OriginatorConversationID: "5118-1" }))).toBe("5118-1");
    expect(statusNoticeKey("nope")).toBeNull();
  });
});
