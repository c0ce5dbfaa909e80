"use client";

import { Check } from "@/components/ui/icons/check";
import { Copy } from "@/components/ui/icons/copy";
import { useState } from "react";
import { toast } from "@/components/ui/toast";
import { Button } from "./button";

/** The one wording of every copy confirmation. */
export const COPIED_MESSAGE = "Copied to clipboard";

export function CopyButton({ value, label = "Copy", size }: { value: string; label?: string; size?: "sm" | "md" }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      toast.success(COPIED_MESSAGE);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      toast.error("Could not copy: select the text and copy it by hand.");
    }
  }
  return (
    <Button type="button" variant="secondary" size={size} onClick={copy} aria-label={label}>
      {copied ? <Check className="size-4" aria-hidden /> : <Copy className="size-4" aria-hidden />}
      {copied ? "Copied" : "Copy"}
    </Button>
  );
}
