import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { workspaces } from "@/db/schema";
import { slugSchema } from "./slug";

/** Anyone signed in: whether a slug is valid and free (the create form shows it as you type). */
export async function checkSlugAvailability(slug: unknown): Promise<{ available: boolean; message: string }> {
  const parsed = slugSchema.safeParse(slug);
  if (!parsed.success) return { available: false, message: parsed.error.issues[0]?.message ?? "Invalid slug." };
  const db = await getDb();
  const [taken] = await db.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, parsed.data)).limit(1);
  return taken ? { available: false, message: "That slug is already taken." } : { available: true, message: "Available." };
}
