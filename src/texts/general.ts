// What every part of the bot says: access, the command menu and /help, joining by invite, questions
// put aside, stopped or expired, and the answers to what the bot does not handle. Messages of the
// `## general` section of locales/*.ftl, rendered in the language of the moment.
import { t } from "./i18n.js";

type Role = "OPERATOR" | "MANAGER";

export const generalTexts = {
  /** Leads every message about a payment asked through the built-in simulator. */
  simulated: (text: string) => t("simulated-lead", { text }),
  access: {
    // A string: Fluent would group the digits of a number.
    notStaff: (telegramId: number) => t("access-not-staff", { telegramId: String(telegramId) }),
  },
  commands: {
    get new() {
      return t("command-new");
    },
    get sessions() {
      return t("command-sessions");
    },
    get pay() {
      return t("command-pay");
    },
    get payments() {
      return t("command-payments");
    },
    get unpaid() {
      return t("command-unpaid");
    },
    get unplaced() {
      return t("command-unplaced");
    },
    get customers() {
      return t("command-customers");
    },
    get shift() {
      return t("command-shift");
    },
    get help() {
      return t("command-help");
    },
    get cancel() {
      return t("command-cancel");
    },
    get invite() {
      return t("command-invite");
    },
    get invites() {
      return t("command-invites");
    },
    get staff() {
      return t("command-staff");
    },
    get tariff() {
      return t("command-tariff");
    },
    get computers() {
      return t("command-computers");
    },
    get report() {
      return t("command-report");
    },
    get export() {
      return t("command-export");
    },
    get audit() {
      return t("command-audit");
    },
  },
  welcome: (name: string, role: Role) =>
    [
      t("help-hello", { name, role }),
      "",
      t("help-operator-commands"),
      ...(role === "MANAGER" ? ["", t("help-manager-commands")] : []),
      "",
      t("help-cancel"),
    ].join("\n"),
  invite: {
    refused: {
      get unknown() {
        return t("join-refused-unknown");
      },
      get expired() {
        return t("join-refused-expired");
      },
      get used() {
        return t("join-refused-used");
      },
      get already_staff() {
        return t("join-refused-already-staff");
      },
      get deactivated() {
        return t("join-refused-deactivated");
      },
    },
  },
  /** A command or button opened another question while this conversation was open, so it was left. */
  putAside: {
    get "new-session"() {
      return t("put-aside-new-session");
    },
    get pay() {
      return t("put-aside-pay");
    },
    get "other-number"() {
      return t("put-aside-other-number");
    },
    get "tariff-change"() {
      return t("put-aside-tariff-change");
    },
    get "customer-search"() {
      return t("put-aside-customer-search");
    },
    get "prepay-amount"() {
      return t("put-aside-prepay-amount");
    },
    get "void-session"() {
      return t("put-aside-void-session");
    },
    get "lower-amount"() {
      return t("put-aside-lower-amount");
    },
    get "customer-edit"() {
      return t("put-aside-customer-edit");
    },
    get "check-receipt"() {
      return t("put-aside-check-receipt");
    },
    get shift() {
      return t("put-aside-shift");
    },
    get "set-aside"() {
      return t("put-aside-set-aside");
    },
  },
  get cancelled() {
    return t("conversation-cancelled");
  },
  get nothingToCancel() {
    return t("conversation-nothing-to-cancel");
  },
  get expired() {
    return t("conversation-expired");
  },
  get somethingWentWrong() {
    return t("something-went-wrong");
  },
  get managersOnly() {
    return t("managers-only");
  },
  /** A manager made an operator while a managers' question was open: the question is closed, nothing done. */
  get managersOnlyQuestionClosed() {
    return t("managers-only-question-closed");
  },
  /** A void's or a lower amount's reason that is empty or too long. */
  invalidReason: (max: number) => t("answer-invalid-reason", { max }),
  get staleButton() {
    return t("answer-stale-button");
  },
  get tapAButton() {
    return t("answer-tap-a-button");
  },
  get unknownCommand() {
    return t("answer-unknown-command");
  },
};
