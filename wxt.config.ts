import { createRequire } from 'node:module';
import path from 'node:path';
import { defineConfig } from 'wxt';
import { managedSchema } from './lib/settings/managed-schema';
import { OPTIONAL_MATCHES, siteNames } from './lib/sites/table';

const require = createRequire(import.meta.url);
const packageDir = (name: string): string => path.dirname(require.resolve(`${name}/package.json`));

/**
 * OCR ships inside the extension (never a CDN): tesseract.js's worker, its SIMD LSTM core and the
 * English data, copied from node_modules at build time and loaded only when an image is attached.
 */
const OCR_FILES = [
  { absoluteSrc: path.join(packageDir('tesseract.js'), 'dist/worker.min.js'), relativeDest: 'ocr/worker.min.js' },
  { absoluteSrc: path.join(packageDir('tesseract.js-core'), 'tesseract-core-simd-lstm.wasm.js'), relativeDest: 'ocr/tesseract-core-simd-lstm.wasm.js' },
  { absoluteSrc: path.join(packageDir('@tesseract.js-data/eng'), '4.0.0_best_int/eng.traineddata.gz'), relativeDest: 'ocr/eng.traineddata.gz' },
];

/**
 * Face detection ships the same way: Human's BlazeFace detector and face mesh, and tfjs's
 * WebAssembly backend (the version Human's bundle is built with), loaded by the face worker.
 */
const FACE_FILES = [
  ...['blazeface.json', 'blazeface.bin', 'facemesh.json', 'facemesh.bin'].map((file) => ({
    absoluteSrc: path.join(path.dirname(require.resolve('@vladmandic/human')), '../models', file),
    relativeDest: `faces/${file}`,
  })),
  ...['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm'].map((file) => ({
    absoluteSrc: path.join(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm')), file),
    relativeDest: `faces/${file}`,
  })),
];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'Safe Harbor',
    description: `Warns while you write on ${siteNames()} when a post could identify a patient or hurt your professional image. Everything is checked on your device.`,
    // Settings and history live on this device. Host access comes only from the content script's
    // matches: x.com, twitter.com, www.instagram.com, www.youtube.com, studio.youtube.com, www.tiktok.com.
    // storage: settings; alarms: the daily pruning of history older than the retention period, and
    // the due answers of the teaching-case log.
    // offscreen (Chrome): attachments are checked in an offscreen document, where OCR can run in a worker.
    // scripting (Chrome): the content script is registered on a site the user grants (LinkedIn), and nowhere else.
    permissions: browser === 'firefox' ? ['storage', 'alarms'] : ['storage', 'alarms', 'offscreen', 'scripting'],
    // Sites the user may grant from the options page ("Also check LinkedIn"); nothing runs there before.
    // notifications: asked for only when the user turns on reminders for due answers.
    ...(browser === 'firefox'
      ? { optional_permissions: [...OPTIONAL_MATCHES, 'notifications'] }
      : { optional_host_permissions: OPTIONAL_MATCHES, optional_permissions: ['notifications'] }),
    // OCR and the face detector compile WebAssembly; nothing else is allowed in.
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
    // An institution sets disclaimers and locks rules through managed storage (Chrome policy).
    storage: { managed_schema: 'managed_schema.json' },
    commands: {
      'insert-disclaimer': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: 'Insert your disclaimer at the end of the post you are writing',
      },
    },
    browser_specific_settings: { gecko: { id: 'safe-harbor@safe-harbor.invalid', strict_min_version: '115.0' } },
  }),
  webExt: { disabled: true },
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...OCR_FILES, ...FACE_FILES, { relativeDest: 'managed_schema.json', contents: `${JSON.stringify(managedSchema(), null, 2)}\n` });
    },
  },
});
