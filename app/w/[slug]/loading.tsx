import { WorkspaceSkeleton } from "@/components/shell/page-skeleton";

export default function WorkspaceLoading() {
  return <WorkspaceSkeleton />;
}
