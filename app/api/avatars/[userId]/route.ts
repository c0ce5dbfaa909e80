import { serveImage } from "@/lib/images/serve-image";
import { getAvatar } from "@/lib/users/get-avatar";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ userId: string }> }) {
  const { userId } = await params;
  return serveImage(request, (caller, known) => getAvatar(caller, userId, known));
}
