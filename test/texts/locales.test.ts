// Every language has every message, with the same variables, and says it in its own words.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, Visitor, type Message, type TextElement, type VariableReference } from "@fluent/syntax";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/domain/locale.js";
import { englishWordsIn } from "../support/english-words.js";

const root = join(import.meta.dirname, "../..");

function messagesOf(locale: string): Map<string, Message> {
  const resource = parse(readFileSync(join(root, "locales", `${locale}.ftl`), "utf8"), {});
  const junk = resource.body.filter((entry) => entry.type === "Junk");
  expect(
    junk.map((entry) => ("content" in entry ? entry.content : "")),
    `${locale}.ftl has lines Fluent cannot read`,
  ).toEqual([]);
  return new Map(resource.body.filter((entry): entry is Message => entry.type === "Message").map((message) => [message.id.name, message]));
}

class Variables extends Visitor {
  readonly names = new Set<string>();
  override visitVariableReference(node: VariableReference): void {
    this.names.add(node.id.name);
  }
}

function variablesOf(message: Message): string[] {
  const visitor = new Variables();
  visitor.visit(message);
  return [...visitor.names].sort();
}

class Words extends Visitor {
  readonly parts: string[] = [];
  override visitTextElement(node: TextElement): void {
    this.parts.push(node.value);
  }
}

/**
 * The words a message writes itself (what fills its variables aside), less those that are English in
 * every language: settings' names (MPESA_SHORTCODE_TYPE), commands run on the server, and the labels of
 * M-Pesa's own menu, which the customer's phone shows in English.
 */
function ownWordsOf(message: Message): string {
  const visitor = new Words();
  visitor.visit(message);
  return visitor.parts
    .join(" ")
    .replace(/\b[A-Z0-9]+(?:_[A-Z0-9]+)+\b/g, " ")
    .replace(/npm run [\w:-]+/g, " ")
    .replace(/Pay Bill|Buy Goods and Services/g, " ");
}

/** What a message says, whitespace aside. */
function wordsOf(message: Message): string {
  return JSON.stringify(message.value ?? message.attributes, (key, value: unknown) => (key === "span" ? undefined : value)).replace(/\s+/g, " ");
}

/** The same words in both languages on purpose: names of things people say in English, and numbers. */
const SAME_IN_EVERY_LANGUAGE = new Set(["method-cash", "method-mpesa", "report-chart-cash", "customer-label-id-number"]);

const english = messagesOf("en");

describe.each(LOCALES.filter((locale) => locale !== "en"))("locales/%s.ftl", (locale) => {
  const translated = messagesOf(locale);

  it("has every English message and no other", () => {
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("uses the same variables as the English message", () => {
    const differing = [...english].filter(([id, message]) => {
      const other = translated.get(id);
      return other !== undefined && variablesOf(other).join() !== variablesOf(message).join();
    });
    expect(differing.map(([id]) => id)).toEqual([]);
  });

  it("leaves no English word in its own words (a whole sentence or a word forgotten)", () => {
    const english = [...translated].flatMap(([id, message]) => {
      const words = englishWordsIn(ownWordsOf(message));
      return words.length > 0 ? [`${id}: ${words.join(", ")}`] : [];
    });
    expect(english).toEqual([]);
  });

  it("says every message in its own words", () => {
    const copied = [...english].filter(([id, message]) => !SAME_IN_EVERY_LANGUAGE.has(id) && wordsOf(message) === wordsOf(translated.get(id) ?? message));
    expect(copied.map(([id]) => id)).toEqual([]);
  });
});

describe("message ids in the code", () => {
  const sources = readdirSync(join(root, "src/texts"))
    .filter((file) => file.endsWith(".ts"))
    .map((file) => readFileSync(join(root, "src/texts", file), "utf8"))
    .join("\n");
  const used = new Set([...sources.matchAll(/\bt\("([\w-]+)"/g)].map(([, id]) => id as string));

  it("are all in the English locale", () => {
    expect([...used].filter((id) => !english.has(id))).toEqual([]);
  });

  it("cover every English message: none is left unused", () => {
    expect([...english.keys()].filter((id) => !used.has(id))).toEqual([]);
  });
});
