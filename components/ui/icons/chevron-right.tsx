import type { SVGProps } from "react";
import { iconProps } from "./icon-props";

export function ChevronRight(props: SVGProps<SVGSVGElement>) {
  return <svg {...iconProps(props)}><path d="m9 18 6-6-6-6" /></svg>;
}
