import { problemResponse } from "@/lib/api/problem";
import { AppError, toAppError } from "@/lib/errors";
import { getMembershipSuspension } from "@/lib/members/get-membership-suspension";
import { loadPageContext } from "@/lib/session/load-page-context";

export const dynamic = "force-dynamic";

/**
 * Who is signed in and the header's data (signed-in session): the not-found page draws the shell from it when shown.
 * With `?workspace=<slug>`, also the person's own suspension there, if any (the suspended page says why and whom to ask).
 */
export async function GET(request: Request) {
  try {
    const context = await loadPageContext(null);
    if (!context) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
    const slug = new URL(request.url).searchParams.get("workspace");
    const suspension = slug ? await getMembershipSuspension(context.user.id, slug) : null;
    return Response.json({ user: context.user, header: context.header, ...(slug ? { suspension } : {}) }, { headers: { "cache-control": "private, no-store" } });
  } catch (error) {
    return problemResponse(toAppError(error), new URL(request.url).pathname);
  }
}
