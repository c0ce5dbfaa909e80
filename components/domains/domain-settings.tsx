"use client";

import { useState } from "react";
import { toast } from "@/components/ui/toast";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CopyButton } from "@/components/ui/copy-button";
import { FieldError, Input, Label } from "@/components/ui/input";
import { RelativeTime } from "@/components/ui/relative-time";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/actions/run-action";
import { addDnsDomainAction, addWorkspaceDomainAction, checkDomainAction, removeWorkspaceDomainAction } from "@/lib/actions/domain-actions";
import type { WorkspaceDomain } from "@/lib/domains/list-domains";

type Props = { slug: string; domains: WorkspaceDomain[]; now: Date };

/** How a domain stands, in the words the page uses. */
function status(d: WorkspaceDomain): { label: string; tone: "indigo" | "zinc" | "amber" | "red"; detail: string } {
  if (d.verified && d.method === "dns") {
    return { label: "Verified by DNS", tone: "indigo", detail: "Good for single sign-on and auto-join. Keep the record published: Roster checks it again every day." };
  }
  if (d.verified) {
    return {
      label: "Verified by email",
      tone: "zinc",
      detail: d.record
        ? "Proven by a manager's own address, the weaker proof (auto-join only) until the DNS record below is found."
        : "Proven by a manager's own address at the domain: the weaker proof, good for auto-join but not for single sign-on.",
    };
  }
  if (d.lastCheckedAt) return { label: "Not verified", tone: "red", detail: "The record was not found when Roster last checked. Publish it, then check again." };
  return { label: "Pending", tone: "amber", detail: "Publish this TXT record at your DNS provider, then check it." };
}

function RecordField({ label, value }: { label: string; value: string }) {
  return (
    <div className="space-y-1">
      <dt className="text-xs font-medium text-zinc-600 dark:text-zinc-400">{label}</dt>
      <dd className="flex items-center gap-2">
        <code className="min-w-0 flex-1 rounded bg-zinc-100 px-2 py-1.5 font-mono text-xs break-all dark:bg-zinc-800" data-testid={`record-${label.toLowerCase()}`}>
          {value}
        </code>
        <CopyButton value={value} label={`Copy the record's ${label.toLowerCase()}`} size="sm" />
      </dd>
    </div>
  );
}

function DomainRow({ slug, domain: d, now, run, pending }: { slug: string; domain: WorkspaceDomain; now: Date; run: Run; pending: boolean }) {
  const [removing, setRemoving] = useState(false);
  const s = status(d);
  const showRecord = d.record && !(d.verified && d.method === "dns");
  return (
    <li className="space-y-3 py-4 first:pt-0 last:pb-0" data-testid={`domain-${d.domain}`}>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <span className="font-medium wrap-anywhere">{d.domain}</span>
        <Badge tone={s.tone}>{s.label}</Badge>
        <div className="ml-auto flex flex-wrap gap-2">
          {d.record ? (
            <Button size="sm" variant="secondary" pending={pending} onClick={() => run(() => checkDomainAction(slug, { domain: d.domain }), checked(d))}>
              Check now
            </Button>
          ) : (
            <Button size="sm" variant="secondary" pending={pending} onClick={() => run(() => addDnsDomainAction(slug, { domain: d.domain }), () => ({ text: `Publish the TXT record for ${d.domain}, then check it.` }))}>
              Get a DNS record
            </Button>
          )}
          <ConfirmDialog
            open={removing}
            onOpenChange={setRemoving}
            title={`Remove ${d.domain}?`}
            description="Auto-join and single sign-on through this domain stop. You can add it again later, with a new record to publish."
            confirmLabel="Remove domain"
            pending={pending}
            onConfirm={() => run(() => removeWorkspaceDomainAction(slug, { domain: d.domain }), () => ({ text: `${d.domain} removed.` }))}
            trigger={<Button size="sm" variant="ghost" aria-label={`Remove ${d.domain}`}>Remove</Button>}
          />
        </div>
      </div>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        {s.detail}
        {d.lastCheckedAt && (
          <>
            {" "}
            <RelativeTime prefix="Last checked" date={d.lastCheckedAt} now={now} />.
          </>
        )}
      </p>
      {showRecord && d.record && (
        <dl className="grid gap-3 rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
          <div className="space-y-1">
            <dt className="text-xs font-medium text-zinc-600 dark:text-zinc-400">Type</dt>
            <dd className="font-mono text-xs">{d.record.type}</dd>
          </div>
          <RecordField label="Name" value={d.record.name} />
          <RecordField label="Value" value={d.record.value} />
        </dl>
      )}
    </li>
  );
}

type Outcome = { verified?: boolean; lost?: boolean; found?: string[] };
/** What a finished change says: a warning when a check found no proof. */
type Say = (data: unknown) => { text: string; warn?: boolean };
type Run = (change: () => Promise<ActionResult<unknown>>, say: Say) => void;

/** What Check now says, from what DNS returned. */
const checked =
  (d: WorkspaceDomain): Say =>
  (data) => {
    const { verified, lost, found = [] } = data as Outcome;
    if (verified) return { text: `${d.domain} is verified.` };
    if (lost) return { text: `${d.domain} is no longer verified: its record is gone.`, warn: true };
    return found.length
      ? { text: `${d.record?.name} holds other values than the one to publish.`, warn: true }
      : { text: `No record at ${d.record?.name} yet. DNS changes can take a few minutes to arrive.`, warn: true };
  };

/** The workspace's domains: add one to prove through DNS (or by your email address), publish its record, check it. */
export function DomainSettings({ slug, domains, now }: Props) {
  const [domain, setDomain] = useState("");
  const { run, pending, firstError: error } = useAction(async (change: () => Promise<ActionResult<unknown>>, say: Say) => {
    const result = await change();
    if (result.ok) {
      const { text, warn } = say(result.data);
      if (warn) toast.warning(text);
      else toast.success(text);
    }
    return result;
  });

  function add(by: "dns" | "email") {
    const value = domain;
    // The field keeps what was typed until the domain is added, so a refusal can be corrected in place.
    run(
      () => (by === "dns" ? addDnsDomainAction(slug, { domain: value }) : addWorkspaceDomainAction(slug, { domain: value })),
      () => {
        setDomain("");
        return { text: by === "dns" ? `${value} added: publish its TXT record, then check it.` : `${value} added.` };
      },
    );
  }

  return (
    <div className="space-y-5">
      <form
        className="space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          add("dns");
        }}
      >
        <Label htmlFor="domain">Domain</Label>
        <div className="flex flex-wrap gap-2">
          <Input id="domain" name="domain" placeholder="acme.com" value={domain} onChange={(e) => setDomain(e.target.value)} className="max-w-xs" autoComplete="off" />
          <Button type="submit" disabled={pending || !domain}>Verify with DNS</Button>
          <Button type="button" variant="secondary" disabled={pending || !domain} onClick={() => add("email")}>
            Use my email address
          </Button>
        </div>
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          DNS proves the company owns the domain: needed for single sign-on. Your own verified address at the domain is the weaker proof: enough for auto-join only.
        </p>
        <FieldError>{error}</FieldError>
      </form>
      {domains.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No domains yet.</p>
      ) : (
        <ul className="divide-y divide-zinc-200 border-t border-zinc-200 pt-4 dark:divide-zinc-800 dark:border-zinc-800">
          {domains.map((d) => (
            <DomainRow key={d.domain} slug={slug} domain={d} now={now} run={run} pending={pending} />
          ))}
        </ul>
      )}
    </div>
  );
}
