import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { SignInForm } from "@/components/sign-in/sign-in-form";
import { InviteResponseForm } from "@/components/invitations/invite-response-form";
import { JoinOfferBody } from "@/components/join-requests/join-offer-body";
import { SwitchAccountForm } from "@/components/invitations/switch-account-form";
import { Card } from "@/components/ui/card";
import { RelativeTime } from "@/components/ui/relative-time";
import { userCaller } from "@/lib/auth/caller";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { REMOVED_MESSAGE } from "@/lib/invitations/add-member";
import { getInviteLanding, type InviteLanding } from "@/lib/invitations/get-invite-landing";
import { getJoinOffer } from "@/lib/join-requests/get-join-offer";
import { getCurrentUser } from "@/lib/session/get-current-user";

export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer", robots: { index: false } };
export const dynamic = "force-dynamic";

function Summary({ invite }: { invite: InviteLanding["offer"] }) {
  return (
    <div className="space-y-4">
      <div className="space-y-1 text-center">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {invite.inviter ? `${invite.inviter} invited you to join` : "You are invited to join"}
        </p>
        <h1 className="text-2xl font-semibold tracking-tight" data-testid="invite-workspace">
          {invite.workspace.displayName}
        </h1>
      </div>
      <dl className="grid grid-cols-2 gap-3 rounded-lg bg-zinc-50 p-4 text-sm dark:bg-zinc-950">
        <div>
          <dt className="text-zinc-600 dark:text-zinc-400">Role</dt>
          <dd className="font-medium" data-testid="invite-role">{ROLE_LABELS[invite.role]}</dd>
        </div>
        <div>
          <dt className="text-zinc-600 dark:text-zinc-400">Expires</dt>
          <dd className="font-medium" data-testid="invite-expires">{invite.expiresAt ? <RelativeTime date={invite.expiresAt} /> : "Never"}</dd>
        </div>
      </dl>
    </div>
  );
}

function SwitchAccount({ token, children }: { token: string; children: React.ReactNode }) {
  return (
    <div className="space-y-3">
      <p className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100" data-testid="wrong-account">
        {children}
      </p>
      <SwitchAccountForm token={token} />
    </div>
  );
}

// GET only shows the invitation; accepting and declining are POSTs (mail scanners follow links).
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const user = await getCurrentUser();
  const landing = await getInviteLanding(user && userCaller(user), token);
  if (!landing) {
    // A dead invite link of a live workspace: its signed-in holder may ask to join instead. Anything else: one generic page.
    const offer = user ? await getJoinOffer(userCaller(user), { inviteToken: token }) : null;
    if (!offer) notFound();
    if (offer.standing === "member") redirect(`/w/${offer.workspace.slug}`);
    return (
      <Page>
        <JoinOfferBody offer={offer} email={user!.email} inviteToken={token} />
      </Page>
    );
  }
  const { offer: invite, standing } = landing;
  const here = `/invite/${token}`;

  let body: React.ReactNode;
  if (!user || standing === "signed-out") {
    body = (
      <div className="space-y-3">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Sign in or create your account with your email address to accept. You will come straight back here.
        </p>
        <SignInForm callbackUrl={here} submitLabel="Continue with email" />
      </div>
    );
  } else {
    if (standing === "member") redirect(`/w/${invite.workspace.slug}`);
    if (standing === "other-address") {
      body = (
        <SwitchAccount token={token}>
          This invitation was sent to <strong>{invite.maskedEmail}</strong>; you are signed in as <strong>{user.email}</strong>.
          Sign in with the invited address to accept it.
        </SwitchAccount>
      );
    } else if (standing === "removed") {
      body = <p className="text-sm text-zinc-600 dark:text-zinc-400">{REMOVED_MESSAGE}</p>;
    } else if (standing === "other-domain") {
      body = (
        <SwitchAccount token={token}>
          This invite link only accepts addresses at <strong>{invite.allowedDomains.join(", ")}</strong>; you are signed in as{" "}
          <strong>{user.email}</strong>.
        </SwitchAccount>
      );
    } else {
      body = (
        <div className="space-y-3">
          <p className="text-sm text-zinc-600 dark:text-zinc-400">Signed in as {user.email}.</p>
          <InviteResponseForm token={token} canDecline={invite.kind === "email"} />
        </div>
      );
    }
  }

  return (
    <Page>
      <Summary invite={invite} />
      {body}
    </Page>
  );
}

function Page({ children }: { children: React.ReactNode }) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 py-12">
      <a href="/" className="mb-8 flex items-center gap-2 text-lg font-semibold tracking-tight">
        <span aria-hidden className="grid size-8 place-items-center rounded-lg bg-zinc-900 text-sm font-bold text-white dark:bg-white dark:text-zinc-900">R</span>
        Roster
      </a>
      <Card className="w-full max-w-md space-y-6">{children}</Card>
    </main>
  );
}
