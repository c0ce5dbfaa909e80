import "server-only";
import { appOrigin } from "@/lib/app-origin";
import { ERRORS } from "@/lib/errors";
import { requestLogger } from "@/lib/observability/logger";
import { reportError } from "@/lib/observability/report-error";
import { requestIdOf } from "@/lib/observability/request-id";
import { getSpMetadata } from "./get-sp-metadata";

/** GET /sso/<slug>/saml/metadata: the SP metadata XML (public: IdPs import it by URL); a workspace without SAML is a 404. */
export async function serveSpMetadata(request: Request, slug: string): Promise<Response> {
  try {
    return new Response(await getSpMetadata(slug, appOrigin(request.headers)), {
      headers: { "content-type": "application/samlmetadata+xml; charset=utf-8", "cache-control": "no-store" },
    });
  } catch (error) {
    const appError = reportError(error, requestLogger(requestIdOf(request.headers)), "SAML metadata");
    const status = ERRORS[appError.code].status;
    return new Response(appError.message, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
}
