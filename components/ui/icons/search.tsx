import type { SVGProps } from "react";
import { iconProps } from "./icon-props";

export function Search(props: SVGProps<SVGSVGElement>) {
  return <svg {...iconProps(props)}><path d="m21 21-4.34-4.34" /><circle cx="11" cy="11" r="8" /></svg>;
}
