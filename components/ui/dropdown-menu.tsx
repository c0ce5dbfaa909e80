"use client";

import { createContext, useContext, useEffect, useState, type ComponentProps, type ReactNode } from "react";
import type { MenuParts } from "./dropdown-menu-parts";

/**
 * Dropdown menus whose code (Radix's menu, its positioning and focus handling) loads when one first opens, or is about
 * to (its trigger pointed at or focused), not with every page: the header's menus are on every page. Until then a
 * menu is its trigger alone; once loaded, every menu renders through Radix. Same API as Radix's.
 */
let loaded: MenuParts | null = null;
let loading: Promise<MenuParts> | null = null;
function load(): Promise<MenuParts> {
  loading ??= import("./dropdown-menu-parts").then((m) => (loaded = m.parts));
  return loading;
}

type State = { parts: MenuParts | null; setOpen: (open: boolean) => void };
const MenuState = createContext<State | null>(null);

function useParts(component: string): MenuParts | null {
  const state = useContext(MenuState);
  if (!state) throw new Error(`<${component}> must be inside <DropdownMenu>`);
  return state.parts;
}

export function DropdownMenu({
  open: controlledOpen,
  defaultOpen = false,
  onOpenChange,
  modal,
  children,
}: {
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  modal?: boolean;
  children: ReactNode;
}) {
  const [parts, setParts] = useState<MenuParts | null>(loaded);
  const [ownOpen, setOwnOpen] = useState(defaultOpen);
  const open = controlledOpen ?? ownOpen;
  const setOpen = (next: boolean) => {
    if (controlledOpen === undefined) setOwnOpen(next);
    onOpenChange?.(next);
  };
  useEffect(() => {
    if (!open || parts) return;
    let current = true;
    void load().then((p) => current && setParts(p));
    return () => {
      current = false;
    };
  }, [open, parts]);
  const state = { parts, setOpen };
  return (
    <MenuState.Provider value={state}>
      {parts ? (
        <parts.Root open={open} onOpenChange={setOpen} modal={modal}>
          {children}
        </parts.Root>
      ) : (
        children
      )}
    </MenuState.Provider>
  );
}

/** Opens the menu as Radix's trigger does: a primary-button press, or Enter, Space or ArrowDown. */
export function DropdownMenuTrigger({ onPointerDown, onKeyDown, ...props }: ComponentProps<"button">) {
  const state = useContext(MenuState);
  if (!state) throw new Error("<DropdownMenuTrigger> must be inside <DropdownMenu>");
  const { parts, setOpen } = state;
  if (parts) return <parts.Trigger onPointerDown={onPointerDown} onKeyDown={onKeyDown} {...props} />;
  return (
    <button
      type="button"
      aria-haspopup="menu"
      aria-expanded={false}
      data-state="closed"
      onPointerEnter={() => void load()}
      onFocus={() => void load()}
      onPointerDown={(event) => {
        onPointerDown?.(event);
        if (!event.defaultPrevented && event.button === 0 && !event.ctrlKey) {
          event.preventDefault(); // as Radix: the trigger keeps focus rather than the press moving it
          setOpen(true);
        }
      }}
      onKeyDown={(event) => {
        onKeyDown?.(event);
        if (!event.defaultPrevented && ["Enter", " ", "ArrowDown"].includes(event.key)) {
          event.preventDefault();
          setOpen(true);
        }
      }}
      {...props}
    />
  );
}

export function DropdownMenuContent(props: ComponentProps<MenuParts["Content"]>) {
  const parts = useParts("DropdownMenuContent");
  return parts ? <parts.Content {...props} /> : null;
}

export function DropdownMenuGroup(props: ComponentProps<MenuParts["Group"]>) {
  const parts = useParts("DropdownMenuGroup");
  return parts ? <parts.Group {...props} /> : null;
}

export function DropdownMenuItem(props: ComponentProps<MenuParts["Item"]>) {
  const parts = useParts("DropdownMenuItem");
  return parts ? <parts.Item {...props} /> : null;
}

export function DropdownMenuLabel(props: ComponentProps<MenuParts["Label"]>) {
  const parts = useParts("DropdownMenuLabel");
  return parts ? <parts.Label {...props} /> : null;
}

export function DropdownMenuSeparator(props: ComponentProps<MenuParts["Separator"]>) {
  const parts = useParts("DropdownMenuSeparator");
  return parts ? <parts.Separator {...props} /> : null;
}
