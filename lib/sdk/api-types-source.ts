import openapiTS, { astToString } from "openapi-typescript";
import { buildOpenApiDocument } from "@/lib/api/openapi";

const HEADER = "// Generated from Roster's OpenAPI document by `npm run sdk:types` (openapi-typescript). Do not edit.\n";

/** The TypeScript source of the SDK's types (`paths`, `components`, `operations`) for the current document. */
export async function apiTypesSource(): Promise<string> {
  const document = buildOpenApiDocument();
  const ast = await openapiTS(JSON.parse(JSON.stringify(document)), { alphabetize: false });
  return HEADER + astToString(ast);
}
