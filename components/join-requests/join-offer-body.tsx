import { RequestAccessForm } from "@/components/join-requests/request-access-form";
import { RelativeTime } from "@/components/ui/relative-time";
import type { JoinOffer } from "@/lib/join-requests/get-join-offer";

/** The request's card, shared with a dead invite link's landing. */
export function JoinOfferBody({ offer, email, inviteToken }: { offer: JoinOffer; email: string | null; inviteToken?: string }) {
  const { workspace } = offer;
  return (
    <>
      <div className="space-y-1">
        <h1 className="text-xl font-semibold tracking-tight" data-testid="join-workspace">
          Request to join {workspace.displayName}
        </h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {offer.via === "domain"
            ? `${workspace.displayName} lets people with your email domain ask to join. An owner or manager decides, and picks your role.`
            : `This invite link no longer works, but you can ask the owners and managers of ${workspace.displayName} to let you in.`}
        </p>
      </div>
      {offer.standing === "pending" && offer.pendingSince ? (
        <p role="status" className="rounded-lg bg-zinc-50 p-3 text-sm dark:bg-zinc-900" data-testid="join-request-pending">
          You asked to join <RelativeTime date={offer.pendingSince} />. You will get an email when an owner or manager answers.
        </p>
      ) : (
        <>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">Signed in as {email}.</p>
          <RequestAccessForm slug={workspace.slug} displayName={workspace.displayName} inviteToken={inviteToken} />
        </>
      )}
    </>
  );
}
