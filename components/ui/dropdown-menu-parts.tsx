"use client";

import { DropdownMenu as Menu } from "radix-ui";
import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

/** Radix's dropdown menu with Roster's styling: what ./dropdown-menu.tsx loads the first time a menu opens (or is about to). */
/** Never wider than the screen (a phone), and kept 8 px inside it. */
function Content({ className, sideOffset = 6, collisionPadding = 8, ...props }: ComponentProps<typeof Menu.Content>) {
  return (
    <Menu.Portal>
      <Menu.Content
        collisionPadding={collisionPadding}
        sideOffset={sideOffset}
        className={cn(
          "z-50 min-w-56 max-w-[calc(100vw-1rem)] overflow-hidden rounded-xl border border-zinc-200 bg-white p-1 text-zinc-900 shadow-lg dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-100",
          className,
        )}
        {...props}
      />
    </Menu.Portal>
  );
}

function Item({ className, ...props }: ComponentProps<typeof Menu.Item>) {
  return (
    <Menu.Item
      className={cn(
        "flex cursor-pointer select-none items-center gap-2 rounded-lg px-2.5 py-2 text-sm outline-none [&_svg]:shrink-0 data-[highlighted]:bg-zinc-100 data-[disabled]:opacity-50 dark:data-[highlighted]:bg-zinc-800",
        className,
      )}
      {...props}
    />
  );
}

function Label({ className, ...props }: ComponentProps<typeof Menu.Label>) {
  // A long email address wraps rather than running out of a phone-wide menu.
  return <Menu.Label className={cn("px-2.5 py-1.5 text-xs font-medium text-zinc-600 [overflow-wrap:anywhere] dark:text-zinc-400", className)} {...props} />;
}

function Separator({ className, ...props }: ComponentProps<typeof Menu.Separator>) {
  return <Menu.Separator className={cn("-mx-1 my-1 h-px bg-zinc-200 dark:bg-zinc-800", className)} {...props} />;
}

export const parts = { Root: Menu.Root, Trigger: Menu.Trigger, Group: Menu.Group, Content, Item, Label, Separator };
export type MenuParts = typeof parts;
