ALTER TABLE "workspaces" ADD COLUMN "member_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "memberships_workspace_owners_idx" ON "memberships" USING btree ("workspace_id") WHERE "memberships"."role" = 'owner';--> statement-breakpoint
UPDATE "workspaces" w SET "member_count" = (SELECT count(*) FROM "memberships" m WHERE m."workspace_id" = w."id");--> statement-breakpoint
CREATE FUNCTION "count_members_added"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "workspaces" w SET "member_count" = w."member_count" + n.added
  FROM (SELECT "workspace_id", count(*) AS added FROM added_rows GROUP BY "workspace_id") n
  WHERE w."id" = n."workspace_id";
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION "count_members_removed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "workspaces" w SET "member_count" = w."member_count" - n.removed
  FROM (SELECT "workspace_id", count(*) AS removed FROM removed_rows GROUP BY "workspace_id") n
  WHERE w."id" = n."workspace_id";
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "memberships_count_added" AFTER INSERT ON "memberships"
  REFERENCING NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION "count_members_added"();--> statement-breakpoint
CREATE TRIGGER "memberships_count_removed" AFTER DELETE ON "memberships"
  REFERENCING OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION "count_members_removed"();--> statement-breakpoint
-- Member search (ILIKE '%q%' on name and email) through trigram indexes where pg_trgm is available (Debian's
-- PostgreSQL ships it; the embedded PGlite does not load it, and a local data folder is small enough to scan).
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX IF NOT EXISTS "users_email_trgm_idx" ON "users" USING gin ("email" gin_trgm_ops);
    CREATE INDEX IF NOT EXISTS "users_name_trgm_idx" ON "users" USING gin ("name" gin_trgm_ops);
  END IF;
EXCEPTION WHEN insufficient_privilege OR undefined_file OR feature_not_supported THEN
  RAISE NOTICE 'pg_trgm is not available: member search scans the workspace instead of using an index';
END $$;
