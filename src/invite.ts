// `npm run invite -- manager` (or `operator`) prints a one-time link to join the staff, made on the
// server. For when nobody can send /invite: the first manager in production, where the service log
// does not show the link, or a café whose managers have all lost their phones. Whoever can run this
// already holds the bot token and the database.
import { Api, GrammyError } from "grammy";
import { inviteText } from "./bot/views.js";
import { loadConfigOrSay, secretsOf, type Config } from "./config/index.js";
import { checkDatabaseReachable } from "./db/client.js";
import { onServiceDatabase } from "./db/command.js";
import { DatabaseUnreachableError } from "./db/provider.js";
import { redactText } from "./logger.js";
import { createInvite, type StaffRole } from "./services/staff.js";

const ROLES: Record<string, StaffRole> = { manager: "MANAGER", operator: "OPERATOR" };

/** The bot's username, which the link needs; null (and why, on stderr) when Telegram does not say. */
async function botUsername(config: Config): Promise<string | null> {
  try {
    return (await new Api(config.telegram.botToken, { apiRoot: config.telegram.apiRoot }).getMe()).username;
  } catch (error) {
    const why =
      error instanceof GrammyError && error.error_code === 401
        ? "Telegram refused TELEGRAM_BOT_TOKEN (401 Unauthorized): copy the token again from @BotFather"
        : `Telegram cannot be reached, and the link needs the bot's username: ${error instanceof Error ? error.message : String(error)}`;
    console.error(redactText(why, secretsOf(config)));
    return null;
  }
}

async function run(args: string[]): Promise<number> {
  const [roleName] = args;
  const role = args.length === 1 && roleName !== undefined ? ROLES[roleName.toLowerCase()] : undefined;
  if (!role) {
    console.error("Usage: npm run invite -- manager   (or: npm run invite -- operator)");
    return 2;
  }
  const config = loadConfigOrSay();
  if (config === null) return 1;
  const username = await botUsername(config);
  if (username === null) return 1;
  try {
    await checkDatabaseReachable(config.service.databaseUrl);
  } catch (error) {
    if (!(error instanceof DatabaseUnreachableError)) throw error;
    console.error(error.message);
    return 1;
  }
  return onServiceDatabase(config.service.databaseUrl, async (db) => {
    const invite = await createInvite({ db, now: () => new Date() }, null, role);
    console.log(inviteText(role, username, invite, config.service.timezone));
    return 0;
  });
}

process.exitCode = await run(process.argv.slice(2));
