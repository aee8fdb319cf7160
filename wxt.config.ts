import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Safe Harbor',
    description: "Warns while you write on X, Instagram, YouTube and TikTok when a post could identify a patient or hurt your professional image. Everything is checked on your device.",
    // Settings and history live on this device. Host access comes only from the content script's
    // matches: x.com, twitter.com, www.instagram.com, www.youtube.com, studio.youtube.com, www.tiktok.com.
    // storage: settings; alarms: the daily pruning of history older than the retention period.
    permissions: ['storage', 'alarms'],
    // An institution sets disclaimers and locks rules through managed storage (Chrome policy).
    storage: { managed_schema: 'managed_schema.json' },
    commands: {
      'insert-disclaimer': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: 'Insert your disclaimer at the end of the post you are writing',
      },
    },
    browser_specific_settings: { gecko: { id: 'safe-harbor@safe-harbor.invalid', strict_min_version: '115.0' } },
  },
  webExt: { disabled: true },
});
