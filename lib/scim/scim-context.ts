import "server-only";
import SCIMMY from "scimmy";
import type { Tx } from "@/db/client";
import type { MemberNotice } from "@/lib/members/notify-member";
import type { ScimAuthorized } from "./authorize-scim";

/**
 * What scimmy hands every ingress/egress/degress handler of one request (its `ctx` argument): the transaction the
 * request runs in (after authorizeScim locked the workspace), the workspace and token, and the member emails to send
 * once it committed.
 */
export type ScimContext = { tx: Tx; auth: ScimAuthorized; notices: MemberNotice[] };

/** A SCIM error thrown by a handler: scimmy passes SCIMError instances through unchanged. */
export const scimError = (status: number, scimType: string, detail: string) => new SCIMMY.Types.Error(status, scimType, detail);

/**
 * Anything but a SCIMError thrown inside a handler, carried through scimmy (which would turn it into a 404) to the
 * route's error mapping, so a refusal keeps its code and a database outage stays a 503.
 */
export class ScimFault extends SCIMMY.Types.Error {
  constructor(readonly original: unknown) {
    super(500, "", "Internal error");
  }
}

/** Wraps a handler so every error it throws reaches the route as it was (see ScimFault). */
export function guarded<A extends unknown[], R>(handler: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    try {
      return await handler(...args);
    } catch (error) {
      if (error instanceof SCIMMY.Types.Error) throw error;
      throw new ScimFault(error);
    }
  };
}

/** The ScimContext scimmy passed back to a handler. */
export function contextOf(ctx: unknown): ScimContext {
  return ctx as ScimContext;
}
