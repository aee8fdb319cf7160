import { watchComposeBoxes } from '@/lib/content/watch-compose-boxes';
import { SITE_MATCHES, siteForHost } from '@/lib/sites';

export default defineContentScript({
  matches: SITE_MATCHES,
  allFrames: true,
  cssInjectionMode: 'manual',
  main(ctx) {
    const site = siteForHost(location.hostname);
    if (site) watchComposeBoxes(ctx, site);
  },
});
