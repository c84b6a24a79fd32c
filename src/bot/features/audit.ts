// /audit (managers): the audit trail, newest first, ten entries a page with Older / Newer buttons.
// `/audit <words>` shows one person's or one customer's trail (a name, or a customer's phone); several
// matches are offered as buttons, and 👤 By person lists the staff to tap. Operators are told it is for
// managers.
import { InlineKeyboard } from "grammy";
import type { AuditCursor, AuditFilter } from "../../services/audit.js";
import { texts } from "../../texts/index.js";
import { callbackData, int, oneOf } from "../callback-data.js";
import type { Feature, FeatureDeps } from "../feature.js";
import { ManagersOnly } from "../managers-only.js";
import { markup, replaceWith } from "../views.js";

const t = texts.audit;

/** A page: whose trail (`id` 0 for everyone's), and from where (`at` 0 for the newest). */
const auditPage = callbackData("audit", { kind: oneOf("all", "staff", "customer"), id: int, from: oneOf("latest", "before", "after"), at: int });
/** The staff to pick from. */
const auditPeople = callbackData("audit-people");

type Kind = "all" | "staff" | "customer";

function filterOf(kind: Kind, id: number): AuditFilter {
  if (kind === "staff") return { kind, staffId: id };
  if (kind === "customer") return { kind, customerId: id };
  return { kind: "all" };
}

function cursorOf(from: "latest" | "before" | "after", at: number): AuditCursor {
  return from === "latest" ? { from } : { from, id: at };
}

export function auditFeature({ services, config }: FeatureDeps): Feature {
  const managers = new ManagersOnly();
  const timeZone = config.service.timezone;

  async function page(kind: Kind, id: number, cursor: AuditCursor): Promise<{ text: string; keyboard: InlineKeyboard }> {
    const filter = filterOf(kind, id);
    const [{ entries, hasOlder, hasNewer }, name] = await Promise.all([services.audit.auditPage(filter, cursor), services.audit.auditSubjectName(filter)]);
    const title = t.title(kind === "all" ? "everyone" : kind, name);
    const lines = entries.length === 0 ? [kind === "all" ? t.empty : t.emptyFiltered] : entries.map((entry) => t.line(entry, timeZone));
    const keyboard = new InlineKeyboard();
    const oldest = entries.at(-1);
    const newest = entries[0];
    if (hasOlder && oldest) keyboard.text(t.olderButton, auditPage.pack({ kind, id, from: "before", at: oldest.id }));
    if (hasNewer && newest) keyboard.text(t.newerButton, auditPage.pack({ kind, id, from: "after", at: newest.id }));
    keyboard.row().text(t.peopleButton, auditPeople.pack());
    if (kind !== "all") keyboard.text(t.everyoneButton, auditPage.pack({ kind: "all", id: 0, from: "latest", at: 0 }));
    return { text: [title, "", ...lines].join("\n"), keyboard };
  }

  managers.command("audit", async (ctx) => {
    const query = ctx.match.trim();
    if (query === "") {
      const view = await page("all", 0, { from: "latest" });
      return ctx.reply(view.text, markup(view.keyboard));
    }
    const { staff, customers } = await services.audit.findAuditSubjects(query);
    const matches = [
      ...staff.map((person) => ({ kind: "staff" as const, id: person.id, button: t.staffButton(person.name, person.active) })),
      ...customers.map((customer) => ({ kind: "customer" as const, id: customer.id, button: t.customerButton(customer.name, customer.phone) })),
    ];
    const [only] = matches;
    if (!only) return ctx.reply(t.noMatch(query));
    if (matches.length === 1) {
      const view = await page(only.kind, only.id, { from: "latest" });
      return ctx.reply(view.text, markup(view.keyboard));
    }
    const keyboard = new InlineKeyboard();
    for (const match of matches) keyboard.text(match.button, auditPage.pack({ kind: match.kind, id: match.id, from: "latest", at: 0 })).row();
    return ctx.reply(t.pickMatch(query), { reply_markup: keyboard });
  });

  managers.callbackQuery(auditPage, async (ctx) => {
    const { kind, id, from, at } = auditPage.unpack(ctx.callbackQuery.data);
    await ctx.answerCallbackQuery();
    await replaceWith(ctx, await page(kind, id, cursorOf(from, at)));
  });

  managers.callbackQuery(auditPeople, async (ctx) => {
    await ctx.answerCallbackQuery();
    const staff = await services.staff.listStaff();
    const keyboard = new InlineKeyboard();
    for (const person of staff)
      keyboard.text(t.staffButton(person.name, person.active), auditPage.pack({ kind: "staff", id: person.id, from: "latest", at: 0 })).row();
    await replaceWith(ctx, { text: t.pickPerson, keyboard });
  });

  return { handlers: managers };
}
