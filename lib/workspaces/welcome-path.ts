/** The query parameter that tells the shell a person has just joined: it greets them with the workspace and role it read. */
export const WELCOME_PARAM = "welcome";

/** The query parameter that tells the shell an invitation was just declined. */
export const DECLINED_PARAM = "declined";

/** Where a person lands after joining a workspace (an invitation, an invite link, auto-join, the switcher); a member already there is not welcomed again. */
export function welcomePath({ slug, alreadyMember = false }: { slug: string; alreadyMember?: boolean }): string {
  return alreadyMember ? `/w/${slug}` : `/w/${slug}?${WELCOME_PARAM}=1`;
}

/** Where a person lands after declining an invitation on its landing page: their other invitations. */
export const DECLINED_PATH = `/account/invitations?${DECLINED_PARAM}=1`;
