-- Covering index (drizzle-kit cannot express INCLUDE): member search probes it for each matching user, index-only.
CREATE INDEX "memberships_user_workspace_idx" ON "memberships" USING btree ("user_id","workspace_id") INCLUDE ("role","joined_at");--> statement-breakpoint
DROP INDEX "memberships_user_idx";
