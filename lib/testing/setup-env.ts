import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET ||= "test-secret-not-for-production";
process.env.DB_POOL_SIZE ||= "20";
process.env.LOG_LEVEL ||= "silent";
// The tests' identity providers run on localhost; the outbound-fetch guard itself is tested with private networks off.
process.env.SSO_ALLOW_PRIVATE_NETWORKS ||= "true";
