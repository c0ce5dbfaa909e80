import { z } from "zod";

/** "Close every open door" is confirmed by typing the workspace's slug, as deleting it is. */
export const closeEveryDoorSchema = z.object({ confirmSlug: z.string().trim().max(64) });
