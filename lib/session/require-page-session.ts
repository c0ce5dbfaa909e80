import "server-only";
import { redirect } from "next/navigation";
import { userCaller, type Caller } from "@/lib/auth/caller";
import { loadPageContext, type PageContext } from "./load-page-context";

export type SignedInPage = Omit<PageContext, "membership"> & { caller: Caller };

/** Guard for signed-in pages outside a workspace (account, /new): the user and the header's data in one statement, or a redirect to sign-in that comes back to `returnTo`. */
export async function requirePageSession(returnTo: string): Promise<SignedInPage> {
  const context = await loadPageContext(null);
  if (!context) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return { user: context.user, header: context.header, caller: userCaller(context.user) };
}
