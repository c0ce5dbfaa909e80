export { createRosterClient, type RosterClient, type RosterClientOptions, type Schemas, type Role } from "./create-roster-client";
export { RosterApiError } from "./roster-api-error";
export type { paths, components } from "./api-types";
