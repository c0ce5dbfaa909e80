"use server";

import { createScimToken } from "@/lib/scim/create-scim-token";
import { revokeScimToken } from "@/lib/scim/revoke-scim-token";
import { createScimTokenSchema, scimTokenIdSchema } from "@/lib/scim/schemas";
import { workspaceAction } from "./factories";

/** The secret goes to the browser once, with its name; nothing else about the row. */
export const createScimTokenAction = workspaceAction(createScimToken, {
  input: createScimTokenSchema,
  revalidate: "settings",
  result: (created) => ({ token: created.token, name: created.name }),
});

export const revokeScimTokenAction = workspaceAction(revokeScimToken, { input: scimTokenIdSchema, revalidate: "settings" });
