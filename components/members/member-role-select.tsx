"use client";

import { useState } from "react";
import { toast } from "sonner";
import { ROLE_LABELS, type Role } from "@/lib/auth/permissions";
import { useAction } from "@/components/ui/use-action";
import { changeMemberRoleAction } from "@/lib/actions/member-actions";

type Props = { slug: string; userId: string; label: string; role: Role; options: Role[] };

/**
 * A member's role, changed in place: the new role shows at once and goes back to `role` (the server's) if the change
 * is refused. The table renders it keyed by the server's role, so a refreshed row starts from the new one.
 */
export function MemberRoleSelect({ slug, userId, label, role, options }: Props) {
  const [value, setValue] = useState(role);
  const { run, pending } = useAction(changeMemberRoleAction, {
    onSuccess: (changed) => toast.success(`Role changed to ${ROLE_LABELS[changed.role]}.`),
    onError: (failure) => (setValue(role), toast.error(failure.message)),
  });
  return (
    <select
      className="role-select"
      aria-label={`Role of ${label}`}
      value={value}
      disabled={pending}
      onChange={(e) => {
        const next = e.target.value as Role;
        setValue(next);
        run(slug, { userId, role: next });
      }}
    >
      {options.map((r) => (
        <option key={r} value={r}>
          {ROLE_LABELS[r]}
        </option>
      ))}
    </select>
  );
}
