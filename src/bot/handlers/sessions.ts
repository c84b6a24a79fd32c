// /new, /sessions (every computer at a glance) and the End and Void buttons.
import { Composer, InlineKeyboard } from "grammy";
import type { Config } from "../../config/index.js";
import { namesByGroup } from "../../domain/computers.js";
import { businessDate, businessTime } from "../../domain/dates.js";
import type { Services } from "../../services/index.js";
import { texts } from "../../texts/index.js";
import { callbackData, callbackPattern } from "../../texts/callback-data.js";
import type { BotContext } from "../context.js";
import { enterConversation } from "../conversations/enter.js";
import { markup, replaceWith, settleKeyboard, voidRefusalText } from "../views.js";

export const SESSIONS_PAGE_SIZE = 8;

export function sessionHandlers(services: Services, config: Config): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const timeZone = config.service.timezone;
  const clock = (date: Date) => businessTime(date, timeZone);

  composer.command("new", (ctx) => enterConversation(ctx, "new-session", ctx.staff.id));

  // Every computer at a glance: the sessions running (paged, with End buttons), then the free
  // computers by group and those out of order.
  async function showSessions(ctx: BotContext, requestedPage: number, edit: boolean) {
    const [sessions, computers] = await Promise.all([services.sessions.activeSessions(), services.computers.listComputers()]);
    const options = (text: string, keyboard?: InlineKeyboard) => (edit ? replaceWith(ctx, { text, ...(keyboard ? { keyboard } : {}) }) : ctx.reply(text, markup(keyboard)));
    const idle = computers.filter((computer) => !computer.session);
    const free = idle.filter((computer) => !computer.outOfOrder);
    const outOfOrder = idle.filter((computer) => computer.outOfOrder).map((computer) => computer.name);
    const glance = [
      ...namesByGroup(free.map(({ name, group }) => ({ name, group: group?.name ?? null }))).map(({ group, names }) => texts.session.freeLine(group, names)),
      ...(computers.length > 0 && free.length === 0 ? [texts.session.noneFreeLine] : []),
      ...(outOfOrder.length > 0 ? [texts.session.outOfOrderLine(outOfOrder)] : []),
    ].join("\n");
    if (sessions.length === 0) return options([texts.session.noneActive, glance].filter(Boolean).join("\n\n"));
    const pages = Math.ceil(sessions.length / SESSIONS_PAGE_SIZE);
    const page = Math.min(requestedPage, pages - 1);
    const shown = sessions.slice(page * SESSIONS_PAGE_SIZE, (page + 1) * SESSIONS_PAGE_SIZE);
    const keyboard = new InlineKeyboard();
    for (const session of shown) {
      keyboard
        .text(texts.session.endButton(session.customerName, session.computer?.name ?? null), callbackData.endSession(session.id))
        .text(texts.session.voidButton, callbackData.voidSession(session.id))
        .row();
    }
    if (page > 0) keyboard.text(texts.payments.previousPage, callbackData.page("sessions", page - 1));
    if (page < pages - 1) keyboard.text(texts.payments.nextPage, callbackData.page("sessions", page + 1));
    const text = [
      texts.session.listHeader(sessions.length, page + 1, pages),
      ...shown.map(({ prepaid, ...session }) =>
        texts.session.listItem({ ...session, since: clock(session.startedAt), prepaid: prepaid && { until: clock(prepaid.until), kes: prepaid.kes } }),
      ),
      glance,
    ]
      .filter(Boolean)
      .join("\n\n");
    return options(text, keyboard);
  }

  composer.command("sessions", (ctx) => showSessions(ctx, 0, false));
  composer.callbackQuery(callbackPattern.page, async (ctx, next) => {
    if (ctx.match[1] !== "sessions") return next();
    await ctx.answerCallbackQuery();
    await showSessions(ctx, Number(ctx.match[2]), true);
  });

  composer.callbackQuery(callbackPattern.endSession, async (ctx) => {
    const result = await services.sessions.endSession(Number(ctx.match[1]), ctx.staff.id);
    if (!result.ok) {
      const text =
        result.reason === "not_found" ? texts.session.notFound : texts.session.alreadyEnded(result.endedBy, result.endedAt ? clock(result.endedAt) : null, result.voided);
      await ctx.answerCallbackQuery({ text, show_alert: true });
      return;
    }
    await ctx.answerCallbackQuery();
    const { ended } = result;
    // A session of a day or more shows the dates of its parts too.
    const partTime = ended.seconds >= 24 * 60 * 60 ? (instant: Date) => `${texts.format.date(businessDate(instant, timeZone))} ${clock(instant)}` : clock;
    if (ended.paymentId === null) {
      const prepaid = ended.prepaid!;
      await ctx.reply(
        [texts.prepaid.endedWithin({ customerName: ended.customerName, seconds: ended.seconds, prepaidSeconds: prepaid.seconds, prepaidKes: prepaid.amountKes }), texts.prepaid.notRefunded].join("\n"),
      );
      return;
    }
    const parts = ended.parts.map((part) => ({ from: partTime(part.startedAt), to: partTime(part.endedAt), ratePerHourKes: part.ratePerHourKes, amountKes: part.amountKes }));
    await ctx.reply(
      texts.settle.question({
        amountKes: ended.amountKes,
        customerName: ended.customerName,
        phone: ended.customerPhone,
        seconds: ended.seconds,
        parts,
        ...(parts.length > 0 && ended.amountKes > ended.proratedKes ? { minimumKes: ended.amountKes } : {}),
        ...(ended.prepaid ? { prepaid: ended.prepaid } : {}),
      }),
      { reply_markup: settleKeyboard(ended.paymentId, ended.customerPhone !== null) },
    );
  });

  // Void: refused at once when not allowed; otherwise the reason is asked (./conversations/void-session.ts).
  composer.callbackQuery(callbackPattern.voidSession, async (ctx) => {
    const sessionId = Number(ctx.match[1]);
    const check = await services.sessions.checkVoid(sessionId, ctx.staff.id);
    if (!check.ok) {
      await ctx.answerCallbackQuery({ text: voidRefusalText(check, clock), show_alert: true });
      return;
    }
    await ctx.answerCallbackQuery();
    await enterConversation(ctx, "void-session", sessionId, ctx.staff.id, check.session);
  });

  return composer;
}
