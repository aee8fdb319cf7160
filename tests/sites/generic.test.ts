/** The generic checker: which boxes count as somewhere a post is written, and the popup's health line. */
import { describe, expect, it } from 'vitest';
import { healthLine } from '@/components/Popup';
import { genericSite, writingBox } from '@/lib/sites/generic';
import x from '@/lib/sites/adapters/x';

function html(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.body;
}

describe('writingBox', () => {
  it('takes textareas, plain text inputs and the root of a contenteditable', () => {
    const body = html('<textarea id="t"></textarea><input id="i"><div contenteditable="true" id="root"><p><b id="inner">x</b></p></div>');
    expect(writingBox(body.querySelector('#t'))?.id).toBe('t');
    expect(writingBox(body.querySelector('#i'))?.id).toBe('i');
    // happy-dom has no isContentEditable for children; a real browser does, and the root is climbed to.
    const root = body.querySelector<HTMLElement>('#root')!;
    Object.defineProperty(root, 'isContentEditable', { value: true });
    expect(writingBox(root)?.id).toBe('root');
  });

  it('leaves search, sign-in and other non-writing fields alone', () => {
    const body = html(
      '<input type="search" id="a"><input role="combobox" id="b"><form role="search"><input id="c"></form><input placeholder="Search X" id="d"><input autocomplete="username" id="e"><input type="password" id="f"><textarea readonly id="g"></textarea><div id="h">not editable</div>',
    );
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) expect(writingBox(body.querySelector(`#${id}`)), id).toBeUndefined();
  });
});

describe('genericSite', () => {
  it('keeps the site and its limits, reads by editor kind, and finds the button that says it posts', () => {
    const generic = genericSite(x);
    expect([generic.id, generic.name, generic.limits]).toEqual([x.id, x.name, x.limits]);
    const body = html('<div><div><textarea id="t">hello</textarea></div><button>Cancel</button><button>Reply</button></div>');
    const box = body.querySelector<HTMLTextAreaElement>('#t')!;
    expect(generic.readText(box)).toBe('hello');
    expect(generic.postButton(box)?.textContent).toBe('Reply');
    expect(generic.findBoxes(body)).toEqual([]);
  });
});

describe('healthLine', () => {
  const health = { siteId: 'x' as const, site: 'X', changed: false, boxes: [] as Array<{ surface: 'post' | 'reply'; generic: boolean }> };

  it('says what is checked, in words', () => {
    expect(healthLine({ ...health, boxes: [{ surface: 'post', generic: false }] }, false)).toBe('Checking 1 compose box (X post composer).');
    expect(healthLine({ ...health, boxes: [{ surface: 'post', generic: false }, { surface: 'reply', generic: false }] }, false)).toBe('Checking 2 compose boxes (X post composer, X reply box).');
    expect(healthLine({ ...health, boxes: [{ surface: 'post', generic: false }, { surface: 'post', generic: true }] }, false)).toBe('Checking 2 compose boxes (X post composer, a text box, with the generic checker).');
  });

  it('says when the page changed, when nothing is here, and when paused', () => {
    expect(healthLine({ ...health, changed: true, boxes: [{ surface: 'post', generic: true }] }, false)).toBe("Using the generic checker here: X's page changed.");
    expect(healthLine(health, false)).toBe('No compose box on this page.');
    expect(healthLine({ ...health, changed: true }, true)).toBe('Paused on this site.');
  });
});

describe('private areas', () => {
  it('leaves message and chat boxes alone', () => {
    const body = html('<div aria-label="Direct message"><div><textarea id="dm"></textarea></div></div><section aria-label="Live chat"><input id="chat"></section><div aria-label="Compose a post"><textarea id="post"></textarea></div>');
    expect(writingBox(body.querySelector('#dm'))).toBeUndefined();
    expect(writingBox(body.querySelector('#chat'))).toBeUndefined();
    expect(writingBox(body.querySelector('#post'))?.id).toBe('post');
  });
});

describe('fromCheckedSite', () => {
  it('answers content scripts on the sites checked, not elsewhere nor on a site no longer granted', async () => {
    const { fromCheckedSite } = await import('@/lib/sites/grants');
    expect(await fromCheckedSite('https://x.com/home')).toBe(true);
    expect(await fromCheckedSite('https://studio.youtube.com/video/1/edit')).toBe(true);
    // The test browser grants nothing: LinkedIn is refused until the user allows it.
    expect(await fromCheckedSite('https://www.linkedin.com/feed/')).toBe(false);
    expect(await fromCheckedSite('https://example.com/')).toBe(false);
    expect(await fromCheckedSite(undefined)).toBe(false);
    expect(await fromCheckedSite('not a url')).toBe(false);
  });
});
