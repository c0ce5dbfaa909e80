import { problemResponse } from "@/lib/api/problem";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

// Unknown /api/v1 paths answer problem details too (not the HTML 404 page).
function notFound(request: Request) {
  return problemResponse(new AppError("NOT_FOUND", "No such API endpoint. See /api/v1/openapi.json."), new URL(request.url).pathname);
}

export { notFound as GET, notFound as POST, notFound as PATCH, notFound as PUT, notFound as DELETE };
