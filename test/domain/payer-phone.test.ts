import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { payerFits } from "../../src/domain/payer-phone.js";

describe("the payer's phone as Safaricom sends it", () => {
  it("fits a full number only when equal", () => {
    expect(payerFits("254712345149", "254712345149")).toBe(true);
    expect(payerFits("254712345149", "254712345148")).toBe(false);
  });

  it("fits a masked number by its visible leading and trailing digits and its length", () => {
    expect(payerFits("2547 ***** 149", "254712345149")).toBe(true);
    expect(payerFits("2547 ***** 149", "254799999149")).toBe(true);
    expect(payerFits("2547 ***** 149", "254712345148")).toBe(false);
    expect(payerFits("2547 ***** 149", "254112345149")).toBe(false);
    expect(payerFits("2547 ***** 149", "2547123451490")).toBe(false);
    // Too little shown to say anything.
    expect(payerFits("254 ********* 9", "254712345149")).toBe(false);
  });

  it("fits a hashed number by the SHA-256 of the 2547… number", () => {
    const hash = createHash("sha256").update("254712345149").digest("hex");
    expect(payerFits(hash, "254712345149")).toBe(true);
    expect(payerFits(hash.toUpperCase(), "254712345149")).toBe(true);
    expect(payerFits(hash, "254712345148")).toBe(false);
  });

  it("fits nothing it cannot read", () => {
    expect(payerFits("", "254712345149")).toBe(false);
    expect(payerFits("John", "254712345149")).toBe(false);
  });
});
