import { Card } from "@/components/ui/card";
import { INVALID_INVITE_MESSAGE } from "@/lib/invitations/resolve-invite";

// One page for every kind of dead token: it reveals nothing about any workspace.
export default function InvalidInvite() {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 py-12">
      <title>Invitation not valid · Roster</title>
      <Card className="w-full max-w-md space-y-3 text-center">
        <h1 className="text-xl font-semibold tracking-tight">This invitation is not valid</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{INVALID_INVITE_MESSAGE} Ask the person who invited you for a new one.</p>
        <a href="/" className="inline-block text-sm font-medium underline">Go to Roster</a>
      </Card>
    </main>
  );
}
