CREATE TABLE "join_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"via" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"role" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" text,
	CONSTRAINT "join_requests_status_check" CHECK ("join_requests"."status" in ('pending','approved','declined')),
	CONSTRAINT "join_requests_via_check" CHECK ("join_requests"."via" in ('invite-link','domain')),
	CONSTRAINT "join_requests_role_check" CHECK ("join_requests"."role" is null or "join_requests"."role" in ('owner','manager','member','viewer'))
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "sso_connection_id" uuid;--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "suspended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "suspended_by" text;--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "access_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "access_end_recorded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "domain_auto_join_mode" text DEFAULT 'join' NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "deleted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "deleted_by" text;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "purge_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "access_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "invite_links" ADD COLUMN "access_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "join_requests" ADD CONSTRAINT "join_requests_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "join_requests" ADD CONSTRAINT "join_requests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "join_requests" ADD CONSTRAINT "join_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "join_requests_workspace_idx" ON "join_requests" USING btree ("workspace_id","status","created_at");--> statement-breakpoint
CREATE INDEX "join_requests_user_idx" ON "join_requests" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "join_requests_pending_unique" ON "join_requests" USING btree ("workspace_id","user_id") WHERE status = 'pending';--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_suspended_by_users_id_fk" FOREIGN KEY ("suspended_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workspaces" ADD CONSTRAINT "workspaces_deleted_by_users_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "memberships_access_until_idx" ON "memberships" USING btree ("access_until") WHERE access_until is not null and access_end_recorded_at is null;--> statement-breakpoint
CREATE INDEX "workspaces_purge_idx" ON "workspaces" USING btree ("purge_at") WHERE deleted_at is not null;--> statement-breakpoint
ALTER TABLE "workspaces" ADD CONSTRAINT "workspaces_domain_auto_join_mode_check" CHECK ("workspaces"."domain_auto_join_mode" in ('join','request'));--> statement-breakpoint
ALTER TABLE "workspaces" ADD CONSTRAINT "workspaces_deleted_check" CHECK (("workspaces"."deleted_at" is null) = ("workspaces"."purge_at" is null));