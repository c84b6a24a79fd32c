import { describe, expect, it } from "vitest";
import { billReference, parseBillReference } from "../../src/domain/bill-reference.js";

describe("bill references", () => {
  it("names a session's charge by the session and any other payment by itself", () => {
    expect(billReference({ id: 40, sessionId: 1234 })).toBe("S1234");
    expect(billReference({ id: 567, sessionId: null })).toBe("P567");
  });

  it("reads what customers type into the M-Pesa menu's account number", () => {
    for (const typed of ["S1234", "s1234", " S 1234 ", "S-1234", "#S1234", "S01234"]) {
      expect(parseBillReference(typed), typed).toEqual({ kind: "session", sessionId: 1234 });
    }
    expect(parseBillReference("p567")).toEqual({ kind: "payment", paymentId: 567 });
  });

  it("names no bill for a name, a phone number, digits alone or nothing", () => {
    for (const typed of ["", "1234", "0712345678", "Jane", "S", "S0", "X1234", "S12a", "Session 12", "S1234567890"]) {
      expect(parseBillReference(typed), typed).toBeNull();
    }
  });
});
