import { useEffect, type RefObject } from 'react';

/** Where a typed key belongs to what has focus: text fields, and dialogs and drawers over the page. */
const OWN_KEYS = 'input, textarea, select, [contenteditable="true"], [role="dialog"], .MuiDrawer-root';

/** A one-key shortcut (like `/` for search) that focuses and selects a field, unless typing elsewhere. */
export function useFocusShortcut(key: string, field: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== key || event.ctrlKey || event.metaKey || event.altKey) return;
      if ((event.target as HTMLElement | null)?.closest(OWN_KEYS)) return;
      event.preventDefault();
      field.current?.focus();
      field.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [key, field]);
}
