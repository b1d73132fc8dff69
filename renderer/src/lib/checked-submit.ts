import type { FormEvent } from 'react';

/**
 * A form's submit: marks it tried (so that its issues show), then sends it if nothing is wrong, or moves the
 * focus to the first field that needs attention.
 */
export function checkedSubmit(formId: string, issueCount: number, send: () => void, markTried: () => void): (event: FormEvent) => void {
  return (event) => {
    event.preventDefault();
    markTried();
    if (issueCount === 0) send();
    else requestAnimationFrame(() => document.querySelector<HTMLElement>(`#${formId} [aria-invalid="true"]`)?.focus());
  };
}

/** A form's submit handled in the page: the browser's own submission prevented, then `run`. */
export function submitWith(run: () => void): (event: FormEvent) => void {
  return (event) => {
    event.preventDefault();
    run();
  };
}
