import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { JoinOfferBody } from "@/components/join-requests/join-offer-body";
import { AppShell } from "@/components/shell/app-shell";
import { Card } from "@/components/ui/card";
import { getJoinOffer } from "@/lib/join-requests/get-join-offer";
import { requirePageSession } from "@/lib/session/require-page-session";

export const metadata: Metadata = { title: "Request to join" };

/**
 * Asking to join a workspace whose domain auto-join is in "request" mode (the switcher's and account page's "Request to
 * join"): the 404 page for anyone without that way in, as for an unknown workspace.
 */
export default async function JoinPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { user, header, caller } = await requirePageSession(`/join/${slug}`);
  const offer = await getJoinOffer(caller, { slug });
  if (!offer) notFound();
  if (offer.standing === "member") redirect(`/w/${offer.workspace.slug}`);
  return (
    <AppShell user={user} header={header}>
      <Card className="mx-auto max-w-lg space-y-5">
        <JoinOfferBody offer={offer} email={user.email} />
      </Card>
    </AppShell>
  );
}
