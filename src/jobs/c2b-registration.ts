// MPESA_C2B_REGISTER=true: registers the shortcode's confirmation and validation URLs with Daraja once,
// as the service starts (the jobs start after the server listens, so the built-in simulator can answer).
// A failure is logged and the service goes on: prompts do not need it.
import { isMpesaError } from "../mpesa/errors.js";
import type { ServiceContext } from "../services/context.js";
import type { MpesaGateway } from "../services/prompts.js";
import type { Job, JobDeps } from "./job.js";

/** Registers the C2B URLs; never throws: the outcome goes to the log. */
export async function registerC2bUrlsAtStart({ config, logger }: ServiceContext, mpesa: MpesaGateway): Promise<void> {
  const { shortCode, confirmationUrl, validationUrl, responseType } = config.mpesa.c2b;
  const facts = { shortCode, confirmationUrl, validationUrl, responseType };
  try {
    await mpesa.registerC2bUrls();
    logger.info(
      facts,
      `C2B URLs registered with Daraja for ${shortCode}. Production registers a shortcode's URLs once: changing them later goes through Safaricom (apisupport@safaricom.co.ke)`,
    );
  } catch (error) {
    if (!isMpesaError(error)) throw error;
    if (error.reason === "urls_already_registered") {
      // Every start after the first, in production: not a problem, unless the URLs Safaricom holds are others.
      logger.info(
        { ...facts, reason: error.reason },
        `C2B URLs already registered for ${shortCode} (production registers them once). If they are not these, ask Safaricom (apisupport@safaricom.co.ke) to change them; MPESA_C2B_REGISTER may be set back to false`,
      );
      return;
    }
    logger.error(
      { ...facts, reason: error.reason },
      `C2B URLs not registered for ${shortCode}: Daraja refused or could not be reached (${error.reason}: ${error.message}). Menu payments reach this service only once they are; the service goes on without`,
    );
  }
}

export function c2bRegistrationJob({ context, mpesa }: JobDeps): Job {
  let registering: Promise<void> = Promise.resolve();
  return {
    async start() {
      if (context.config.mpesa.c2b.register) registering = registerC2bUrlsAtStart(context, mpesa);
    },
    async stop() {
      await registering;
    },
  };
}
