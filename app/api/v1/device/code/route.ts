import { deviceCodeRoute } from "@/lib/api/device-routes";

export const dynamic = "force-dynamic";
export const POST = deviceCodeRoute;
