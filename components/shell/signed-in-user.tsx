"use client";

import { createContext, useContext, type ReactNode } from "react";

type SignedInUser = { name: string | null; email: string };

const SignedInUserContext = createContext<SignedInUser | null>(null);

/**
 * Who is signed in, as the shell read it, for what renders inside it without reading it again: Next renders a
 * segment's forbidden.tsx with every page under it, so that page must not cost a statement of its own.
 */
export function SignedInUserProvider({ user, children }: { user: SignedInUser; children: ReactNode }) {
  return <SignedInUserContext.Provider value={user}>{children}</SignedInUserContext.Provider>;
}

export function useSignedInUser(): SignedInUser | null {
  return useContext(SignedInUserContext);
}
