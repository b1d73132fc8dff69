/** Renderer files whose UI text is not yet in the locale files (see ui-text.js). */
declare const pending: string[];
export default pending;
