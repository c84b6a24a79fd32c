// All the bot's sentences. English only for now; a Swahili catalogue of type Texts is planned, and
// callers will then pick one per person.
export { en as texts, type Texts } from "./en.js";
