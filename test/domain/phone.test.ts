import { describe, expect, it } from "vitest";
import { formatPhoneForPeople, isMsisdn, maskMsisdn, normalisePhone, NON_SAFARICOM_PREFIXES } from "../../src/domain/phone.js";

function msisdnOf(input: string): string | undefined {
  const result = normalisePhone(input);
  return result.ok ? result.msisdn : undefined;
}

function problemOf(input: string) {
  const result = normalisePhone(input);
  return result.ok ? `accepted as ${result.msisdn}` : result.problem;
}

describe("normalisePhone", () => {
  it.each([
    ["0712 345 678", "254712345678"],
    ["0712345678", "254712345678"],
    ["+254712345678", "254712345678"],
    ["+254 712 345 678", "254712345678"],
    ["254712345678", "254712345678"],
    ["712345678", "254712345678"],
    ["0712-345-678", "254712345678"],
    ["(0712) 345.678", "254712345678"],
    ["+254 (0) 712 345 678", "254712345678"],
    ["00254712345678", "254712345678"],
    ["  0712 345 678  ", "254712345678"],
    ["0712\u00a0345\u00a0678", "254712345678"],
    ["\u202a+254 712 345 678\u202c", "254712345678"],
    ["０７１２３４５６７８", "254712345678"],
  ])("reads %j as %s", (typed, expected) => {
    expect(msisdnOf(typed)).toBe(expected);
  });

  it.each([
    ["0110 123 456", "254110123456"],
    ["0111 123 456", "254111123456"],
    ["0112123456", "254112123456"],
    ["0113123456", "254113123456"],
    ["0114123456", "254114123456"],
    ["+254115123456", "254115123456"],
    ["254110123456", "254110123456"],
    ["110123456", "254110123456"],
  ])("accepts Safaricom's 01 range: %j", (typed, expected) => {
    expect(msisdnOf(typed)).toBe(expected);
  });

  it("accepts every Safaricom 07xx range", () => {
    const safaricom07 = [
      ...Array.from({ length: 30 }, (_, i) => `07${String(i).padStart(2, "0")}`), // 0700-0729
      "0740",
      "0741",
      "0742",
      "0743",
      "0745",
      "0746",
      "0748",
      "0757",
      "0758",
      "0759",
      "0768",
      "0769",
      ...Array.from({ length: 10 }, (_, i) => `079${i}`),
    ];
    for (const prefix of safaricom07) {
      expect(msisdnOf(`${prefix}123456`), prefix).toBe(`254${prefix.slice(1)}123456`);
    }
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["\u200e", "empty"],
    ["hello", "not_a_phone_number"],
    ["0712abc678", "not_a_phone_number"],
    ["0712345678 ext 5", "not_a_phone_number"],
    ["0712#345678", "not_a_phone_number"],
    ["0712 345 67", "too_short"],
    ["0712345", "too_short"],
    ["2547123456", "too_short"],
    ["12", "too_short"],
    ["07123456789", "too_long"],
    ["+2547123456789", "too_long"],
    ["+255712345678", "not_kenyan"],
    ["+1 202 555 0100", "not_kenyan"],
    ["020 2345678", "not_mobile"],
    ["0800 720 000", "not_mobile"],
  ])("refuses %j: %s", (typed, problem) => {
    expect(problemOf(typed)).toBe(problem);
  });

  it.each([
    ["0733 123 456", "airtel"],
    ["0750123456", "airtel"],
    ["0756123456", "airtel"],
    ["+254787123456", "airtel"],
    ["0100 123 456", "airtel"],
    ["0102123456", "airtel"],
    ["0772 123 456", "telkom"],
  ])("refuses %j as not Safaricom (%s)", (typed, network) => {
    expect(normalisePhone(typed)).toEqual({ ok: false, problem: "not_safaricom", network });
  });

  it("keeps the non-Safaricom table clear of Safaricom's ranges", () => {
    const prefixes = NON_SAFARICOM_PREFIXES.flatMap((row) => row.prefixes);
    for (const safaricom of ["0110", "0111", "0112", "0113", "0114", "0115", "0757", "0758", "0759", "0700", "0729", "0790"]) {
      expect(
        prefixes.some((prefix) => safaricom.startsWith(prefix) || prefix.startsWith(safaricom)),
        safaricom,
      ).toBe(false);
    }
  });

  it("lets the Safaricom check be switched off (for a number ported to Safaricom)", () => {
    expect(normalisePhone("0733 123 456", { nonSafaricomPrefixes: [] })).toEqual({ ok: true, msisdn: "254733123456" });
  });

  it("is idempotent on its own output", () => {
    const first = msisdnOf("0712 345 678")!;
    expect(msisdnOf(first)).toBe(first);
  });
});

describe("formatting", () => {
  it("writes numbers the way people read them", () => {
    expect(formatPhoneForPeople("254712345678")).toBe("0712 345 678");
    expect(formatPhoneForPeople("254110123456")).toBe("0110 123 456");
    expect(formatPhoneForPeople("not a number")).toBe("not a number");
  });

  it("masks numbers for logs", () => {
    expect(maskMsisdn("254712345678")).toBe("2547******78");
    expect(maskMsisdn("123")).toBe("***");
  });

  it("recognises Daraja's form", () => {
    expect(isMsisdn("254712345678")).toBe(true);
    expect(isMsisdn("254112345678")).toBe(true);
    expect(isMsisdn("0712345678")).toBe(false);
    expect(isMsisdn("254212345678")).toBe(false);
  });
});
