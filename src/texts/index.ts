// All the bot's sentences, in the language of the person being written to (see ./i18n.ts).
export { catalogue as texts } from "./catalogue.js";
