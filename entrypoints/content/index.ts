import { PageProofContext } from '@/lib/content/page-proof-context';
import { watchComposeBoxes } from '@/lib/content/watch-compose-boxes';
import { siteForHost } from '@/lib/sites';
import { DEFAULT_MATCHES } from '@/lib/sites/table';

const options = {
  matches: DEFAULT_MATCHES,
  allFrames: true,
  cssInjectionMode: 'manual',
  // WXT would post the extension's id to the page on start.
  noScriptStartedPostMessage: true,
} as const;

export default defineContentScript({
  ...options,
  main() {
    const site = siteForHost(location.hostname);
    // WXT's own context can be ended by a page script (see PageProofContext): Safe Harbor runs on its own.
    if (site) watchComposeBoxes(new PageProofContext('content', options), site);
  },
});
