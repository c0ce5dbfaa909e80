export * from "./users";
export * from "./workspaces";
export * from "./invitations";
export * from "./tokens";
export * from "./activity";
export * from "./mail";
export * from "./rate-limits";
export * from "./devices";
