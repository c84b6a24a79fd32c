// Why a typed name was refused; used where a new customer is created and where a name is changed.
// Messages `name-problem-*` of the `## general` section of locales/*.ftl.
import { MAX_NAME_LENGTH, type NameProblem } from "../domain/names.js";
import { t } from "./i18n.js";

export const nameProblem: Record<NameProblem, string> = {
  get missing() {
    return t("name-problem-missing");
  },
  get digits() {
    return t("name-problem-digits");
  },
  get emoji() {
    return t("name-problem-emoji");
  },
  get symbols() {
    return t("name-problem-symbols");
  },
  get first_letter() {
    return t("name-problem-first-letter");
  },
  get too_long() {
    return t("name-problem-too-long", { max: MAX_NAME_LENGTH });
  },
};
