import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { userCaller, type Caller } from "@/lib/auth/caller";
import { requireUser } from "@/lib/session/require-user";
import { runAction, type ActionResult } from "./run-action";

/**
 * Server actions are built by these factories, so none can forget the session, the caller, the error mapping or the
 * revalidation. The domain function validates and authorizes; the factory only types its input from the same zod
 * schema (`input`, used for its type alone) and maps the result the client may see (`result`).
 */
type Input<S> = S extends z.ZodType ? z.input<S> : void;

/** What a successful action refreshes: the whole app (names, switcher, membership), one workspace, its settings, or the account's tokens. */
export type Revalidate = "app" | "workspace" | "settings" | "account-tokens" | "nothing";

function revalidate(scope: Revalidate, slug?: string): void {
  if (scope === "app") revalidatePath("/", "layout");
  else if (scope === "workspace") revalidatePath(`/w/${slug}`, "layout");
  else if (scope === "settings") revalidatePath(`/w/${slug}/settings`, "layout");
  else if (scope === "account-tokens") revalidatePath("/account/tokens");
}

/** An action on one workspace by the signed-in person: `(slug, input)`. */
export function workspaceAction<S extends z.ZodType | undefined = undefined, O = unknown, R = O>(
  op: (caller: Caller, slug: string, input: Input<S>) => Promise<O>,
  options: { input?: S; revalidate: Exclude<Revalidate, "account-tokens">; result?: (out: O) => R },
): (slug: string, input: Input<S>) => Promise<ActionResult<R>> {
  return (slug, input) =>
    runAction(async () => {
      const out = await op(userCaller(await requireUser()), slug, input);
      revalidate(options.revalidate, slug);
      return options.result ? options.result(out) : (out as unknown as R);
    });
}

/** An action of the signed-in person outside one workspace: `(input)`. */
export function userAction<S extends z.ZodType | undefined = undefined, O = unknown, R = O>(
  op: (caller: Caller, input: Input<S>) => Promise<O>,
  options: { input?: S; revalidate: Exclude<Revalidate, "workspace" | "settings">; result?: (out: O) => R },
): (input: Input<S>) => Promise<ActionResult<R>> {
  return (input) =>
    runAction(async () => {
      const out = await op(userCaller(await requireUser()), input);
      revalidate(options.revalidate);
      return options.result ? options.result(out) : (out as unknown as R);
    });
}

/**
 * A form's action for `useActionState` (`(previous, formData)`), signed in or not: the operation reads the form and
 * usually ends in a redirect; a refusal comes back as the same ActionResult every other action returns.
 */
export function formAction<O>(op: (formData: FormData) => Promise<O>): (previous: ActionResult<O> | null, formData: FormData) => Promise<ActionResult<O>> {
  return (_previous, formData) => runAction(() => op(formData));
}

/** An action anyone may call, signed in or not (signing out): no input. */
export function publicAction<O>(op: () => Promise<O>): () => Promise<ActionResult<O>> {
  return () => runAction(op);
}
