import type { SVGProps } from "react";
import { iconProps } from "./icon-props";

export function Plus(props: SVGProps<SVGSVGElement>) {
  return <svg {...iconProps(props)}><path d="M5 12h14" /><path d="M12 5v14" /></svg>;
}
