"use client";

import { Dialog, DialogContent } from "@/components/ui/dialog";
import { ShownOnceSecret, shownOnceText } from "@/components/ui/shown-once-secret";

/** A new invite link, shown once (./invite-links.tsx loads it when a link is being created). */
export function CreatedInviteLinkDialog({ url, onClose }: { url: string | undefined; onClose: () => void }) {
  const shownOnce = shownOnceText("invite link");
  return (
    <Dialog open={Boolean(url)} onOpenChange={(o) => !o && onClose()}>
      <DialogContent title={shownOnce.title} description={shownOnce.description}>
        <ShownOnceSecret id="created-invite-link" label="Invite link" value={url ?? ""} testId="created-invite-link" />
      </DialogContent>
    </Dialog>
  );
}
