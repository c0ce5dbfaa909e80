"use server";

import { addWorkspaceDomain } from "@/lib/auto-join/add-workspace-domain";
import { githubClient } from "@/lib/auto-join/github-client";
import { joinWorkspace } from "@/lib/auto-join/join-workspace";
import { removeWorkspaceDomain } from "@/lib/auto-join/remove-workspace-domain";
import { setAutoJoin, setAutoJoinSchema } from "@/lib/auto-join/set-auto-join";
import { domainInputSchema } from "@/lib/invitations/schemas";
import { githubSignInEnabled } from "@/lib/sign-in/auth";
import { workspaceAction } from "./factories";

export const addWorkspaceDomainAction = workspaceAction(addWorkspaceDomain, { input: domainInputSchema, revalidate: "workspace" });

export const removeWorkspaceDomainAction = workspaceAction(removeWorkspaceDomain, { input: domainInputSchema, revalidate: "workspace" });

export const setAutoJoinAction = workspaceAction(setAutoJoin, { input: setAutoJoinSchema, revalidate: "workspace" });

/** Join a workspace open to your domain or GitHub organization (re-checked in the domain). */
export const joinWorkspaceAction = workspaceAction((caller, slug) => joinWorkspace(caller, slug, githubSignInEnabled() ? githubClient : undefined), {
  revalidate: "app",
});
