import { NextResponse, type NextRequest } from "next/server";
import { listMailbox } from "@/lib/mail/list-mailbox";
import { localMailboxEnabled } from "@/lib/mail/send-mail";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  if (!localMailboxEnabled()) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const to = request.nextUrl.searchParams.get("to") ?? undefined;
  const messages = await listMailbox(to);
  return NextResponse.json(
    messages.map((m) => ({ id: m.id, to: m.to, from: m.from, subject: m.subject, text: m.text, html: m.html, createdAt: m.createdAt })),
  );
}
