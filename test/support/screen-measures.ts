// Measures what a screen shows in Chromium: sideways overflow and text too small to read. The page-side code is
// plain JavaScript in strings, as the tests are type-checked without the DOM library.
import type { Page } from "playwright-core";

/** Whatever the page shows sideways beyond the screen: the document's overflow and any control cut at the edge. */
export function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const problems = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width)
      problems.push("the page is " + document.documentElement.scrollWidth + " px wide on a " + width + " px screen");
    for (const control of document.querySelectorAll("button, select, h1, [data-testid]")) {
      const box = control.getBoundingClientRect();
      if (box.width > 0 && (box.right > width + 0.5 || box.left < -0.5))
        problems.push((control.textContent || "").trim().slice(0, 30) + " spans " + box.left + " to " + box.right);
    }
    return problems;
  })()`);
}

/** Every piece of text on screen smaller than `min` CSS pixels (text in closed <details> and screen-reader-only text aside). */
export function smallText(page: Page, min: number): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      const text = (node.textContent || "").trim();
      if (!element || !text || element.closest(".visually-hidden, script, style")) continue;
      if (element.getClientRects().length === 0 || element.closest("details:not([open]) > :not(summary)")) continue;
      const size = parseFloat(getComputedStyle(element).fontSize);
      if (size < ${JSON.stringify(min)}) found.push('"' + text.slice(0, 30) + '" at ' + size + " px");
    }
    return found;
  })()`);
}
