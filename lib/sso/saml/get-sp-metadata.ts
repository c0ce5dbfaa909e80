import "server-only";
import { getDb } from "@/db/client";
import { buildSpMetadata } from "./build-sp-metadata";
import { ensureSpSigningKey } from "./ensure-sp-signing-key";
import { getSamlConnection } from "./get-saml-connection";
import { samlSpUrls } from "./saml-sp-urls";

/** Public: the SP metadata XML of a workspace's SAML connection (the IdP admin imports it; it holds no secret). */
export async function getSpMetadata(slug: string, origin: string): Promise<string> {
  const { workspace, connection } = await getSamlConnection(await getDb(), slug);
  return buildSpMetadata(samlSpUrls(origin, workspace.slug), await ensureSpSigningKey(connection));
}
