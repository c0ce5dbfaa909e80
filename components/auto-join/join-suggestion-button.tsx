"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import { joinWorkspaceAction } from "@/lib/actions/auto-join-actions";

export function JoinSuggestionButton({ slug, displayName }: { slug: string; displayName: string }) {
  const router = useRouter();
  const { run, pending } = useAction(joinWorkspaceAction, {
    onSuccess: (data) => router.push(`/w/${data.slug}`),
    onError: (failure) => toast.error(failure.message),
  });
  return (
    <Button size="sm" disabled={pending} onClick={() => run(slug, undefined)}>
      Join {displayName}
    </Button>
  );
}
