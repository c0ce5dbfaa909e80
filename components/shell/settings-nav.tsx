import { NavLinks } from "./nav-links";

export type SettingsTab = { href: string; label: string };

/** The tabs under a settings header; `exact`: a tab is current on its own page only, not on the pages under it. */
export function SettingsNav({ tabs, exact = false }: { tabs: SettingsTab[]; exact?: boolean }) {
  return (
    <NavLinks
      label={exact ? "Account" : "Workspace settings"}
      links={tabs.map((tab) => ({ ...tab, section: exact ? undefined : tab.href }))}
      className="nav-tabs"
    />
  );
}
