// What managers read for /invite, /invites, /staff and /tariff, and what all staff read in /customers:
// messages `manager-…` of locales/*.ftl (section `manager`), in the language of the moment.
import { TARIFF_LIMITS, type Rounding, type TariffWindow, type WindowsInputProblem } from "../domain/tariff.js";
import type { NameProblem } from "../domain/names.js";
import { clockTime, dateAtTime, duration, kes, paymentMethod, phone } from "./format.js";
import { orNone, t } from "./i18n.js";
import { nameProblem } from "./names.js";

type Role = "OPERATOR" | "MANAGER";

interface TariffLines {
  ratePerHourKes: number;
  minimumChargeKes: number;
  rounding: Rounding;
  windows: readonly TariffWindow[];
}

const windowName = (w: TariffWindow) => `${clockTime(w.startMinute)}–${clockTime(w.endMinute)}`;

const tariffLines = (tariff: TariffLines) =>
  [
    t("manager-tariff-rate-line", { rate: kes(tariff.ratePerHourKes) }),
    ...tariff.windows.map((w) => t("manager-tariff-window-line", { window: windowName(w), rate: kes(w.ratePerHourKes) })),
    t("manager-tariff-minimum-line", { minimum: kes(tariff.minimumChargeKes) }),
    t("manager-tariff-rounding-line", { rounding: tariff.rounding }),
  ].join("\n");

const changedBy = (by: string | null, at: string) => (by ? t("manager-tariff-changed-by", { by, at }) : t("manager-tariff-changed-by-former-staff", { at }));

const windowsProblem = {
  get time() {
    return t("manager-tariff-windows-time");
  },
  get empty() {
    return t("manager-tariff-windows-empty");
  },
  get rate() {
    return t("manager-tariff-windows-rate", { max: TARIFF_LIMITS.maxRatePerHourKes });
  },
  get too_many() {
    return t("manager-tariff-windows-too-many", { max: TARIFF_LIMITS.maxWindows });
  },
  get overlap() {
    return t("manager-tariff-windows-overlap");
  },
} satisfies Record<Exclude<WindowsInputProblem["problem"], "unreadable">, string>;

const examplesList = (examples: { seconds: number; amountKes: number }[]) => examples.map((e) => `${duration(e.seconds)} → ${kes(e.amountKes)}`).join(", ");

export const managerTexts = {
  /** A moment on the café's clock: "29/11/2026 at 09:00". */
  at: dateAtTime,

  invite: {
    get askRole() {
      return t("manager-invite-ask-role");
    },
    roleButton: {
      get OPERATOR() {
        return t("manager-invite-operator-button");
      },
      get MANAGER() {
        return t("manager-invite-manager-button");
      },
    } satisfies Record<Role, string>,
    link: (role: Role, link: string, until: string) => t("manager-invite-link", { role, link, until }),
  },

  invites: {
    header: (count: number) => t("manager-invites-header", { count }),
    /** `by` null: made on the server with `npm run invite`. `number` labels the line and its button: text, never grouped "1,234". */
    item: (i: { number: number; role: Role; by: string | null; until: string }) =>
      i.by === null
        ? t("manager-invites-item-by-server", { number: String(i.number), role: i.role, until: i.until })
        : t("manager-invites-item", { number: String(i.number), role: i.role, by: i.by, until: i.until }),
    revokeButton: (number: number, role: Role) => t("manager-invites-revoke-button", { number: String(number), role }),
    get revoked() {
      return t("manager-invites-revoked");
    },
    get gone() {
      return t("manager-invites-gone");
    },
  },

  staff: {
    header: (count: number) => t("manager-staff-header", { count }),
    item: (s: { name: string; role: Role; active: boolean; you: boolean }) =>
      t("manager-staff-item", { name: s.name, role: s.role, state: s.active ? "active" : "deactivated", you: s.you ? "yes" : "no" }),
    deactivateButton: (name: string) => t("manager-staff-deactivate-button", { name }),
    confirmDeactivate: (name: string, role: Role) => t("manager-staff-confirm-deactivate", { name, role }),
    get confirmButton() {
      return t("manager-staff-confirm-button");
    },
    get keepButton() {
      return t("manager-staff-keep-button");
    },
    deactivated: (name: string, revokedInvites: number) => t("manager-staff-deactivated", { name, revokedInvites }),
    /** After `deactivated`, when the person had a shift open. */
    shiftClosedUncounted: (name: string, expectedKes: number) => t("manager-staff-shift-closed-uncounted", { name, expected: kes(expectedKes) }),
    get notFound() {
      return t("manager-staff-not-found");
    },
    get self() {
      return t("manager-staff-self");
    },
    alreadyInactive: (name: string) => t("manager-staff-already-inactive", { name }),
    reactivateButton: (name: string) => t("manager-staff-reactivate-button", { name }),
    confirmReactivate: (name: string, role: Role) => t("manager-staff-confirm-reactivate", { name, role }),
    get confirmReactivateButton() {
      return t("manager-staff-confirm-reactivate-button");
    },
    get keepOutButton() {
      return t("manager-staff-keep-out-button");
    },
    reactivated: (name: string) => t("manager-staff-reactivated", { name }),
    alreadyActive: (name: string) => t("manager-staff-already-active", { name }),
    /** `to`: the role the button gives. */
    roleButton: (name: string, to: Role) => t("manager-staff-role-button", { name, role: to }),
    confirmRole: (name: string, to: Role, self: boolean) =>
      to === "MANAGER"
        ? t("manager-staff-confirm-make-manager", { name })
        : self
          ? t("manager-staff-confirm-make-yourself-operator")
          : t("manager-staff-confirm-make-operator", { name }),
    confirmRoleButton: (to: Role) => t("manager-staff-confirm-role-button", { role: to }),
    roleChanged: (name: string, to: Role, self: boolean) =>
      self ? t("manager-staff-role-changed-yourself", { role: to }) : t("manager-staff-role-changed", { name, role: to }),
    /** The role changed since the list was shown, or the person was deactivated: nothing done. */
    roleStale: (name: string, role: Role, active: boolean) =>
      active ? t("manager-staff-role-stale", { name, role }) : t("manager-staff-role-stale-deactivated", { name }),
    /** For the person whose role changed. */
    yourNewRole: (to: Role, by: string) => (to === "MANAGER" ? t("manager-staff-you-are-manager", { by }) : t("manager-staff-you-are-operator", { by })),
    get lastManager() {
      return t("manager-staff-last-manager");
    },
  },

  tariff: {
    current: (tariff: TariffLines & { changedBy: string | null; changedAt: string | null }) =>
      [t("manager-tariff-now"), tariffLines(tariff), "", tariff.changedAt ? changedBy(tariff.changedBy, tariff.changedAt) : t("manager-tariff-default")].join(
        "\n",
      ),
    /** A group's part of /tariff, below the café's; `own` null: its computers use the café's tariff. */
    group: (group: string, own: (TariffLines & { changedBy: string | null; changedAt: string }) | null) =>
      own
        ? [t("manager-tariff-group-own", { group }), tariffLines(own), changedBy(own.changedBy, own.changedAt)].join("\n")
        : t("manager-tariff-group-uses-cafe", { group }),
    get changeButton() {
      return t("manager-tariff-change-button");
    },
    changeGroupButton: (group: string) => t("manager-tariff-change-group-button", { group }),
    clearGroupButton: (group: string) => t("manager-tariff-clear-group-button", { group }),
    groupCleared: (group: string) => t("manager-tariff-group-cleared", { group }),
    get groupGone() {
      return t("manager-tariff-group-gone");
    },
    groupChangedMeanwhile: (group: string, by: string | null) =>
      by ? t("manager-tariff-group-changed-meanwhile", { group, by }) : t("manager-tariff-group-changed-meanwhile-by-someone", { group }),
    askRate: (nowKes: number, group: string | null = null) =>
      group ? t("manager-tariff-ask-group-rate", { group, now: kes(nowKes) }) : t("manager-tariff-ask-rate", { now: kes(nowKes) }),
    invalidRate: (maxKes: number) => t("manager-tariff-invalid-rate", { max: maxKes }),
    askWindows: (now: readonly TariffWindow[]) =>
      t("manager-tariff-ask-windows", {
        now: now.length === 0 ? t("manager-tariff-no-windows") : now.map((w) => `${windowName(w)} ${kes(w.ratePerHourKes)}`).join(", "),
      }),
    invalidWindows: (p: WindowsInputProblem) =>
      t("manager-tariff-invalid-windows", {
        problem: p.problem === "unreadable" ? t("manager-tariff-windows-unreadable", { line: p.line }) : windowsProblem[p.problem],
      }),
    askMinimum: (nowKes: number) => t("manager-tariff-ask-minimum", { now: kes(nowKes) }),
    invalidMinimum: (maxKes: number) => t("manager-tariff-invalid-minimum", { max: maxKes }),
    get askRounding() {
      return t("manager-tariff-ask-rounding");
    },
    roundingButton: {
      get HALF_UP() {
        return t("manager-tariff-half-up-button");
      },
      get UP() {
        return t("manager-tariff-up-button");
      },
      get DOWN() {
        return t("manager-tariff-down-button");
      },
    } satisfies Record<Rounding, string>,
    confirm: (tariff: TariffLines, examples: { seconds: number; amountKes: number }[], group: string | null = null) =>
      [
        group ? t("manager-tariff-new-for-group", { group }) : t("manager-tariff-new"),
        tariffLines(tariff),
        "",
        ...(tariff.windows.length > 0
          ? [t("manager-tariff-windows-explained"), t("manager-tariff-examples-outside-windows", { examples: examplesList(examples) })]
          : [t("manager-tariff-examples", { examples: examplesList(examples) })]),
        t("manager-tariff-save-question"),
      ].join("\n"),
    get saveButton() {
      return t("manager-tariff-save-button");
    },
    get discardButton() {
      return t("manager-tariff-discard-button");
    },
    get saved() {
      return t("manager-tariff-saved");
    },
    savedForGroup: (group: string) => t("manager-tariff-saved-for-group", { group }),
    get discarded() {
      return t("manager-tariff-discarded");
    },
    changedMeanwhile: (by: string | null) => (by ? t("manager-tariff-changed-meanwhile", { by }) : t("manager-tariff-changed-meanwhile-by-someone")),
    get invalid() {
      return t("manager-tariff-invalid");
    },
  },
};

export interface SessionLine {
  /** When it started, already in the business time zone. */
  startedAt: string;
  computer: string | null;
  /** null while it is still running. */
  seconds: number | null;
  amountKes: number | null;
}

export interface PaymentLine {
  id: number;
  icon: string;
  stateName: string;
  amountKes: number;
  date: string;
  method: "MPESA" | "CASH" | null;
  simulated: boolean;
  receipt: string | null;
  forSession: boolean;
}

/** "• 28/11/2026 09:00, PC-4, 1 h 12 min, KES 120": the parts there are, in a list. */
const sessionLine = (s: SessionLine) => {
  const parts = [s.startedAt, ...(s.computer ? [s.computer] : [])];
  if (s.seconds === null) parts.push(t("manager-customer-session-running"));
  else parts.push(duration(s.seconds), ...(s.amountKes !== null ? [kes(s.amountKes)] : []));
  return `• ${parts.join(", ")}`;
};

const paymentLine = (p: PaymentLine) =>
  t("manager-customer-payment", {
    icon: p.icon,
    id: String(p.id),
    amount: kes(p.amountKes),
    forSession: p.forSession ? "yes" : "no",
    date: p.date,
    method: paymentMethod(p.method, p.simulated),
    state: p.stateName,
    receipt: orNone(p.receipt),
  });

export const customerTexts = {
  noMatch: (query: string) => t("manager-customer-no-match", { query }),
  pick: (count: number, limit: number) => (count >= limit ? t("manager-customer-pick-among-first", { limit }) : t("manager-customer-pick")),
  details: (c: {
    name: string;
    phone: string | null;
    idNumber: string | null;
    note: string | null;
    unpaidKes: number;
    latestBalanceKes: number;
    sessions: SessionLine[];
    payments: PaymentLine[];
  }) =>
    [
      `👤 ${c.name}`,
      t("manager-customer-phone", { phone: phone(c.phone) }),
      ...(c.idNumber ? [t("manager-customer-id-number", { idNumber: c.idNumber })] : []),
      ...(c.note ? [t("manager-customer-note", { note: c.note })] : []),
      c.unpaidKes > 0 ? t("manager-customer-unpaid", { unpaid: kes(c.unpaidKes) }) : t("manager-customer-nothing-unpaid"),
      ...(c.latestBalanceKes > 0 ? [t("manager-customer-latest-balance", { balance: kes(c.latestBalanceKes) })] : []),
      "",
      c.sessions.length === 0 ? t("manager-customer-no-sessions") : t("manager-customer-sessions"),
      ...c.sessions.map(sessionLine),
      "",
      c.payments.length === 0 ? t("manager-customer-no-payments") : t("manager-customer-payments"),
      ...c.payments.map(paymentLine),
    ].join("\n"),
  get changePhoneButton() {
    return t("manager-customer-change-phone-button");
  },
  get changeNameButton() {
    return t("manager-customer-change-name-button");
  },
  askPhone: (name: string, current: string | null) => t("manager-customer-ask-phone", { name, phone: phone(current) }),
  askFirstName: (current: string) => t("manager-customer-ask-first-name", { current }),
  askLastName: (current: string) => t("manager-customer-ask-last-name", { current }),
  invalidName: (problem: NameProblem) => t("manager-customer-invalid-name", { problem: nameProblem[problem] }),
  saved: (label: string) => t("manager-customer-saved", { label }),
  get notFound() {
    return t("manager-customer-not-found");
  },
};
