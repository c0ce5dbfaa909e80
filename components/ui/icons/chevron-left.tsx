import type { SVGProps } from "react";
import { iconProps } from "./icon-props";

export function ChevronLeft(props: SVGProps<SVGSVGElement>) {
  return <svg {...iconProps(props)}><path d="m15 18-6-6 6-6" /></svg>;
}
