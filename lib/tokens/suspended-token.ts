import { AppError } from "@/lib/errors";

/** The refusal of a token whose holder is suspended in the workspace it reaches (or whose access there ended). */
export const suspendedToken = () =>
  new AppError("SUSPENDED", "This token's holder is suspended in this workspace (or their access to it ended). The token works again once they are reactivated.");
