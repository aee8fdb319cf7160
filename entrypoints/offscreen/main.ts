/**
 * Chrome's offscreen document for attachments: the background's service worker cannot start the
 * OCR worker, so the image checks run here, created when an image is attached and closed when idle.
 */
import { checkImage } from '@/lib/images';
import { base64ToBytes, bytesToBase64 } from '@/lib/images/base64';
import { cleanedCopy } from '@/lib/images/clean';
import { browserOcr } from '@/lib/images/browser-ocr';
import { onMessage } from '@/lib/messaging';

const ocr = browserOcr((file) => (browser.runtime.getURL as (path: string) => string)(`/${file}`));

onMessage('checkImageBytes', ({ data }) => checkImage(base64ToBytes(typeof data?.bytes === 'string' ? data.bytes : ''), { ocr }));

onMessage('cleanImageBytes', async ({ data }) => {
  const cleaned = await cleanedCopy(base64ToBytes(String(data?.bytes ?? '')), Array.isArray(data?.boxes) ? data.boxes : []);
  return { bytes: bytesToBase64(cleaned.bytes), type: cleaned.type };
});
