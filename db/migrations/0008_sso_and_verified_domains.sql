CREATE TABLE "sso_connections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"protocol" text NOT NULL,
	"display_name" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"require_sso" boolean DEFAULT false NOT NULL,
	"tested_at" timestamp with time zone,
	"tested_by" text,
	"oidc_issuer" text,
	"oidc_client_id" text,
	"oidc_client_secret_encrypted" text,
	"oidc_scopes" text DEFAULT 'openid email profile' NOT NULL,
	"saml_idp_metadata_url" text,
	"saml_idp_metadata_xml" text,
	"saml_idp_entity_id" text,
	"saml_idp_sso_url" text,
	"saml_idp_certificates" text[] DEFAULT '{}'::text[] NOT NULL,
	"saml_sign_requests" boolean DEFAULT false NOT NULL,
	"saml_sp_private_key_encrypted" text,
	"saml_sp_certificate" text,
	"saml_allow_idp_initiated" boolean DEFAULT false NOT NULL,
	"default_role" text DEFAULT 'member' NOT NULL,
	"idp_manages_roles" boolean DEFAULT false NOT NULL,
	"group_roles" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"break_glass_user_id" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sso_connections_protocol_check" CHECK ("sso_connections"."protocol" in ('oidc', 'saml')),
	CONSTRAINT "sso_connections_default_role_check" CHECK ("sso_connections"."default_role" in ('manager', 'member', 'viewer'))
);
--> statement-breakpoint
CREATE TABLE "sso_sign_in_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"connection_id" uuid NOT NULL,
	"state_hash" text NOT NULL,
	"purpose" text DEFAULT 'sign-in' NOT NULL,
	"oidc_nonce" text,
	"oidc_code_verifier" text,
	"saml_request_id" text,
	"callback_url" text,
	"user_id" text,
	"result" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"consumed_at" timestamp with time zone,
	CONSTRAINT "sso_sign_in_attempts_state_hash_unique" UNIQUE("state_hash"),
	CONSTRAINT "sso_sign_in_attempts_purpose_check" CHECK ("sso_sign_in_attempts"."purpose" in ('sign-in', 'test'))
);
--> statement-breakpoint
CREATE TABLE "sso_used_assertions" (
	"connection_id" uuid NOT NULL,
	"assertion_id" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sso_used_assertions_connection_id_assertion_id_pk" PRIMARY KEY("connection_id","assertion_id")
);
--> statement-breakpoint
ALTER TABLE "workspace_domains" ADD COLUMN "verification_method" text DEFAULT 'email' NOT NULL;--> statement-breakpoint
ALTER TABLE "workspace_domains" ADD COLUMN "verification_token" text;--> statement-breakpoint
ALTER TABLE "workspace_domains" ADD COLUMN "verified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "workspace_domains" ADD COLUMN "last_checked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "github_organization_linked_by" text;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "github_organization_checked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "github_organization_paused_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sso_connections" ADD CONSTRAINT "sso_connections_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sso_connections" ADD CONSTRAINT "sso_connections_tested_by_users_id_fk" FOREIGN KEY ("tested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sso_connections" ADD CONSTRAINT "sso_connections_break_glass_user_id_users_id_fk" FOREIGN KEY ("break_glass_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sso_connections" ADD CONSTRAINT "sso_connections_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sso_sign_in_attempts" ADD CONSTRAINT "sso_sign_in_attempts_connection_id_sso_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."sso_connections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sso_sign_in_attempts" ADD CONSTRAINT "sso_sign_in_attempts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sso_used_assertions" ADD CONSTRAINT "sso_used_assertions_connection_id_sso_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."sso_connections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sso_connections_workspace_idx" ON "sso_connections" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "sso_sign_in_attempts_expires_idx" ON "sso_sign_in_attempts" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "sso_sign_in_attempts_saml_request_idx" ON "sso_sign_in_attempts" USING btree ("saml_request_id");--> statement-breakpoint
CREATE INDEX "sso_used_assertions_expires_idx" ON "sso_used_assertions" USING btree ("expires_at");--> statement-breakpoint
ALTER TABLE "workspaces" ADD CONSTRAINT "workspaces_github_organization_linked_by_users_id_fk" FOREIGN KEY ("github_organization_linked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "workspace_domains_verified_dns_unique" ON "workspace_domains" USING btree ("domain") WHERE verification_method = 'dns' and verified_at is not null;--> statement-breakpoint
ALTER TABLE "workspace_domains" ADD CONSTRAINT "workspace_domains_verification_method_check" CHECK ("workspace_domains"."verification_method" in ('dns', 'email'));--> statement-breakpoint
-- Domains added before DNS verification were proven by the adding manager's own verified email address.
UPDATE "workspace_domains" SET "verified_at" = "created_at" WHERE "verification_method" = 'email';