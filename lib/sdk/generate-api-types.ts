// Writes lib/sdk/api-types.ts, the SDK's types, from the live OpenAPI document (`npm run sdk:types`; the react-server
// condition lets it import the server-only domain modules the document is built from). The file is
// checked in; lib/sdk/api-types.test.ts fails when it is stale against the document.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { apiTypesSource } from "./api-types-source";

const target = path.join(import.meta.dirname, "api-types.ts");
writeFileSync(target, await apiTypesSource());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
