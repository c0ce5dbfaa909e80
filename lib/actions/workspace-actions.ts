"use server";

import { z } from "zod";
import { imageUploadInput } from "@/lib/images/image-format";
import { removeLogo } from "@/lib/workspaces/remove-logo";
import { renameWorkspace } from "@/lib/workspaces/rename-workspace";
import { setLogo } from "@/lib/workspaces/set-logo";
import { checkSlugAvailability } from "@/lib/workspaces/check-slug-availability";
import { githubClient } from "@/lib/auto-join/github-client";
import { githubSignInEnabled } from "@/lib/sign-in/auth";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { createWorkspaceFromGithub, createWorkspaceFromGithubSchema } from "@/lib/workspaces/create-workspace-from-github";
import { deleteWorkspace } from "@/lib/workspaces/delete-workspace";
import { restoreWorkspace } from "@/lib/workspaces/restore-workspace";
import { createWorkspaceSchema, deleteWorkspaceSchema, renameWorkspaceSchema } from "@/lib/workspaces/schemas";
import { slugSchema } from "@/lib/workspaces/slug";
import { userAction, workspaceAction } from "./factories";

export const createWorkspaceAction = userAction(createWorkspace, {
  input: createWorkspaceSchema,
  revalidate: "app",
  result: (workspace) => ({ slug: workspace.slug }),
});

/** From a GitHub organization the caller administers (asked of GitHub): created already linked to it. */
export const createWorkspaceFromGithubAction = userAction((caller, input) => createWorkspaceFromGithub(caller, input, githubSignInEnabled() ? githubClient : undefined), {
  input: createWorkspaceFromGithubSchema,
  revalidate: "app",
  result: (workspace) => ({ slug: workspace.slug }),
});

export const checkSlugAction = userAction((_caller, slug) => checkSlugAvailability(slug), { input: slugSchema, revalidate: "nothing" });

export const renameWorkspaceAction = workspaceAction(renameWorkspace, {
  input: renameWorkspaceSchema,
  revalidate: "app",
  result: (workspace) => ({ displayName: workspace.displayName }),
});

export const deleteWorkspaceAction = workspaceAction(deleteWorkspace, { input: deleteWorkspaceSchema, revalidate: "app" });

export const restoreWorkspaceAction = workspaceAction(restoreWorkspace, { revalidate: "app" });

/** The logo's input is a FormData with the `file` field (typed here only; the domain validates what it reads). */
export const setLogoAction = workspaceAction((caller, slug, form) => setLogo(caller, slug, imageUploadInput(form)), {
  input: z.instanceof(FormData),
  revalidate: "app",
});

export const removeLogoAction = workspaceAction(removeLogo, { revalidate: "app" });
