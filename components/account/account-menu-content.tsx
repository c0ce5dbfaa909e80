"use client";

import { logOutIcon, userIcon } from "@/components/shell/icons";
import { PersonAvatar } from "@/components/ui/avatar";
import { DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator } from "@/components/ui/dropdown-menu";
import { signOutAction } from "@/lib/actions/session-actions";
import type { PersonIdentity } from "@/lib/users/person-identity";

/** The account menu once open (./account-menu.tsx loads it then): who is signed in, Account, Sign out. */
export function AccountMenuContent({ person, email }: { person: PersonIdentity; email: string }) {
  return (
    <DropdownMenuContent align="end" className="w-64">
      <DropdownMenuLabel className="flex items-center gap-2.5">
        <PersonAvatar person={person} size="lg" />
        <span className="min-w-0 space-y-0.5">
          {person.displayName !== email && (
            <span className="block text-sm font-medium text-zinc-900 dark:text-zinc-100" data-testid="account-name">
              {person.displayName}
            </span>
          )}
          <span className="block text-xs text-zinc-600 dark:text-zinc-400" data-testid="account-email">
            {email}
          </span>
        </span>
      </DropdownMenuLabel>
      <DropdownMenuSeparator />
      <DropdownMenuItem asChild>
        <a href="/account">{userIcon} Account</a>
      </DropdownMenuItem>
      <DropdownMenuItem onSelect={() => void signOutAction()}>{logOutIcon} Sign out</DropdownMenuItem>
    </DropdownMenuContent>
  );
}
