import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET ||= "test-secret-not-for-production";
process.env.DB_POOL_SIZE ||= "20";
process.env.LOG_LEVEL ||= "silent";
