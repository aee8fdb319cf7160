import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * WXT's content-script context, minus the part a page can abuse: WXT tells older copies of a
 * content script to stop through an event on `document` (and a message posted to the window,
 * carrying the extension's id), and a page script can send that event too, switching Safe Harbor
 * off. This context neither announces itself nor listens; it ends only when the extension is
 * reloaded or removed (`browser.runtime.id` is gone), which WXT checks on every timer tick.
 */
export class PageProofContext extends ContentScriptContext {
  override stopOldScripts(): void {}
  override listenForNewerScripts(): void {}
}
