import { describe, expect, it } from "vitest";
import { findReceipt, receiptMessage } from "../../src/domain/receipt-text.js";

describe("findReceipt", () => {
  it("takes the bare code, typed in any case", () => {
    expect(findReceipt("QK12ABC345")).toEqual({ receipt: "QK12ABC345", amountKes: null, account: null });
    expect(findReceipt("  qk12abc345 ")).toEqual({ receipt: "QK12ABC345", amountKes: null, account: null });
    expect(findReceipt("receipt: QK12ABC345.")).toMatchObject({ receipt: "QK12ABC345" });
  });

  it("reads a forwarded paybill SMS: the receipt, the amount and the account", () => {
    const sms =
      "QK12ABC345 Confirmed. Ksh120.00 sent to CYBER CAFE for account S12 on 29/11/26 at 10:15 AM New M-PESA balance is Ksh1,230.00. Transaction cost, Ksh0.00.";
    expect(findReceipt(sms)).toEqual({ receipt: "QK12ABC345", amountKes: 120, account: "S12" });
  });

  it("reads a forwarded Buy Goods SMS, with a thousands separator", () => {
    const sms =
      "RKTQDM7W6S Confirmed. Ksh1,500.00 paid to CYBER CAFE. on 29/11/26 at 10:15 AM.New M-PESA balance is Ksh230.00. Transaction cost, Ksh0.00. Amount you can transact within the day is 498,500.00.";
    expect(findReceipt(sms)).toEqual({ receipt: "RKTQDM7W6S", amountKes: 1500, account: null });
  });

  it("takes a receipt of capital letters alone, as M-Pesa writes it (about one in twenty has no digit)", () => {
    expect(findReceipt("EIEUKGJIMY Confirmed. Ksh120.00 sent to CYBER CAFE for account S12 on 28/11/26 at 9:15 AM")).toEqual({
      receipt: "EIEUKGJIMY",
      amountKes: 120,
      account: "S12",
    });
  });

  it("prefers a code of letters and digits to a word of capitals before it", () => {
    expect(findReceipt("JACQUELINE QK12ABC345")).toMatchObject({ receipt: "QK12ABC345" });
  });

  it("outside a question, takes a message for a receipt only when it is the code alone or an M-Pesa SMS", () => {
    expect(receiptMessage(" qk12abc345 ")).toMatchObject({ receipt: "QK12ABC345" });
    expect(receiptMessage("QK12ABC345 Confirmed. Ksh120.00 sent to CYBER CAFE for account S12 on 28/11/26")).toMatchObject({
      receipt: "QK12ABC345",
      account: "S12",
    });
    for (const text of ["WASHINGTON", "K7B2ABC1D9 is the plate", "Call JACQUELINE", "QK12ABC345 please"]) expect(receiptMessage(text), text).toBeNull();
  });

  it("finds none in texts without a receipt", () => {
    for (const text of [
      "",
      "hello",
      "PC4",
      "0712345678",
      "254712345678",
      "everything",
      "Everything",
      "Ksh120.00 sent to CYBER CAFE for account S12",
      "QK12ABC3456",
      "QK12-ABC345",
    ]) {
      expect(findReceipt(text), text).toBeNull();
    }
  });

  it("leaves an amount with cents unstated", () => {
    expect(findReceipt("QK12ABC345 Confirmed. Ksh120.50 paid to CYBER CAFE.")).toMatchObject({ amountKes: null });
  });
});
