// What a staff member reads choosing the language they read the bot in (/language); section `language`.
import { t } from "./i18n.js";

export const languageTexts = {
  /** The language's own name for itself, on its button. */
  get name() {
    return t("language-name");
  },
  get command() {
    return t("language-command");
  },
  get ask() {
    return t("language-ask");
  },
  get chosen() {
    return t("language-chosen");
  },
};
