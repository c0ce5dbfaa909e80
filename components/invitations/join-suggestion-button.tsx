"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { joinWorkspaceAction } from "@/lib/actions/auto-join-actions";

export function JoinSuggestionButton({ slug, displayName }: { slug: string; displayName: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      size="sm"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          const res = await joinWorkspaceAction(slug);
          if (!res.ok) return void toast.error(res.message);
          router.push(`/w/${res.data.slug}`);
          router.refresh();
        })
      }
    >
      Join {displayName}
    </Button>
  );
}
