import { describe, expect, it } from "vitest";
import { checkName, fullName } from "../../src/domain/names.js";

describe("checkName", () => {
  it.each(["Wanjirũ", "O'Neil", "Jean-Luc", "St. John", "Mũthoni  Kĩmani", "محمد", "Ζωή"])("accepts %s", (typed) => {
    expect(checkName(typed)).toMatchObject({ ok: true });
  });

  it("tidies spaces", () => {
    expect(checkName("  Mary \t Anne ")).toEqual({ ok: true, name: "Mary Anne" });
  });

  it.each([
    ["", "missing"],
    ["   ", "missing"],
    ["Br1an", "digits"],
    ["Brian٣", "digits"],
    ["Brian 👍🏽", "emoji"],
    ["🇰🇪", "emoji"],
    ["Brian_K", "symbols"],
    ["Brian!", "symbols"],
    ["'Brian", "first_letter"],
    ["é".repeat(50), null],
    ["é".repeat(51), "too_long"],
  ] as const)("%j: %s", (typed, problem) => {
    expect(checkName(typed)).toEqual(problem === null ? { ok: true, name: typed } : { ok: false, problem });
  });
});

describe("fullName", () => {
  it("puts the first name before the last", () => {
    expect(fullName({ firstName: "Achieng", lastName: "Odhiambo" })).toBe("Achieng Odhiambo");
  });
});
