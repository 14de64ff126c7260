// Puts the chosen theme on <html>; "system" leaves it to prefers-color-scheme in the CSS.
import type { Theme } from '../db/types';

export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
}
