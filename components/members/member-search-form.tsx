"use client";

import { useRouter } from "next/navigation";
import type { FormEvent, ReactNode } from "react";

/**
 * The members page's search form: a GET form (it works before the page has hydrated, too) whose submission is a client
 * navigation, as next/form's is: the page's URL is the search's state. Empty fields stay out of the address. Its
 * fields are rendered on the server (`children`).
 */
export function MemberSearchForm({ path, children }: { path: string; children: ReactNode }) {
  const router = useRouter();
  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const query = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) if (typeof value === "string" && value.trim()) query.append(name, value);
    router.push(query.size ? `${path}?${query}` : path);
  }
  return (
    <form role="search" action={path} onSubmit={search} className="flex w-full max-w-xl flex-wrap gap-2 sm:flex-nowrap">
      {children}
    </form>
  );
}
