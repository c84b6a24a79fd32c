import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { INVITE_VALIDITY_MS } from "../../src/services/staff.js";
import { createHarness, type Harness } from "../support/harness.js";

describe("the first manager", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(() => h.close());

  it("without any manager, one manager invite is made for the log and reused until it expires", async () => {
    const code = await h.services.staff.firstManagerInvite();
    expect(code).toMatch(/^[\w-]{20,}$/);
    expect(await h.services.staff.firstManagerInvite()).toBe(code);
    h.advance(INVITE_VALIDITY_MS);
    const next = await h.services.staff.firstManagerInvite();
    expect(next).not.toBe(code);
    expect(await h.db.invite.findUniqueOrThrow({ where: { code: next! } })).toMatchObject({ role: "MANAGER", createdById: null });
  });

  it("is not offered once there is an active manager", async () => {
    await h.services.staff.bootstrapManagers([7001]);
    expect(await h.services.staff.firstManagerInvite()).toBeNull();
    expect(await h.db.invite.count()).toBe(0);
  });
});
