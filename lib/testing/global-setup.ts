import type { TestProject } from "vitest/node";
import { startThrowawayPostgres } from "./throwaway-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

// One throwaway PostgreSQL for the whole vitest run (integration tests share it; each test makes its own users).
export default async function setup(project: TestProject) {
  const pg = await startThrowawayPostgres();
  project.provide("databaseUrl", pg.url);
  return () => pg.stop();
}
