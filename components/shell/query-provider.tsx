"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";

let browserClient: QueryClient | undefined;

/** The browser's one client (every provider shares its cache); on the server a new one per render, never shared between requests. */
function queryClient(): QueryClient {
  const make = () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } });
  if (typeof window === "undefined") return make();
  return (browserClient ??= make());
}

/**
 * TanStack Query for the parts that use it (the switcher's list, the 404 page's shell, the new-workspace form's slug
 * check, the members table), placed around them rather than in the root layout, so its code loads only with them.
 */
export function QueryProvider({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={queryClient()}>{children}</QueryClientProvider>;
}
