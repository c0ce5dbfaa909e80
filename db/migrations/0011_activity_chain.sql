CREATE TABLE "activity_chains" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL,
	"prev_hash" text NOT NULL,
	"anchor_seq" bigint DEFAULT 0 NOT NULL,
	"anchor_hash" text DEFAULT '0000000000000000000000000000000000000000000000000000000000000000' NOT NULL
);
--> statement-breakpoint
ALTER TABLE "activity_events" ADD COLUMN "seq" bigint;--> statement-breakpoint
ALTER TABLE "activity_events" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "activity_events" ADD COLUMN "hash" text;--> statement-breakpoint
CREATE UNIQUE INDEX "activity_events_workspace_seq_idx" ON "activity_events" USING btree ("workspace_id","seq");--> statement-breakpoint
-- The chain starts after the events recorded before it: they are numbered in their order (oldest first) but not hashed,
-- and each workspace's anchor is its last such event (verify reports it), with the genesis hash as the first prev_hash.
UPDATE "activity_events" e SET "seq" = n."seq" FROM (
	SELECT "id", row_number() OVER (PARTITION BY "workspace_id" ORDER BY "created_at", "id") AS "seq" FROM "activity_events"
) n WHERE n."id" = e."id";--> statement-breakpoint
INSERT INTO "activity_chains" ("workspace_id", "seq", "hash", "prev_hash", "anchor_seq", "anchor_hash")
SELECT "workspace_id", max("seq"), repeat('0', 64), repeat('0', 64), max("seq"), repeat('0', 64) FROM "activity_events" GROUP BY "workspace_id";
