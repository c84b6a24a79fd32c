// All the bot's sentences. English only for now; Kiswahili is planned, and callers will then pick
// the language of the person they write to.
export { en as texts } from "./en.js";
