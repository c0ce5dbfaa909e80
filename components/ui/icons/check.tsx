import type { SVGProps } from "react";
import { iconProps } from "./icon-props";

export function Check(props: SVGProps<SVGSVGElement>) {
  return <svg {...iconProps(props)}><path d="M20 6 9 17l-5-5" /></svg>;
}
