import "server-only";
import SCIMMY from "scimmy";
import { contextOf, guarded, scimError } from "./scim-context";
import { createScimGroup, deleteScimGroup, listScimGroups, readScimGroup, updateScimGroup, type ScimGroupInput } from "./scim-groups";
import { createScimUser, deleteScimUser, listScimUsers, readScimUser, updateScimUser, type ScimUserInput } from "./scim-users";

/**
 * scimmy's resource classes hold their base path in a static (one per process), while each workspace has its own
 * base URL: every location is written under this placeholder and the response swaps in the request's base URL.
 */
export const BASE_PLACEHOLDER = "https://scim-base.invalid";

/** The most resources one list response carries (`count` is clamped to it). */
export const SCIM_MAX_RESULTS = 200;

type Expression = Record<string, unknown>;

/** A filter expression's `eq` lookup on one attribute (`userName eq "x"`), the lists Okta and Entra ID ask for. */
function eqLookup(filter: readonly Expression[] | undefined, attribute: string): string | undefined {
  if (!filter || filter.length !== 1) return undefined;
  const keys = Object.keys(filter[0]);
  const found = keys.length === 1 && keys[0].toLowerCase() === attribute.toLowerCase() ? filter[0][keys[0]] : undefined;
  return Array.isArray(found) && found.length === 2 && found[0] === "eq" && typeof found[1] === "string" ? found[1] : undefined;
}

/** Matches with scimmy's filter; a comparison scimmy cannot make (e.g. on meta) is the client's bad filter. */
function matching<T>(filter: { match(values: unknown[]): unknown[] } | undefined, rows: T[]): T[] {
  if (!filter) return rows;
  try {
    return filter.match(rows) as T[];
  } catch {
    throw scimError(400, "invalidFilter", "The filter compares an attribute that cannot be filtered on.");
  }
}

const plain = <T>(instance: unknown): T => JSON.parse(JSON.stringify(instance)) as T;

let declared = false;

/** Declares Roster's Users and Groups (and the service provider's configuration) to scimmy, once per process. */
export function declareScimResources(): void {
  if (declared) return;
  declared = true;
  SCIMMY.Config.set({
    patch: true,
    filter: { supported: true, maxResults: SCIM_MAX_RESULTS },
    bulk: false,
    sort: false,
    etag: false,
    changePassword: false,
    authenticationSchemes: [
      { type: "oauthbearertoken", name: "OAuth Bearer Token", description: "The workspace's SCIM token (rsc_…), created by an owner on Settings -> Provisioning.", primary: true },
    ],
  });
  SCIMMY.Resources.declare(SCIMMY.Resources.User.extend(SCIMMY.Schemas.EnterpriseUser, false))
    .egress(
      guarded(async (resource: InstanceType<typeof SCIMMY.Resources.User>, ctx: unknown) => {
        if (resource.id) return readScimUser(contextOf(ctx), resource.id);
        const filter = resource.filter as unknown as Expression[] & { match(values: unknown[]): unknown[] } | undefined;
        const userName = eqLookup(filter, "userName");
        const externalId = userName === undefined ? eqLookup(filter, "externalId") : undefined;
        const rows = await listScimUsers(contextOf(ctx), userName !== undefined ? { userName } : externalId !== undefined ? { externalId } : null);
        // userName is case-insensitive (RFC 7643): its lookup already matched in SQL, scimmy's match is case-exact.
        return userName !== undefined ? rows : matching(filter, rows);
      }),
    )
    .ingress(
      guarded(async (resource: InstanceType<typeof SCIMMY.Resources.User>, instance: unknown, ctx: unknown) => {
        const input = plain<ScimUserInput>(instance);
        return resource.id ? updateScimUser(contextOf(ctx), resource.id, input) : createScimUser(contextOf(ctx), input);
      }),
    )
    .degress(guarded(async (resource: InstanceType<typeof SCIMMY.Resources.User>, ctx: unknown) => deleteScimUser(contextOf(ctx), String(resource.id))));
  SCIMMY.Resources.declare(SCIMMY.Resources.Group)
    .egress(
      guarded(async (resource: InstanceType<typeof SCIMMY.Resources.Group>, ctx: unknown) => {
        if (resource.id) return readScimGroup(contextOf(ctx), resource.id);
        return matching(resource.filter as unknown as { match(values: unknown[]): unknown[] } | undefined, await listScimGroups(contextOf(ctx)));
      }),
    )
    .ingress(
      guarded(async (resource: InstanceType<typeof SCIMMY.Resources.Group>, instance: unknown, ctx: unknown) => {
        const input = plain<ScimGroupInput>(instance);
        return resource.id ? updateScimGroup(contextOf(ctx), resource.id, input) : createScimGroup(contextOf(ctx), input);
      }),
    )
    .degress(guarded(async (resource: InstanceType<typeof SCIMMY.Resources.Group>, ctx: unknown) => deleteScimGroup(contextOf(ctx), String(resource.id))));
  for (const resource of [SCIMMY.Resources.User, SCIMMY.Resources.Group, SCIMMY.Resources.Schema, SCIMMY.Resources.ResourceType, SCIMMY.Resources.ServiceProviderConfig]) {
    resource.basepath(BASE_PLACEHOLDER);
  }
}
