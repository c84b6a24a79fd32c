// Refusals and questions in the operator's words: a refused name says what was wrong with it, and
// /pay's balance question says plainly what to type.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { texts } from "../../src/texts/index.js";
import { createHarness, type Harness, type TestUser } from "../support/harness.js";

describe("answers the operator types", () => {
  let h: Harness;
  let operator: TestUser;

  beforeEach(async () => {
    h = await createHarness();
    operator = h.user(5001, "Achieng");
    await h.addStaff(operator, "OPERATOR");
  });
  afterEach(() => h.close());

  it("a refused name says what was wrong: digits, emoji, symbols, the first character, the length", async () => {
    await h.send(operator, "/new");
    await h.send(operator, "Brian");
    await h.press(operator, texts.customer.createButton);
    const refusals: [string, string][] = [
      ["Br1an", "A name has no digits: type it in letters."],
      ["Brian 😀", "A name has no emoji: type it in letters."],
      ["Brian@home", "A name has no symbols such as @, # or _: only letters, spaces, apostrophes, dots and hyphens."],
      ["-Brian", "A name starts with a letter."],
      ["B".repeat(51), "That is too long for a name: 50 letters at most."],
      ["/skip", "A name is needed here: type it in letters."],
    ];
    for (const [typed, refusal] of refusals) {
      await h.send(operator, typed);
      expect(h.latest(operator).text, typed).toBe(refusal);
    }
    await h.send(operator, "  Brían  O'Neil-Kip ");
    expect(h.latest(operator).text).toBe("Last name?");
    await h.send(operator, "Kiprono");
    expect(h.latest(operator).text).toBe("Their M-Pesa phone number? (or /skip)");
    expect(await h.db.customer.count()).toBe(0);
  });

  it("a refused new name in /customers says what was wrong, and that /skip keeps the name", async () => {
    await h.db.customer.create({ data: { firstName: "Jane", lastName: "Wanjiru", phone: "254712345678", searchKey: "jane wanjiru" } });
    await h.send(operator, "/customers jane");
    await h.press(operator, /^Jane Wanjiru/);
    await h.press(operator, texts.customers.changeNameButton);
    await h.send(operator, "J4ne");
    expect(h.latest(operator).text).toBe("A name has no digits: type it in letters. Or /skip to keep it.");
  });

  it("/pay asks for the balance in plain words, with an example", async () => {
    await h.db.customer.create({ data: { firstName: "Jane", lastName: "Wanjiru", phone: "254712345678", searchKey: "jane wanjiru" } });
    await h.send(operator, "/pay");
    await h.send(operator, "jane");
    await h.press(operator, /^Jane Wanjiru/);
    await h.send(operator, "300");
    expect(h.latest(operator).text).toBe(
      "Will Jane Wanjiru still owe anything after paying KES 300? Type what is left to pay, in KES: for example 200 if the bill was KES 500. Type 0 (or /skip) if nothing is left.",
    );
  });
});
