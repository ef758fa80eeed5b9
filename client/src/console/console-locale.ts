// The console's language, shared with every part of the console through a typed context (set once by ConsoleApp).
import { createContext } from "svelte";
import type { ConsoleMessages } from "../lib/i18n/console-messages.ts";
import type { ScreenLocale } from "../lib/i18n/screen-locale.svelte.ts";

/**
 * The console's locale, in any console component: `const locale = consoleLocale()` while the component initialises
 * (a context is read then only), then `const m = $derived(locale.messages)` for its texts.
 */
export const [consoleLocale, setConsoleLocale] = createContext<ScreenLocale<ConsoleMessages>>();
