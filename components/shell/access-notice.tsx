import type { ReactNode } from "react";
import { buttonVariants } from "@/components/ui/button";
import { SwitchAccountButton } from "./switch-account-button";

/**
 * What a signed-in person sees on a page they cannot open (not found, or not for their role), inside the app's shell:
 * why, who is signed in, the way back, and "Switch account" (the page may be for another of their accounts).
 */
export function AccessNotice({
  status,
  title,
  email,
  back,
  children,
}: {
  status: string;
  title: string;
  email: string;
  back: { href: string; label: string };
  children: ReactNode;
}) {
  return (
    <div className="mx-auto flex max-w-md flex-col items-center gap-4 py-10 text-center" data-testid="access-notice">
      <title>{`${title} · Roster`}</title>
      <p className="text-sm font-semibold text-zinc-600 dark:text-zinc-400">{status}</p>
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">{children}</p>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Signed in as{" "}
        <strong className="break-all font-medium text-zinc-900 dark:text-zinc-100" data-testid="signed-in-as">
          {email}
        </strong>
        .
      </p>
      <div className="flex flex-wrap justify-center gap-2">
        <a className={buttonVariants()} href={back.href}>{back.label}</a>
        <SwitchAccountButton />
      </div>
    </div>
  );
}
