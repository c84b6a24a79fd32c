// /new, /sessions (every computer at a glance) and the End and Void buttons.
import { Composer, InlineKeyboard } from "grammy";
import { namesByGroup } from "../../../domain/computers.js";
import { businessTime } from "../../../domain/dates.js";
import { texts } from "../../../texts/index.js";
import type { BotContext } from "../../context.js";
import type { Feature, FeatureDeps } from "../../feature.js";
import { markup, replaceWith } from "../../views.js";
import { settleKeyboard } from "../settle/views.js";
import { endSession, sessionsPage, voidSession } from "./buttons.js";
import { newSession, newSessionConversation } from "./new-session.js";
import { voidReason, voidRefusalText, voidSessionConversation } from "./void-session.js";

const SESSIONS_PAGE_SIZE = 8;

export function sessionsFeature({ services, config }: FeatureDeps): Feature {
  const composer = new Composer<BotContext>();
  const timeZone = config.service.timezone;
  const clock = (date: Date) => businessTime(date, timeZone);

  composer.command("new", (ctx) => newSession.enter(ctx, ctx.staff.id));

  // Every computer at a glance: the sessions running (paged, with End buttons), then the free
  // computers by group and those out of order.
  async function showSessions(ctx: BotContext, requestedPage: number, edit: boolean) {
    const [sessions, computers] = await Promise.all([services.sessions.activeSessions(), services.computers.listComputers()]);
    const options = (text: string, keyboard?: InlineKeyboard) =>
      edit ? replaceWith(ctx, { text, ...(keyboard ? { keyboard } : {}) }) : ctx.reply(text, markup(keyboard));
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
        .text(texts.session.endButton(session.customerName, session.computer?.name ?? null), endSession.pack({ sessionId: session.id }))
        .text(texts.session.voidButton, voidSession.pack({ sessionId: session.id }))
        .row();
    }
    if (page > 0) keyboard.text(texts.payments.previousPage, sessionsPage.pack({ list: "sessions", page: page - 1 }));
    if (page < pages - 1) keyboard.text(texts.payments.nextPage, sessionsPage.pack({ list: "sessions", page: page + 1 }));
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
  composer.callbackQuery(sessionsPage.filter(), async (ctx) => {
    await ctx.answerCallbackQuery();
    await showSessions(ctx, sessionsPage.unpack(ctx.callbackQuery.data).page, true);
  });

  composer.callbackQuery(endSession.filter(), async (ctx) => {
    const result = await services.sessions.endSession(endSession.unpack(ctx.callbackQuery.data).sessionId, ctx.staff.id);
    if (!result.ok) {
      const text =
        result.reason === "not_found"
          ? texts.session.notFound
          : texts.session.alreadyEnded(result.endedBy, result.endedAt ? clock(result.endedAt) : null, result.voided);
      await ctx.answerCallbackQuery({ text, show_alert: true });
      return;
    }
    await ctx.answerCallbackQuery();
    const { ended } = result;
    // A session of a day or more shows the dates of its parts too.
    const partTime = ended.seconds >= 24 * 60 * 60 ? (instant: Date) => texts.format.dateTime(instant, timeZone) : clock;
    if (ended.paymentId === null) {
      // Nothing owed: the whole session was within its prepaid time.
      const prepaid = ended.prepaid;
      if (!prepaid) throw new Error(`session ${ended.sessionId} ended owing nothing without prepaid time`);
      await ctx.reply(
        [
          texts.prepaid.endedWithin({
            customerName: ended.customerName,
            seconds: ended.seconds,
            prepaidSeconds: prepaid.seconds,
            prepaidKes: prepaid.amountKes,
          }),
          texts.prepaid.notRefunded,
        ].join("\n"),
      );
      return;
    }
    const parts = ended.parts.map((part) => ({
      from: partTime(part.startedAt),
      to: partTime(part.endedAt),
      ratePerHourKes: part.ratePerHourKes,
      amountKes: part.amountKes,
    }));
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

  // Void: refused at once when not allowed; otherwise the reason is asked (./void-session.ts).
  composer.callbackQuery(voidSession.filter(), async (ctx) => {
    const { sessionId } = voidSession.unpack(ctx.callbackQuery.data);
    const check = await services.sessions.checkVoid(sessionId, ctx.staff.id);
    if (!check.ok) {
      await ctx.answerCallbackQuery({ text: voidRefusalText(check, clock), show_alert: true });
      return;
    }
    await ctx.answerCallbackQuery();
    await voidReason.enter(ctx, sessionId, ctx.staff.id, check.session);
  });

  return {
    conversations: [newSession.install(newSessionConversation(services, clock)), voidReason.install(voidSessionConversation(services, clock))],
    handlers: composer,
  };
}
