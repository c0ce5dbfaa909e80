"use server";

import { deleteSsoConnection } from "@/lib/sso/delete-sso-connection";
import { saveSsoConnection } from "@/lib/sso/save-sso-connection";
import { setEnabledSchema, setRequireSsoSchema, ssoConnectionSchema } from "@/lib/sso/schemas";
import { setRequireSso } from "@/lib/sso/set-require-sso";
import { setSsoEnabled } from "@/lib/sso/set-sso-enabled";
import { workspaceAction } from "./factories";

export const saveSsoConnectionAction = workspaceAction(saveSsoConnection, { input: ssoConnectionSchema, revalidate: "settings" });

export const setSsoEnabledAction = workspaceAction(setSsoEnabled, { input: setEnabledSchema, revalidate: "settings" });

export const setRequireSsoAction = workspaceAction(setRequireSso, { input: setRequireSsoSchema, revalidate: "settings" });

export const deleteSsoConnectionAction = workspaceAction(deleteSsoConnection, { revalidate: "settings" });
