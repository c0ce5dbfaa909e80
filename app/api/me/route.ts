import { problemResponse } from "@/lib/api/problem";
import { AppError, toAppError } from "@/lib/errors";
import { loadPageContext } from "@/lib/session/load-page-context";

export const dynamic = "force-dynamic";

/** Who is signed in and the header's data (signed-in session): the not-found page draws the shell from it when shown. */
export async function GET(request: Request) {
  try {
    const context = await loadPageContext(null);
    if (!context) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
    return Response.json({ user: context.user, header: context.header }, { headers: { "cache-control": "private, no-store" } });
  } catch (error) {
    return problemResponse(toAppError(error), new URL(request.url).pathname);
  }
}
