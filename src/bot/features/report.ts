// /report (managers): takings, sessions and money owed for today, yesterday, the last week, this month,
// a day or a range of business days. Operators are told it is for managers.
import { parseReportPeriod } from "../../domain/dates.js";
import { texts } from "../../texts/index.js";
import type { Feature, FeatureDeps } from "../feature.js";
import { ManagersOnly } from "../managers-only.js";

const t = texts.reports;

export function reportFeature({ services, config }: FeatureDeps): Feature {
  const managers = new ManagersOnly();
  const timeZone = config.service.timezone;

  managers.command("report", async (ctx) => {
    const period = parseReportPeriod(ctx.match, ctx.now(), timeZone);
    if (!period.ok) {
      await ctx.reply(t.problem[period.problem]);
      return;
    }
    await ctx.reply(t.report(await services.reports.periodReport(period.days), timeZone));
  });

  return { handlers: managers };
}
