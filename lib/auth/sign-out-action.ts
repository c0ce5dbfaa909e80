"use server";

import { signOut } from "./auth";

/** Public: ends the current database session. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}
