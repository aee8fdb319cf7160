/**
 * Chrome's offscreen document for attachments: the background's service worker cannot start the
 * OCR and face workers, so the image checks run here, created when an image is attached and closed when idle.
 */
import { checkImage } from '@/lib/images';
import { base64ToBytes, bytesToBase64 } from '@/lib/images/base64';
import { cleanedCopy } from '@/lib/images/clean';
import { browserFaces } from '@/lib/images/browser-faces';
import { browserOcr } from '@/lib/images/browser-ocr';
import type { Box } from '@/lib/images/types';
import { onMessage } from '@/lib/messaging';

const extensionUrl = (file: string): string => (browser.runtime.getURL as (path: string) => string)(`/${file}`);
const ocr = browserOcr(extensionUrl);
const faces = browserFaces(extensionUrl('face-worker.js'));

/** Only the background worker asks: a message from a page's content script is refused here. */
const fromBackground = (sender: { tab?: unknown }): boolean => sender.tab === undefined;
const isBox = (box: unknown): box is Box => !!box && ['x', 'y', 'width', 'height'].every((k) => Number.isFinite((box as Record<string, unknown>)[k]));

onMessage('checkImageBytes', ({ data, sender }) => {
  if (!fromBackground(sender)) throw new Error('Refused.');
  return checkImage(base64ToBytes(typeof data?.bytes === 'string' ? data.bytes : ''), { ocr, faces });
});

onMessage('cleanImageBytes', async ({ data, sender }) => {
  if (!fromBackground(sender)) throw new Error('Refused.');
  const boxes = Array.isArray(data?.boxes) ? data.boxes.filter(isBox) : [];
  const cleaned = await cleanedCopy(base64ToBytes(String(data?.bytes ?? '')), boxes);
  return { bytes: bytesToBase64(cleaned.bytes), type: cleaned.type };
});
