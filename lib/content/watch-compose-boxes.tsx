import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { InlinePanel, PanelBoundary } from '@/components/InlinePanel';
import panelCss from '@/components/inline-panel.css?inline';
import { onMessage, sendMessage, type SiteHealth } from '../messaging';
import { watchEffectiveSettings, type EffectiveSettings } from '../settings/effective';
import type { ComposeBox, SiteAdapter } from '../sites';
import { genericSite, writingBox } from '../sites/generic';
import { siteRow } from '../sites/table';
import { DraftSession } from './draft-session';
import { OverlayPlacement } from './overlay-placement';
import { activeCategories, createPanelStore } from './panel-store';
import { Underlines } from './underlines';
import { WordCards } from './word-cards';

/** How a surface is named to a screen reader, so two panels on one page are told apart. */
const SURFACE_NAMES: Record<string, string> = {
  post: 'post',
  reply: 'reply',
  comment: 'comment',
  caption: 'caption',
  title: 'title',
  description: 'description',
  community: 'community post',
};

/** A stopped worker wakes when a compose box gains focus, not on the first check; at most this often. */
const WARM_UP_INTERVAL_MS = 1_000;

const SCAN_INTERVAL_MS = 1000;

/** What a person does to the panel: a page script's imitation of these must not reach it. */
const INTERACTION_EVENTS = ['click', 'auxclick', 'dblclick', 'contextmenu', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'input', 'change', 'submit', 'cancel'];

/**
 * The panel's shadow root is open (tests and assistive tools read it), so a page script can reach
 * its buttons. Events the page made up (`isTrusted` false: `button.click()`, `dispatchEvent`) are
 * stopped at the shadow root, before React sees them: no panel or guard action can be driven by the page.
 */
function ignoreUntrustedEvents(shadow: ShadowRoot): void {
  const stop = (event: Event): void => {
    if (event.isTrusted) return;
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of INTERACTION_EVENTS) shadow.addEventListener(type, stop, { capture: true });
}
const SCAN_COALESCE_MS = 100;

interface Attached {
  session: DraftSession;
  /** Found by the generic checker, not by the site's adapter. */
  generic: boolean;
  ui: ShadowRootContentScriptUi<Root> | undefined;
  /** Undoes what mounting set up: store subscriptions, placement and the word cards' listeners. */
  unsubscribe: () => void;
  removed: boolean;
}

/**
 * Finds the site's compose boxes as they appear, are replaced or go away, and gives each one a
 * draft session and an inline panel in its own shadow root beside the editor.
 */
export function watchComposeBoxes(ctx: ContentScriptContext, site: SiteAdapter): void {
  const attached = new Map<HTMLElement, Attached>();
  const generic = genericSite(site);
  const underlines = new Underlines();
  let scanQueued = false;
  let settings: EffectiveSettings | undefined;
  // Settings or the institution's policy changed (a rule turned off, a word allowed, a site paused):
  // check every draft again.
  const unwatch = watchEffectiveSettings((value) => {
    const first = settings === undefined;
    settings = value;
    if (!first) for (const entry of attached.values()) entry.session.recheck({ settingsChanged: true });
  });

  /** When one post of a thread changes, the other posts are checked again too (after their own pause). */
  const threadChanged = (changed: DraftSession): void => {
    const posts = site.threadOf?.(changed.element) ?? [];
    if (posts.length < 2) return;
    for (const post of posts) if (post !== changed.element) attached.get(post)?.session.threadChanged();
  };

  // A compose box is here, or gains focus: the worker loads and warms the engine now, not on the user's first check.
  let lastWarmUp = Number.NEGATIVE_INFINITY;
  const warmUp = (): void => {
    if (performance.now() - lastWarmUp < WARM_UP_INTERVAL_MS) return;
    lastWarmUp = performance.now();
    sendMessage('warmUp', undefined).catch(() => undefined);
  };

  const attach = (box: ComposeBox, isGeneric = false): void => {
    warmUp();
    const adapter = isGeneric ? generic : site;
    const store = createPanelStore();
    const session = new DraftSession(box.element, box.surface, adapter, store, ctx, () => ctx.isInvalid, threadChanged, underlines);
    const entry: Attached = { session, generic: isGeneric, ui: undefined, unsubscribe: () => {}, removed: false };
    attached.set(box.element, entry);
    void createShadowRootUi<Root>(ctx, {
      name: 'safe-harbor-panel',
      position: 'inline',
      anchor: adapter.panelAnchor(box.element),
      append: 'after',
      isolateEvents: true,
      css: panelCss,
      onMount(container, shadow, host) {
        ignoreUntrustedEvents(shadow);
        host.dataset.safeHarbor = 'panel';
        host.dataset.site = site.id;
        host.dataset.surface = box.surface;
        if (isGeneric) host.dataset.generic = 'true';
        const sync = (): void => {
          const { findings, quoted, status, attachments, report } = store.getState();
          host.dataset.findings = String(findings.length + quoted.length + attachments.reduce((n, a) => n + a.findings.length, 0));
          host.dataset.categories = activeCategories([...findings, ...quoted], attachments).join(' ');
          host.dataset.status = status;
          if (report?.teaching) host.dataset.teaching = report.teaching.kind;
          else delete host.dataset.teaching;
          if (attachments.length) host.dataset.imageStatus = attachments.some((a) => a.status === 'checking') ? 'checking' : 'done';
          else delete host.dataset.imageStatus;
        };
        sync();
        const unsubscribe = store.subscribe(sync);
        const placement = new OverlayPlacement(host, box.element, store, () => adapter.postButton(box.element));
        const cards = new WordCards(box.element, host, store, () => shadow.querySelector<HTMLElement>('.sh-badge')?.focus());
        entry.unsubscribe = () => {
          unsubscribe();
          placement.dispose();
          cards.dispose();
        };
        const root = createRoot(container);
        root.render(
          <PanelBoundary store={store}>
            <InlinePanel store={store} siteName={site.name} surfaceName={isGeneric ? `${site.name} text box` : `${site.name} ${SURFACE_NAMES[box.surface] ?? box.surface}`} generic={isGeneric} />
          </PanelBoundary>,
        );
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    }).then((ui) => {
      if (entry.removed || ctx.isInvalid) return ui.remove();
      entry.ui = ui;
      ui.mount();
    });
  };

  const detach = (element: HTMLElement): void => {
    const entry = attached.get(element);
    if (!entry) return;
    entry.removed = true;
    entry.session.stop();
    entry.unsubscribe();
    entry.ui?.remove();
    attached.delete(element);
  };

  const scan = (): void => {
    scanQueued = false;
    if (ctx.isInvalid) return;
    // A box that left the page, or whose panel the site's re-render removed, is set up again.
    for (const [element, entry] of [...attached]) if (!element.isConnected || (entry.ui && !entry.ui.shadowHost.isConnected)) detach(element);
    const found = site.findBoxes(document);
    adapterBoxes = found.length;
    for (const box of found) {
      // A box the generic checker had picked up is the adapter's again once it knows it, with the files attached to it.
      const previous = attached.get(box.element);
      const handedOver = previous?.generic ? previous.session.attachedFiles() : [];
      if (previous?.generic) detach(box.element);
      if (!attached.has(box.element)) attach(box);
      for (const { file, input } of handedOver) attached.get(box.element)?.session.checkFiles([file], input);
    }
    // A generic box whose panel the site's re-render removed gets it back at once, not at the next keystroke.
    for (const element of [...genericBoxes]) {
      if (!element.isConnected) genericBoxes.delete(element);
      else if (!claimedBy(element) && generic.readText(element).trim()) attachGeneric(element);
    }
  };
  let adapterBoxes = 0;
  /** Boxes the generic checker has taken on this page. */
  const genericBoxes = new Set<HTMLElement>();
  // The site's main surface: its limits and rules are the likeliest to fit a box it renamed.
  const attachGeneric = (element: HTMLElement): void => {
    genericBoxes.add(element);
    attach({ element, surface: siteRow(site.id)?.postSurface ?? 'post' }, true);
  };

  /** A box the adapter does not know, written in by the user: checked by the generic checker rather than left silent. */
  const claimedBy = (element: HTMLElement): Attached | undefined => {
    for (const [editor, entry] of attached) if (editor === element || editor.contains(element) || element.contains(editor)) return entry;
    return undefined;
  };
  ctx.addEventListener(
    document,
    'input',
    (event) => {
      if (!event.isTrusted || ctx.isInvalid) return;
      const box = writingBox(event.composedPath()[0] ?? event.target);
      if (!box || claimedBy(box)) return;
      attachGeneric(box);
    },
    { capture: true },
  );

  /** What the popup's site-health line says about this page. */
  const health = (): SiteHealth => {
    const entries = [...attached.values()].filter(({ session }) => session.element.isConnected);
    return {
      siteId: site.id,
      site: site.name,
      boxes: entries.map(({ session, generic: isGeneric }) => ({ surface: session.surface, generic: isGeneric })),
      // The user writes in a box the adapter does not know, and the adapter finds none: the site changed.
      changed: entries.some((e) => e.generic) && adapterBoxes === 0,
    };
  };

  const queueScan = (): void => {
    if (scanQueued) return;
    scanQueued = true;
    ctx.setTimeout(scan, SCAN_COALESCE_MS);
  };

  /**
   * The draft whose post button or editor an event came from. One button can post several boxes
   * (Studio's Save covers title and description): then the one with patient identifiers answers.
   */
  const sessionFor = (target: EventTarget | null, via: 'button' | 'editor'): DraftSession | undefined => {
    if (!(target instanceof Node)) return undefined;
    const owners = [...attached.values()]
      .map(({ session }) => session)
      .filter((session) => (via === 'editor' ? session.element : session.site.postButton(session.element))?.contains(target));
    return owners.find((session) => session.hasErrors()) ?? owners[0];
  };
  // The guard holds a post only while its dialog can be shown: with the panel gone or broken it fails open.
  const panelShown = (session: DraftSession): boolean => {
    const host = attached.get(session.element)?.ui?.shadowHost;
    return !!host?.isConnected && !!host.shadowRoot?.querySelector('.sh-root');
  };
  const guarding = (session: DraftSession | undefined): boolean =>
    !!session && !session.bypassGuard && (settings?.postGuard ?? true) && session.hasErrors() && panelShown(session);

  // The post guard: while patient identifiers remain, a click on Post or Ctrl/Cmd+Enter asks first.
  ctx.addEventListener(
    document,
    'click',
    (event) => {
      const session = sessionFor(event.target, 'button');
      if (!session) return;
      if (!guarding(session)) {
        // Not held: the post goes out, and its attachments with it ("Post anyway" clears them itself).
        if (!session.bypassGuard) session.posted();
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
      const button = session.site.postButton(session.element);
      session.guard(() => button?.click());
    },
    { capture: true },
  );
  ctx.addEventListener(
    document,
    'keydown',
    (event) => {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
      const session = sessionFor(event.target, 'editor');
      if (!session) return;
      if (!guarding(session)) {
        if (!session.bypassGuard) session.posted();
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
      session.guard(() => session.site.postButton(session.element)?.click());
    },
    { capture: true },
  );

  /** The draft an attachment belongs to: the compose box nearest the file input or drop target, else the last one used. */
  const sessionNear = (target: EventTarget | null): DraftSession | undefined => {
    if (!(target instanceof Node)) return lastFocused;
    const ancestors = new Map<Node, number>();
    for (let node: Node | null = target, depth = 0; node; node = node.parentNode, depth++) ancestors.set(node, depth);
    let best: { session: DraftSession; distance: number } | undefined;
    for (const { session } of attached.values()) {
      for (let node: Node | null = session.element, up = 0; node; node = node.parentNode, up++) {
        const down = ancestors.get(node);
        if (down === undefined) continue;
        if (!best || up + down < best.distance) best = { session, distance: up + down };
        break;
      }
    }
    return best?.session ?? lastFocused;
  };

  // Attachments: files picked in the site's file input, dropped on or pasted into the compose box.
  ctx.addEventListener(
    document,
    'change',
    (event) => {
      const input = event.target;
      // Only the user's own picking: a page script's made-up change does not set Safe Harbor to work.
      if (!event.isTrusted || !(input instanceof HTMLInputElement) || input.type !== 'file' || !input.files?.length) return;
      // A box that appeared a moment ago may not have been picked up yet: look now, not at the next scan.
      if (attached.size === 0) scan();
      sessionNear(input)?.checkFiles([...input.files], input);
    },
    { capture: true },
  );
  const filesFrom = (data: DataTransfer | null | undefined): File[] => [...(data?.files ?? [])];
  ctx.addEventListener(
    document,
    'drop',
    (event) => {
      const files = filesFrom(event.dataTransfer);
      if (files.length && event.isTrusted) (sessionFor(event.target, 'editor') ?? sessionNear(event.target))?.checkFiles(files);
    },
    { capture: true },
  );
  ctx.addEventListener(
    document,
    'paste',
    (event) => {
      const files = filesFrom(event.clipboardData);
      if (files.length && event.isTrusted) sessionFor(event.target, 'editor')?.checkFiles(files);
    },
    { capture: true },
  );

  // The keyboard shortcut: insert the disclaimer into the post that has focus, or the last one focused.
  let lastFocused: DraftSession | undefined;
  ctx.addEventListener(
    document,
    'focusin',
    (event) => {
      const session = sessionFor(event.target, 'editor');
      if (session) warmUp();
      lastFocused = session ?? lastFocused;
    },
    { capture: true },
  );
  const stopHealth = onMessage('siteHealth', () => health());
  const stopShortcut = onMessage('insertDisclaimer', async () => {
    const session = sessionFor(document.activeElement, 'editor') ?? (lastFocused?.element.isConnected ? lastFocused : undefined);
    if (!session) return false;
    await session.store.getState().actions?.insertDisclaimer();
    return true;
  });

  // Editors mount late and are replaced on re-render: watch the page, and poll in case an observer misses it.
  const observer = new MutationObserver(queueScan);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  ctx.setInterval(scan, SCAN_INTERVAL_MS);
  ctx.addEventListener(document, 'focusin', queueScan, { capture: true });
  ctx.onInvalidated(() => {
    try {
      unwatch();
      stopShortcut();
      stopHealth();
    } catch {
      // The extension was reloaded: its storage API is gone with it, and so is the listener.
    }
    observer.disconnect();
    for (const element of [...attached.keys()]) detach(element);
    underlines.dispose();
  });
  scan();
}
