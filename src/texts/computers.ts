// What managers read in /computers, and how lists of computers are written everywhere. Renders the
// messages of the `computers` section of locales/*.ftl in the language of the moment.
import {
  COMPUTER_NAME_MAX_LENGTH,
  GROUP_NAME_MAX_LENGTH,
  MAX_COMPUTERS_AT_ONCE,
  nameRuns,
  type ComputerNameProblem,
  type ComputerNamesProblem,
} from "../domain/computers.js";
import { t } from "./i18n.js";

/** PC-1, PC-2, PC-3, PC-7, PC-8 → "PC-1–PC-3, PC-7, PC-8". */
export function computerList(names: readonly string[]): string {
  return nameRuns(names)
    .map(({ first, last, count }) => (count === 1 ? first : count === 2 ? `${first}, ${last}` : `${first}–${last}`))
    .join(", ");
}

const nameProblem = {
  get empty() {
    return t("computers-name-empty");
  },
  get too_long() {
    return t("computers-name-too-long", { max: COMPUTER_NAME_MAX_LENGTH });
  },
  get bad_characters() {
    return t("computers-name-bad-characters");
  },
} satisfies Record<ComputerNameProblem, string>;

export const computerTexts = {
  nameProblem,
  namesProblem: {
    get empty() {
      return t("computers-names-empty");
    },
    get too_long() {
      return nameProblem.too_long;
    },
    get bad_characters() {
      return nameProblem.bad_characters;
    },
    get bad_range() {
      return t("computers-names-bad-range");
    },
    get too_many() {
      return t("computers-names-too-many", { max: MAX_COMPUTERS_AT_ONCE });
    },
  } satisfies Record<ComputerNamesProblem, string>,
  groupNameProblem: {
    get empty() {
      return t("computers-group-name-empty");
    },
    get too_long() {
      return t("computers-group-name-too-long", { max: GROUP_NAME_MAX_LENGTH });
    },
    get bad_characters() {
      return t("computers-group-name-bad-characters");
    },
  } satisfies Record<ComputerNameProblem, string>,

  header: (count: number) => (count === 0 ? t("computers-none") : t("computers-header", { count })),
  /** `group` null: the computers in no group. */
  groupLine: (group: string | null, names: readonly string[]) => `• ${group ? `${group} (${names.length}): ` : ""}${computerList(names)}`,
  outOfOrderLine: (names: readonly string[]) => t("computers-out-of-order-line", { computers: computerList(names) }),
  retiredLine: (names: readonly string[]) => t("computers-retired-line", { computers: computerList(names) }),
  get tapHint() {
    return t("computers-tap-hint");
  },
  computerButton: (name: string, outOfOrder: boolean) => (outOfOrder ? `🔧 ${name}` : name),
  get addButton() {
    return t("computers-add-button");
  },
  get previousPage() {
    return t("computers-previous-page");
  },
  get nextPage() {
    return t("computers-next-page");
  },

  card: (c: { name: string; group: string | null; outOfOrder: boolean; session: { customerName: string; since: string } | null }) =>
    [
      `🖥 ${c.name}${c.group ? ` · ${c.group}` : ""}`,
      c.session ? t("computers-card-in-use", { customer: c.session.customerName, since: c.session.since }) : c.outOfOrder ? "" : t("computers-card-free"),
      c.outOfOrder ? t("computers-card-out-of-order") : "",
    ]
      .filter(Boolean)
      .join("\n"),
  get renameButton() {
    return t("computers-rename-button");
  },
  get groupButton() {
    return t("computers-group-button");
  },
  get outOfOrderButton() {
    return t("computers-out-of-order-button");
  },
  get backInOrderButton() {
    return t("computers-back-in-order-button");
  },
  get retireButton() {
    return t("computers-retire-button");
  },
  get allButton() {
    return t("computers-all-button");
  },

  get askNames() {
    return t("computers-ask-names");
  },
  askGroup: (names: readonly string[]) => t("computers-ask-group", { computers: computerList(names) }),
  get noGroupButton() {
    return t("computers-no-group-button");
  },
  get newGroupButton() {
    return t("computers-new-group-button");
  },
  get askGroupName() {
    return t("computers-ask-group-name");
  },
  added: (r: { added: readonly string[]; restored: readonly string[]; already: readonly string[] }, group: string | null) =>
    [
      r.added.length > 0
        ? group
          ? t("computers-added-to-group", { computers: computerList(r.added), group })
          : t("computers-added", { computers: computerList(r.added) })
        : "",
      r.restored.length > 0 ? t("computers-restored", { computers: computerList(r.restored) }) : "",
      r.already.length > 0 ? t("computers-already-listed", { computers: computerList(r.already) }) : "",
    ]
      .filter(Boolean)
      .join("\n"),

  askRename: (name: string) => t("computers-ask-rename", { name }),
  renamed: (from: string, to: string) => (from === to ? t("computers-name-kept", { name: to }) : t("computers-renamed", { from, to })),
  nameTaken: (name: string, retired: boolean) => (retired ? t("computers-name-of-retired", { name }) : t("computers-name-taken", { name })),
  moved: (name: string, group: string | null) => (group ? t("computers-moved", { name, group }) : t("computers-moved-to-no-group", { name })),
  markedOutOfOrder: (name: string) => t("computers-marked-out-of-order", { name }),
  markedBackInOrder: (name: string) => t("computers-marked-back-in-order", { name }),
  confirmRetire: (name: string) => t("computers-confirm-retire", { name }),
  get confirmRetireButton() {
    return t("computers-confirm-retire-button");
  },
  get keepButton() {
    return t("computers-keep-button");
  },
  retired: (name: string) => t("computers-retired", { name }),
  retireBusy: (name: string, customerName: string) => t("computers-retire-busy", { name, customer: customerName }),
  get notFound() {
    return t("computers-not-found");
  },
};
