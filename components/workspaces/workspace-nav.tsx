import { NavLinks } from "@/components/shell/nav-links";

/**
 * Overview and Settings for the current workspace: in the header's row from `sm` up, and on phones a row of its own
 * under it (the header wraps), so the two links are never hidden.
 */
export function WorkspaceNav({ slug }: { slug: string }) {
  return (
    <NavLinks
      label="Workspace"
      testId="workspace-nav"
      links={[
        { href: `/w/${slug}`, label: "Overview" },
        { href: `/w/${slug}/settings/general`, label: "Settings", section: `/w/${slug}/settings` },
      ]}
      className="nav-pills order-last -mx-4 basis-[calc(100%+2rem)] border-t border-zinc-200 px-2 py-1.5 sm:order-none sm:mx-0 sm:basis-auto sm:border-0 sm:p-0 dark:border-zinc-800"
    />
  );
}
