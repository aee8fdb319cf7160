/**
 * The panel never moves the site, shows every word it holds, and passes axe, on every compose
 * surface, at a wide and a narrow window, with the site in light and in dark. Each fixture gets the
 * flex rows its real site lays the composer out in, so a panel that joined the layout would show.
 * Run in Chromium and in Firefox.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPanelList, sharedSuiteBrowser, type SuiteBrowser, type SuitePage } from '../driver';
import { PANEL, SCREENSHOT_DIR, X_FIXTURE, type SiteFixture } from '../harness';

export const LAYOUT_FIXTURES: SiteFixture[] = [
  X_FIXTURE,
  { origin: 'https://www.instagram.com', pages: [{ path: '/create', html: 'page.html', script: 'instagram-caption.ts' }] },
  { origin: 'https://www.tiktok.com', pages: [{ path: '/tiktokstudio', html: 'page.html', script: 'tiktok-caption.tsx' }] },
  { origin: 'https://www.youtube.com', pages: [{ path: '/', html: 'page.html', script: 'youtube-comment.ts' }] },
  { origin: 'https://studio.youtube.com', pages: [{ path: '/', html: 'page.html', script: 'youtube-studio.ts' }] },
];

interface Surface {
  name: string;
  url: string;
  editor: string;
  post: string;
  panel: string;
  /** The site's own layout around the composer: rows a panel in the flow would join. */
  siteCss: string;
  /** The background the site paints in its dark mode. */
  dark: string;
}

const SURFACES: Surface[] = [
  {
    name: 'x-post',
    url: 'https://x.com/home',
    editor: '[data-testid="tweetTextarea_0"][role="textbox"]',
    post: '[data-testid="tweetButtonInline"]',
    panel: PANEL,
    siteCss: '[data-testid="toolBar"] { gap: 12px }',
    dark: '#15202b',
  },
  {
    name: 'x-reply',
    url: 'https://x.com/home?reply=1',
    editor: '[role="dialog"] [data-testid="tweetTextarea_0"][role="textbox"]',
    post: '[role="dialog"] [data-testid="tweetButton"], [role="dialog"] [data-testid="tweetButtonInline"]',
    panel: `[role="dialog"] ${PANEL}`,
    siteCss: '',
    dark: '#000000',
  },
  {
    name: 'instagram-caption',
    url: 'https://www.instagram.com/create/',
    editor: 'div[data-lexical-editor="true"]',
    post: '#share',
    panel: PANEL,
    siteCss: '[role="dialog"] { display: grid; grid-template-columns: 1fr 340px; gap: 12px } [role="dialog"] header { grid-column: 1 / -1; display: flex; justify-content: space-between } .caption { display: flex; flex-direction: column; grid-column: 2 }',
    dark: '#000000',
  },
  {
    name: 'tiktok-caption',
    url: 'https://www.tiktok.com/tiktokstudio/upload',
    editor: '[data-e2e="caption_container"] .public-DraftEditor-content',
    post: '[data-e2e="post_video_button"]',
    panel: PANEL,
    siteCss: '[data-e2e="caption_container"] { display: flex; gap: 8px; align-items: flex-start } [data-e2e="caption_container"] .DraftEditor-root { flex: 1 }',
    dark: '#121212',
  },
  {
    name: 'youtube-comment',
    url: 'https://www.youtube.com/watch?v=abc',
    editor: 'ytd-commentbox #contenteditable-root',
    post: '#submit-button button',
    panel: PANEL,
    siteCss: 'ytd-comment-simplebox-renderer { display: flex; gap: 16px } ytd-commentbox { flex: 1; display: flex; flex-wrap: wrap; gap: 8px } #contenteditable-textarea { flex: 1 1 100% } #buttons { margin-left: auto }',
    dark: '#0f0f0f',
  },
  {
    name: 'youtube-studio-description',
    url: 'https://studio.youtube.com/video/abc/edit',
    editor: '#description-textarea #textbox',
    post: '#done-button button',
    panel: `${PANEL}[data-surface="description"]`,
    siteCss: '#app > * { display: block }',
    dark: '#1f1f1f',
  },
];

const DRAFT = 'Pt is a 68M seen last week, MRN 00482913, call his wife at 555-0134. Damn, another classic Segond fracture on knee MRI.';
const AXE = readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');

type Box = { x: number; y: number; width: number; height: number };

const boxes = (page: SuitePage, surface: Surface): Promise<Box[]> =>
  page.evaluate(
    ([editor, post]) =>
      [editor!, post!].map((selector) => {
        const r = document.querySelector(selector)!.getBoundingClientRect();
        // In the page's coordinates: resizing the window may scroll it.
        return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
      }),
    [surface.editor, surface.post],
  );

/** Text that does not fit its box, and siblings drawn over each other, inside the panel's shadow root. */
function layoutProblems(page: SuitePage, panel: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const host = document.querySelector(selector)!;
    const problems: string[] = [];
    const visible = (e: Element): boolean => {
      const r = e.getBoundingClientRect();
      const style = getComputedStyle(e);
      return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && !style.clipPath.includes('inset(50%)');
    };
    const describe = (e: Element): string => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} "${(e.textContent ?? '').slice(0, 40)}"`;
    for (const element of host.shadowRoot!.querySelectorAll('*')) {
      if (!visible(element) || getComputedStyle(element).display === 'inline') continue;
      // Text that runs past its box (what holds only positioned layers, like the badge's root, is not clipped).
      const holdsText = [...element.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
      const clips = ['hidden', 'clip'].includes(getComputedStyle(element).overflowX);
      if ((holdsText || clips) && element.scrollWidth > element.clientWidth + 1) problems.push(`clipped: ${describe(element)}`);
      const children = [...element.children].filter((c) => visible(c) && !['absolute', 'fixed'].includes(getComputedStyle(c).position));
      for (let i = 0; i < children.length; i++) {
        for (let j = i + 1; j < children.length; j++) {
          const a = children[i]!.getBoundingClientRect();
          const b = children[j]!.getBoundingClientRect();
          const overlap = Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
          if (overlap > 2) problems.push(`overlap: ${describe(children[i]!)} / ${describe(children[j]!)}`);
        }
      }
    }
    for (const layer of host.shadowRoot!.querySelectorAll('.sh-list, .sh-card, .sh-guard, .sh-badge')) {
      const r = layer.getBoundingClientRect();
      if (r.width > 0 && (r.left < 0 || r.top < 0 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5)) problems.push(`outside the window: ${describe(layer)}`);
    }
    return problems;
  }, panel);
}

async function axeProblems(page: SuitePage): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScript(AXE);
  const results = await page.evaluate(
    (selector) =>
      (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown; failureSummary: string }> }> }> } }).axe.run(
        { include: [[selector]] },
        { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] } },
      ),
    'safe-harbor-panel',
  );
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) at ${JSON.stringify(n.target)}: ${n.failureSummary}`));
}

export function layoutSuite(launch: () => Promise<SuiteBrowser>): void {
  const suiteBrowser = sharedSuiteBrowser(launch);

  describe.each(SURFACES)('$name', (surface) => {
    // Half the surfaces are first laid out in a narrow window, half in a wide one.
    const [first, second] = SURFACES.indexOf(surface) % 2 === 0 ? [1280, 800] : [800, 1280];
    it(`at ${first} then ${second} px, light and dark: the site does not move, nothing is clipped, axe finds nothing serious`, async () => {
      const browser = suiteBrowser();
      const page = await browser.newPage();
      let width = first!;
      await page.setViewport(width, 900);
      await page.goto(surface.url);
      await page.addStyle(`${surface.siteCss} #app { max-width: calc(100vw - 32px) }`);
      await page.waitFor(surface.editor);
      await page.click(surface.editor);
      await page.type(DRAFT);
      const panel = `${surface.panel}[data-categories~="phi.id"]`;
      await page.waitFor(panel, { timeout: 10_000 });
      const problems: string[] = [];
      const withList = new Map<number, Box[]>();
      const caretAt = async (where: 'start' | 'end'): Promise<void> => {
        await page.evaluate(
          ([selector, end]) => {
            const editor = document.querySelector<HTMLElement>(selector!)!;
            editor.focus();
            if (editor instanceof HTMLTextAreaElement) return editor.setSelectionRange(end ? editor.value.length : 0, end ? editor.value.length : 0);
            getSelection()!.selectAllChildren(editor);
            if (end) getSelection()!.collapseToEnd();
            else getSelection()!.collapseToStart();
          },
          [surface.editor, where === 'end' ? 'end' : ''] as const,
        );
        await new Promise((resolve) => setTimeout(resolve, 150)); // selectionchange is delivered after a task
      };

      /** The badge, the list, a word's card and the guard, in the site's theme now: looked at, measured and photographed. */
      const lookAtEverySurface = async (theme: 'light' | 'dark'): Promise<void> => {
        expect(await page.attribute(panel, 'data-theme')).toBe(theme);
        // The editor and whatever Safe Harbor shows over it, with a margin of the site around them.
        const shot = async (what: string) => {
          const clip = await page.evaluate((selector) => {
            const host = document.querySelector('safe-harbor-panel[data-categories~="phi.id"]')!;
            const rects = [document.querySelector(selector)!, host, ...host.shadowRoot!.querySelectorAll('.sh-list, .sh-card, .sh-guard')].map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0);
            const left = Math.max(0, Math.min(...rects.map((r) => r.left)) - 24);
            const top = Math.max(0, Math.min(...rects.map((r) => r.top)) - 24);
            return { x: left, y: top, width: Math.min(innerWidth, Math.max(...rects.map((r) => r.right)) + 24) - left, height: Math.min(innerHeight, Math.max(...rects.map((r) => r.bottom)) + 24) - top };
          }, surface.editor);
          await page.screenshot(path.join(SCREENSHOT_DIR, `${browser.name === 'chromium' ? '' : `${browser.name}-`}layout-${surface.name}-${width}-${theme}-${what}.png`), clip);
        };
        const found = (list: string[]) => problems.push(...list.map((problem) => `${width} px, ${theme}: ${problem}`));

        await shot('badge');
        await openPanelList(page, panel);
        withList.set(width, await boxes(page, surface));
        found([...(await layoutProblems(page, panel)), ...(await axeProblems(page))]);
        await shot('list');
        await page.press('Escape');

        // The card of the first flagged word, opened from the keyboard.
        // The caret at the start of the draft, then the shortcut. (A click could land on a flagged word
        // and open its card, and Alt+↓ would then go on from that card.)
        await caretAt('start');
        await page.press('Alt+ArrowDown');
        const card = { role: 'dialog' } as const;
        await page.waitInPanel(panel, card);
        expect(await page.attributeInPanel(panel, card, 'aria-label')).toBe('Age · Gender: "68M"');
        found([...(await layoutProblems(page, panel)), ...(await axeProblems(page))]);
        await shot('card');
        await page.press('Escape');
        await page.waitInPanel(panel, card, { state: 'detached' });

        await page.click(surface.post);
        const guard = { role: 'alertdialog' } as const;
        await page.waitInPanel(panel, guard);
        found([...(await layoutProblems(page, panel)), ...(await axeProblems(page))]);
        await shot('guard');
        await page.press('Escape');
        await page.waitInPanel(panel, guard, { state: 'detached' });
      };

      /** The guard gave the focus back to the draft, its caret on the flagged word, whose card is open: the caret goes to the end. */
      const closeWordCard = async (): Promise<void> => {
        await caretAt('end');
        await page.press('Escape');
        await page.waitInPanel(panel, { role: 'dialog' }, { state: 'detached' });
      };
      const resize = async (to: number): Promise<void> => {
        width = to;
        await page.setViewport(width, 900);
        await closeWordCard();
      };

      await lookAtEverySurface('light');
      // The window is resized: the panel's layers follow it.
      await resize(second!);
      await lookAtEverySurface('light');
      // The site turns dark (its own dark background; the panel follows the site, not the system),
      // and the panel follows when it next looks at the page.
      await page.addStyle(`html, body, #react-root { background: ${surface.dark} !important; color: #e7e9ea !important }`);
      await page.waitFor(`${panel}[data-theme="dark"]`, { timeout: 10_000 });
      await closeWordCard();
      await lookAtEverySurface('dark');
      await resize(first!);
      await lookAtEverySurface('dark');

      // Take Safe Harbor off the page (hidden, so that a panel the content script puts back stays out
      // of the layout too): nothing of the site moves or changes size, at either width.
      await page.addStyle('safe-harbor-panel { display: none !important }');
      for (const [at, withPanel] of withList) {
        await page.setViewport(at, 900);
        const without = await boxes(page, surface);
        for (const [i, box] of withPanel.entries()) {
          for (const key of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(box[key] - without[i]![key]), `${at} px: ${i === 0 ? 'editor' : 'post button'} ${key}`).toBeLessThanOrEqual(2);
        }
      }
      expect(problems).toEqual([]);
      await page.close();
    }, 90_000);
  });
}
