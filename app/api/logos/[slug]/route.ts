import { serveImage } from "@/lib/images/serve-image";
import { getLogo } from "@/lib/workspaces/get-logo";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return serveImage(request, (caller, known) => getLogo(caller, slug, known));
}
