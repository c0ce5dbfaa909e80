"use client";

import { DropdownMenu as Menu } from "radix-ui";
import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

// Radix's dropdown menu with Roster's styling (the `menu-*` classes in globals.css): what ./dropdown-menu.tsx loads the
// first time a menu opens (or is about to).

/** Kept 8 px inside the screen. */
function Content({ className, sideOffset = 6, collisionPadding = 8, ...props }: ComponentProps<typeof Menu.Content>) {
  return (
    <Menu.Portal>
      <Menu.Content
        collisionPadding={collisionPadding}
        sideOffset={sideOffset}
        className={cn("menu-content", className)}
        {...props}
      />
    </Menu.Portal>
  );
}

function Item({ className, ...props }: ComponentProps<typeof Menu.Item>) {
  return (
    <Menu.Item className={cn("menu-item", className)} {...props} />
  );
}

function Label({ className, ...props }: ComponentProps<typeof Menu.Label>) {
  return <Menu.Label className={cn("menu-label", className)} {...props} />;
}

function Separator({ className, ...props }: ComponentProps<typeof Menu.Separator>) {
  return <Menu.Separator className={cn("menu-separator", className)} {...props} />;
}

export const parts = { Root: Menu.Root, Trigger: Menu.Trigger, Group: Menu.Group, Content, Item, Label, Separator };
export type MenuParts = typeof parts;
