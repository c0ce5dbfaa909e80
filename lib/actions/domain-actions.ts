"use server";

import { addDnsDomain } from "@/lib/domains/add-dns-domain";
import { addWorkspaceDomain } from "@/lib/domains/add-workspace-domain";
import { checkDomain } from "@/lib/domains/check-domain";
import { removeWorkspaceDomain } from "@/lib/domains/remove-workspace-domain";
import { domainInputSchema } from "@/lib/invitations/schemas";
import { workspaceAction } from "./factories";

export const addDnsDomainAction = workspaceAction(addDnsDomain, { input: domainInputSchema, revalidate: "workspace" });

export const checkDomainAction = workspaceAction(checkDomain, { input: domainInputSchema, revalidate: "workspace" });

export const addWorkspaceDomainAction = workspaceAction(addWorkspaceDomain, { input: domainInputSchema, revalidate: "workspace" });

export const removeWorkspaceDomainAction = workspaceAction(removeWorkspaceDomain, { input: domainInputSchema, revalidate: "workspace" });
