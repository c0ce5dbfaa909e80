import { scimHandler } from "@/lib/scim/scim-handler";

export const dynamic = "force-dynamic";

export const GET = scimHandler;
export const POST = scimHandler;
export const PUT = scimHandler;
export const PATCH = scimHandler;
export const DELETE = scimHandler;
