// Why a typed name was refused (English); used where a new customer is created and where a name is changed.
import { MAX_NAME_LENGTH, type NameProblem } from "../domain/names.js";

export const nameProblem: Record<NameProblem, string> = {
  missing: "A name is needed here: type it in letters.",
  digits: "A name has no digits: type it in letters.",
  emoji: "A name has no emoji: type it in letters.",
  symbols: "A name has no symbols such as @, # or _: only letters, spaces, apostrophes, dots and hyphens.",
  first_letter: "A name starts with a letter.",
  too_long: `That is too long for a name: ${MAX_NAME_LENGTH} letters at most.`,
};
