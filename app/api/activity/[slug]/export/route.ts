import { exportActivity, exportResponse } from "@/lib/activity/export-activity";
import { problemResponse } from "@/lib/api/problem";
import { userCaller } from "@/lib/auth/caller";
import { toAppError } from "@/lib/errors";
import { requireUser } from "@/lib/session/require-user";

export const dynamic = "force-dynamic";

/** The activity page's Export button (signed-in session; the REST API has GET /api/v1/activity/export): the page's filters. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const url = new URL(request.url);
  try {
    const caller = userCaller(await requireUser());
    const { slug } = await params;
    return exportResponse(await exportActivity(caller, slug, Object.fromEntries(url.searchParams)));
  } catch (error) {
    return problemResponse(toAppError(error), url.pathname);
  }
}
