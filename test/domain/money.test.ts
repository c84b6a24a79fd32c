import { describe, expect, it } from "vitest";
import { MAX_PAYMENT_KES, parseKesInput } from "../../src/domain/money.js";

describe("parseKesInput", () => {
  it.each([
    ["150", 150],
    [" 250 ", 250],
    ["1,500", 1500],
    ["1 500", 1500],
    ["KES 1500", 1500],
    ["kes1500", 1500],
    ["Ksh. 1,500", 1500],
    ["Kshs 100", 100],
    ["KShs. 250/=", 250],
    ["1500/-", 1500],
    ["1,500/=", 1500],
    [String(MAX_PAYMENT_KES), MAX_PAYMENT_KES],
  ])("reads %j as %i", (text, amount) => {
    expect(parseKesInput(text)).toBe(amount);
  });

  it.each(["", "0", "12.50", "-5", "five", "150 bob", String(MAX_PAYMENT_KES + 1), "1000000"])("refuses %j", (text) => {
    expect(parseKesInput(text)).toBeNull();
  });

  it.each([
    ["0", { allowZero: true }, 0],
    ["0", { allowZero: false }, null],
    ["400", { max: 400 }, 400],
    ["401", { max: 400 }, null],
  ] as const)("reads %j with %j as %j", (text, options, amount) => {
    expect(parseKesInput(text, options)).toBe(amount);
  });
});
