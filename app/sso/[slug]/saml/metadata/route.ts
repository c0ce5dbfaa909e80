import { serveSpMetadata } from "@/lib/sso/saml/serve-sp-metadata";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return serveSpMetadata(request, (await params).slug);
}
