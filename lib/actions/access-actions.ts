"use server";

import { closeEveryDoor } from "@/lib/access/close-every-door";
import { closeEveryDoorSchema } from "@/lib/access/schemas";
import { workspaceAction } from "./factories";

/** Settings -> Access: "Close every open door" (access:close-all, the slug typed to confirm). */
export const closeEveryDoorAction = workspaceAction(closeEveryDoor, { input: closeEveryDoorSchema, revalidate: "workspace" });
