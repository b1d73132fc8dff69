// The UI languages are shared with main (the tray and native dialogs speak the same language as the window).
export { LANGUAGES, pickLanguage, type Language, type LanguageSetting, type UiLanguage } from '../../../shared/languages';
