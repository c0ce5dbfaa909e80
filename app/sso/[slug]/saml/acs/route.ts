import { handleSamlAcs } from "@/lib/sso/saml/handle-saml-acs";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handleSamlAcs(request, (await params).slug);
}
