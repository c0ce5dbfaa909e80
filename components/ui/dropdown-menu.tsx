"use client";

import { createContext, useContext, type ComponentProps, type ReactNode } from "react";
import type { MenuParts } from "./dropdown-menu-parts";
import { lazyParts, type OpenProps } from "./lazy-parts";

/**
 * Dropdown menus whose code (Radix's menu, its positioning and focus handling) loads when one first opens, or is about
 * to (its trigger pointed at or focused), not with every page: the header's menus are on every page. Until then a
 * menu is its trigger alone; once loaded, every menu renders through Radix. Same API as Radix's.
 */
const radix = lazyParts(() => import("./dropdown-menu-parts").then((m) => m.parts));

type State = { parts: MenuParts | null; setOpen: (open: boolean) => void };
const MenuState = createContext<State | null>(null);

function useParts(component: string): MenuParts | null {
  const state = useContext(MenuState);
  if (!state) throw new Error(`<${component}> must be inside <DropdownMenu>`);
  return state.parts;
}

export function DropdownMenu({ modal, children, ...openProps }: OpenProps & { modal?: boolean; children: ReactNode }) {
  const { parts, open, setOpen } = radix.useParts(openProps);
  return (
    <MenuState.Provider value={{ parts, setOpen }}>
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
export function DropdownMenuTrigger({ onPointerDown, onKeyDown, onPointerEnter, onFocus, ...props }: ComponentProps<"button">) {
  const state = useContext(MenuState);
  if (!state) throw new Error("<DropdownMenuTrigger> must be inside <DropdownMenu>");
  const { parts, setOpen } = state;
  if (parts) return <parts.Trigger onPointerDown={onPointerDown} onKeyDown={onKeyDown} onPointerEnter={onPointerEnter} onFocus={onFocus} {...props} />;
  return (
    <button
      type="button"
      aria-haspopup="menu"
      aria-expanded={false}
      data-state="closed"
      {...props}
      {...radix.preloadOn({ onPointerEnter, onFocus })}
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
