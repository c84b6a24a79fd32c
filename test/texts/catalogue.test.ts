// Every text of the catalogue is read when a message is written, in the language of the moment: a text
// kept as a plain string would have been read once, in one language, when the module loaded.
import { describe, expect, it } from "vitest";
import { inLocale } from "../../src/texts/i18n.js";
import { texts } from "../../src/texts/index.js";

/** Not words: icons, and names said the same in every language. */
const SAME_IN_EVERY_LANGUAGE = /^texts\.(stateIcon\.\w+|mpesa\.networkName\.\w+|reports\.chart\.(mpesa|cash))$/;

/** The paths of the plain strings under `node`, and of the getters whose text is the same in both languages. */
function frozenTexts(node: object, path: string, found: string[]): string[] {
  for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(node))) {
    const at = `${path}.${key}`;
    if (descriptor.get) {
      const [english, swahili] = [inLocale("en", () => descriptor.get!.call(node) as unknown), inLocale("sw", () => descriptor.get!.call(node) as unknown)];
      if (typeof english === "string" && english === swahili) found.push(at);
      if (english !== null && typeof english === "object") frozenTexts(english, at, found);
    } else if (typeof descriptor.value === "string") {
      found.push(at);
    } else if (descriptor.value !== null && typeof descriptor.value === "object") {
      frozenTexts(descriptor.value as object, at, found);
    }
  }
  return found;
}

describe("the catalogue", () => {
  it("holds no text read ahead: every one is written in the language it is asked in", () => {
    expect(frozenTexts(texts, "texts", []).filter((path) => !SAME_IN_EVERY_LANGUAGE.test(path))).toEqual([]);
  });
});
