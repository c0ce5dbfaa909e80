"use client";

import { Label } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { TOKEN_EXPIRY_OPTIONS } from "./token-expiry-options";

/** "Expiration": how long a new token lives (the token dialog and the CLI's approval page). */
export function TokenExpirySelect({ id, name, value, onChange }: { id: string; name?: string; value: string; onChange: (value: string) => void }) {
  return (
    <div className="space-y-1.5">
      <Label htmlFor={id}>Expiration</Label>
      <NativeSelect id={id} name={name} value={value} onChange={(e) => onChange(e.target.value)} className="h-10 w-full">
        {TOKEN_EXPIRY_OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}
