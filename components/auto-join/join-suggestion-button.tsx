"use client";

import { useRouter } from "next/navigation";
import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import { joinWorkspaceAction } from "@/lib/actions/auto-join-actions";
import { welcomePath } from "@/lib/workspaces/welcome-path";

export function JoinSuggestionButton({ slug, displayName }: { slug: string; displayName: string }) {
  const router = useRouter();
  const { run, pending } = useAction(joinWorkspaceAction, {
    onSuccess: (data) => router.push(welcomePath(data)),
    onError: (failure) => toast.error(failure.message),
  });
  return (
    <Button size="sm" pending={pending} onClick={() => run(slug, undefined)}>
      Join {displayName}
    </Button>
  );
}
