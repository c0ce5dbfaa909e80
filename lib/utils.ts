import { clsx, type ClassValue } from "clsx";

/**
 * Joins class names. Nothing is merged: the primitives' own styles are component classes (globals.css), which a
 * utility passed in `className` overrides by the cascade, so the browser needs no class-merging library (tailwind-merge
 * was 9 KB of every page's JavaScript). Two utilities for the same property in one list are a mistake here.
 */
export function cn(...inputs: ClassValue[]) {
  return clsx(inputs);
}
