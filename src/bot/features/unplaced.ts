// /unplaced (all staff): money paid from the M-Pesa menu that is on no bill, newest first. Two taps
// put one on a bill: the payment, then one of the owed bills of its amount (or of all owed bills, to
// see that another amount is refused). Managers may also set one aside with a note. The notice that
// money fits no bill carries the same placing screen's button.
import { Composer, InlineKeyboard } from "grammy";
import type { Services } from "../../services/index.js";
import { texts } from "../../texts/index.js";
import { callbackData, int, oneOf } from "../callback-data.js";
import type { BotContext, BotConversation, ConversationContext } from "../context.js";
import { MAX_REASON_LENGTH, parseReason } from "../conversations/answers.js";
import { askText } from "../conversations/ask.js";
import { conversation } from "../conversations/enter.js";
import type { Feature, FeatureDeps } from "../feature.js";
import { ManagersOnly } from "../managers-only.js";
import { markup, replaceWith, type View } from "../views.js";

const t = texts.menu;

/** A menu payment's placing screen: the owed bills of its amount, or all of them. */
export const placeMenuPayment = callbackData("menu-place", { menuPaymentId: int, bills: oneOf("same", "all") });
/** A bill tapped on the placing screen. */
const putOnBill = callbackData("menu-put", { menuPaymentId: int, paymentId: int });
/** Managers: take it off the list, with a note. */
const setAside = callbackData("menu-aside", { menuPaymentId: int });

const setAsideNote = conversation<[menuPaymentId: number, staffId: number]>("set-aside", "managers");

async function listView(services: Services, timeZone: string): Promise<View> {
  const items = await services.menuPayments.unplacedMenuPayments();
  if (items.length === 0) return { text: t.list.empty };
  const keyboard = new InlineKeyboard();
  for (const item of items) keyboard.text(t.list.button(item.money), placeMenuPayment.pack({ menuPaymentId: item.id, bills: "same" })).row();
  return { text: [t.list.header, ...items.map((item) => t.list.item(item, timeZone)), "", t.list.hint].join("\n"), keyboard };
}

/** The placing screen, or what became of the payment; `before` leads it (a refusal to read). */
async function placingView(
  services: Services,
  timeZone: string,
  menuPaymentId: number,
  bills: "same" | "all",
  manager: boolean,
  before?: string,
): Promise<View> {
  const standing = await services.menuPayments.menuPaymentStanding(menuPaymentId);
  switch (standing.state) {
    case "not_found":
      return { text: t.place.notFound };
    case "placed":
      return { text: t.place.alreadyPlaced(standing.money, standing.bill) };
    case "set_aside":
      return { text: t.place.alreadySetAside(standing.money, standing.by) };
    case "to_place":
      break;
  }
  const { money, reason } = standing.payment;
  const owed = await services.menuPayments.owedBills(bills === "same" ? money.amountKes : null);
  const keyboard = new InlineKeyboard();
  for (const bill of owed) keyboard.text(t.place.billButton(bill), putOnBill.pack({ menuPaymentId, paymentId: bill.paymentId })).row();
  keyboard.text(
    bills === "same" ? t.place.allBillsButton : t.place.sameAmountButton,
    placeMenuPayment.pack({ menuPaymentId, bills: bills === "same" ? "all" : "same" }),
  );
  if (manager) keyboard.text(t.place.setAsideButton, setAside.pack({ menuPaymentId }));
  const pick =
    bills === "all"
      ? owed.length > 0
        ? t.place.pickAnyBill
        : t.place.noBill
      : owed.length > 0
        ? t.place.pickBill(money.amountKes)
        : t.place.noBillOfAmount(money.amountKes);
  return { text: [...(before ? [before, ""] : []), t.place.screen(money, reason, timeZone), "", pick].join("\n"), keyboard };
}

function setAsideConversation(services: Services) {
  return async function askSetAsideNote(conversation: BotConversation, ctx: ConversationContext, menuPaymentId: number, staffId: number): Promise<void> {
    const standing = await conversation.external(() => services.menuPayments.menuPaymentStanding(menuPaymentId));
    if (standing.state !== "to_place") return;
    await ctx.reply(t.place.askNote(standing.payment.money));
    const { value: note, ctx: answered } = await askText(conversation, parseReason, texts.invalidReason(MAX_REASON_LENGTH));
    const done = await conversation.external(() => services.menuPayments.setAsideMenuPayment(menuPaymentId, staffId, note));
    await answered.reply(done ? t.place.setAside(standing.payment.money) : t.place.notFound);
  };
}

export function unplacedFeature({ services, config }: FeatureDeps): Feature {
  const composer = new Composer<BotContext>();
  const managers = new ManagersOnly();
  const timeZone = config.service.timezone;
  const isManager = (ctx: BotContext) => ctx.staff.role === "MANAGER";

  composer.command("unplaced", async (ctx) => {
    const { text, keyboard } = await listView(services, timeZone);
    await ctx.reply(text, markup(keyboard));
  });

  composer.callbackQuery(placeMenuPayment.filter(), async (ctx) => {
    const { menuPaymentId, bills } = placeMenuPayment.unpack(ctx.callbackQuery.data);
    await ctx.answerCallbackQuery();
    await replaceWith(ctx, await placingView(services, timeZone, menuPaymentId, bills, isManager(ctx)));
  });

  composer.callbackQuery(putOnBill.filter(), async (ctx) => {
    const { menuPaymentId, paymentId } = putOnBill.unpack(ctx.callbackQuery.data);
    const result = await services.menuPayments.placeByStaff(menuPaymentId, paymentId, ctx.staff.id);
    if (result.ok) {
      const standing = await services.menuPayments.menuPaymentStanding(menuPaymentId);
      await ctx.answerCallbackQuery();
      if (standing.state === "placed") await replaceWith(ctx, { text: t.place.placed(standing.money, result.bill) });
      return;
    }
    const standing = await services.menuPayments.menuPaymentStanding(menuPaymentId);
    const money = standing.state === "to_place" ? standing.payment.money : standing.state === "not_found" ? null : standing.money;
    const refusal = money ? t.place.refused(result.reason, money, "bill" in result ? result.bill : null) : t.place.notFound;
    await ctx.answerCallbackQuery({ text: refusal, show_alert: true });
    await replaceWith(ctx, await placingView(services, timeZone, menuPaymentId, "same", isManager(ctx), refusal));
  });

  managers.callbackQuery(setAside, async (ctx) => {
    await ctx.answerCallbackQuery();
    await setAsideNote.enter(ctx, setAside.unpack(ctx.callbackQuery.data).menuPaymentId, ctx.staff.id);
  });
  composer.use(managers);

  return { conversations: [setAsideNote.install(setAsideConversation(services))], handlers: composer };
}
