import { NextResponse, type NextRequest } from "next/server";

export const LAST_WORKSPACE_COOKIE = "roster_last_workspace";

// Remembers the last workspace visited, so "/" can return to it. Authorization lives in lib/, not here.
export function proxy(request: NextRequest) {
  const slug = request.nextUrl.pathname.split("/")[2] ?? "";
  const response = NextResponse.next();
  if (/^[a-z0-9-]{3,40}$/.test(slug)) {
    response.cookies.set(LAST_WORKSPACE_COOKIE, slug, {
      path: "/",
      sameSite: "lax",
      httpOnly: true,
      maxAge: 60 * 60 * 24 * 365,
    });
  }
  return response;
}

export const config = { matcher: "/w/:slug*" };
