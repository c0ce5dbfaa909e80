import { SettingsTabSkeleton } from "@/components/shell/page-skeleton";

export default function SettingsLoading() {
  return <SettingsTabSkeleton />;
}
