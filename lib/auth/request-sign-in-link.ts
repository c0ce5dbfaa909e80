"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn } from "./auth";
import { emailAddressSchema } from "./email-address";
import { safeCallbackPath } from "./safe-callback-url";

export type SignInFormState = { error?: string; email?: string };

const schema = z.object({ email: emailAddressSchema, callbackUrl: z.unknown() });

/** Public: validates the address, then lets Auth.js mail a one-time sign-in link (nothing is sent for a bad address). */
export async function requestSignInLink(_prev: SignInFormState, formData: FormData): Promise<SignInFormState> {
  const raw = formData.get("email");
  const parsed = schema.safeParse({ email: raw, callbackUrl: formData.get("callbackUrl") });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Enter a valid email address.", email: String(raw ?? "") };
  try {
    await signIn("email", { email: parsed.data.email, redirectTo: safeCallbackPath(parsed.data.callbackUrl), redirect: false });
  } catch (error) {
    if (error instanceof AuthError) return { error: "We could not send a sign-in link to that address.", email: parsed.data.email };
    throw error;
  }
  redirect("/sign-in/check-email");
}

/** Public: starts GitHub sign-in. */
export async function signInWithGitHub(formData: FormData): Promise<void> {
  await signIn("github", { redirectTo: safeCallbackPath(formData.get("callbackUrl")) });
}
