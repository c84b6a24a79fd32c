import { isMsisdn, type Msisdn } from "../../src/domain/phone.js";

/** A number the test knows is a Safaricom MSISDN, checked as the code under test would check it. */
export function msisdn(digits: string): Msisdn {
  if (!isMsisdn(digits)) throw new Error(`${digits} is not an MSISDN`);
  return digits;
}
