"use server";

import { createServiceAccount } from "@/lib/service-accounts/create-service-account";
import { createServiceAccountSchema } from "@/lib/service-accounts/schemas";
import { createPersonalToken } from "@/lib/tokens/create-personal-token";
import { createToken } from "@/lib/tokens/create-token";
import { revokePersonalToken } from "@/lib/tokens/revoke-personal-token";
import { revokeToken } from "@/lib/tokens/revoke-token";
import { createPersonalTokenSchema, createTokenSchema, tokenIdSchema } from "@/lib/tokens/schemas";
import { userAction, workspaceAction } from "./factories";

/** The secret goes to the browser once, with the name it was created under; nothing else about the row. */
const shownOnce = (created: { token: string; name: string }) => ({ token: created.token, name: created.name });

export const createTokenAction = workspaceAction(createToken, { input: createTokenSchema, revalidate: "settings", result: shownOnce });

export const revokeTokenAction = workspaceAction(revokeToken, { input: tokenIdSchema, revalidate: "settings" });

export const createPersonalTokenAction = userAction(createPersonalToken, {
  input: createPersonalTokenSchema,
  revalidate: "account-tokens",
  result: shownOnce,
});

export const revokePersonalTokenAction = userAction(revokePersonalToken, { input: tokenIdSchema, revalidate: "account-tokens" });

export const createServiceAccountAction = workspaceAction(createServiceAccount, {
  input: createServiceAccountSchema,
  revalidate: "workspace",
  result: (account) => ({ userId: account.userId, name: account.name }),
});
