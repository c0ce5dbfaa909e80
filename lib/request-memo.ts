import "server-only";
import { cache } from "react";
import type { HeaderSummary } from "@/lib/account/get-header-summary";
import type { SessionUser } from "@/lib/auth/session";

type RequestMemo = { user?: SessionUser; header?: { userId: string; summary: HeaderSummary } };

/**
 * Per-request values that one statement already read for several readers (a workspace page reads the session, the
 * membership and the header in one statement): React's cache() gives each request its own object.
 */
export const requestMemo = cache((): RequestMemo => ({}));
