// Independent image-attachment probe set for the patient-identifier checker.
// Usage (from the repository): node eval/images/make-probe-2.mjs OUTDIR
//
// Writes rendered viewer screenshots (PNG/JPEG), teaching images, phone photos
// with/without EXIF, one DICOM file, two broken files, expected.json and
// probes.jsonl. All names, numbers and places are invented.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
const require = createRequire(path.resolve('package.json'));
const { chromium } = require('playwright-core');


const dcmjs = require('dcmjs');
const piexif = require('piexifjs');

const outDir = path.resolve(process.argv[2] || 'probe-2');
fs.mkdirSync(outDir, { recursive: true });

// ---------- deterministic PRNG ----------
function mulberry32(seed) {
  return function () {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------- HTML helpers ----------
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// A block of overlay text. pos: CSS placement string, e.g. 'left:12px;top:10px'
function block(pos, lines, style) {
  const css = `position:absolute;${pos};white-space:pre;${style}`.replace(/"/g, "'");
  return `<div style="${css}">${lines.map(esc).join('<br>')}</div>`;
}

function html(w, h, bg, body) {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  html,body{margin:0;padding:0;width:${w}px;height:${h}px;overflow:hidden;background:${bg};}
  .wrap{position:relative;width:${w}px;height:${h}px;overflow:hidden;}
  svg{position:absolute;left:0;top:0;}
  </style></head><body><div class="wrap">${body}</div></body></html>`;
}

// shared SVG filter defs: grey speckle / grain
function defs(seed = 3) {
  return `<defs>
  <filter id="speckle" x="0" y="0" width="100%" height="100%">
    <feTurbulence type="fractalNoise" baseFrequency="0.9 0.22" numOctaves="3" seed="${seed}" result="t"/>
    <feColorMatrix in="t" type="matrix" values="0.7 0.7 0.7 0 -0.78  0.7 0.7 0.7 0 -0.78  0.7 0.7 0.7 0 -0.78  0 0 0 0 1" result="g"/>
    <feComposite in="g" in2="SourceGraphic" operator="in"/>
  </filter>
  <filter id="grain" x="0" y="0" width="100%" height="100%">
    <feTurbulence type="fractalNoise" baseFrequency="0.65" numOctaves="2" seed="${seed + 1}" result="t"/>
    <feColorMatrix in="t" type="saturate" values="0" result="g"/>
    <feComposite in="g" in2="SourceGraphic" operator="in"/>
  </filter>
  <filter id="soft"><feGaussianBlur stdDeviation="6"/></filter>
  <filter id="soft2"><feGaussianBlur stdDeviation="2"/></filter>
  <radialGradient id="rg" cx="50%" cy="50%" r="50%">
    <stop offset="0%" stop-color="#9a9a9a"/><stop offset="100%" stop-color="#3a3a3a"/>
  </radialGradient>
  <marker id="ah" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
    <path d="M0,0 L10,5 L0,10 z" fill="context-stroke"/>
  </marker>
  <marker id="ahY" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5" orient="auto">
    <path d="M0,0 L10,5 L0,10 z" fill="#ffe14d"/>
  </marker>
  <marker id="ahW" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5" orient="auto">
    <path d="M0,0 L10,5 L0,10 z" fill="#ffffff"/>
  </marker>
</defs>`;
}

function svg(w, h, inner, seed) {
  return `<svg width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" xmlns="http://www.w3.org/2000/svg">${defs(seed)}${inner}</svg>`;
}

// ---------- "scan" drawings ----------
function ctChest(w, h, cx = w / 2, cy = h / 2, s = 1) {
  const rx = 0.38 * w * s, ry = 0.28 * h * s;
  return `
  <ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" fill="#7d7d7d"/>
  <ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" fill="#fff" filter="url(#grain)" opacity="0.18"/>
  <ellipse cx="${cx - rx * 0.45}" cy="${cy - ry * 0.05}" rx="${rx * 0.36}" ry="${ry * 0.72}" fill="#1b1b1b"/>
  <ellipse cx="${cx + rx * 0.45}" cy="${cy - ry * 0.05}" rx="${rx * 0.34}" ry="${ry * 0.7}" fill="#1b1b1b"/>
  <ellipse cx="${cx + rx * 0.06}" cy="${cy + ry * 0.12}" rx="${rx * 0.2}" ry="${ry * 0.33}" fill="#8e8e8e"/>
  <circle cx="${cx}" cy="${cy + ry * 0.72}" r="${ry * 0.13}" fill="#e9e9e9"/>
  <circle cx="${cx}" cy="${cy + ry * 0.72}" r="${ry * 0.07}" fill="#555"/>
  <circle cx="${cx - rx * 0.05}" cy="${cy - ry * 0.18}" r="${ry * 0.1}" fill="#a5a5a5"/>
  <path d="M ${cx - rx * 0.6} ${cy - ry * 0.3} q ${rx * 0.1} ${ry * 0.2} ${rx * 0.25} ${ry * 0.15}" stroke="#4a4a4a" stroke-width="3" fill="none"/>
  <path d="M ${cx + rx * 0.35} ${cy + ry * 0.2} q ${rx * 0.1} ${-ry * 0.25} ${rx * 0.3} ${-ry * 0.2}" stroke="#4a4a4a" stroke-width="3" fill="none"/>
  <rect x="${cx - rx * 1.1}" y="${cy + ry * 1.12}" width="${rx * 2.2}" height="${ry * 0.07}" fill="#5a5a5a"/>`;
}

function ctHead(w, h) {
  const cx = w / 2, cy = h / 2, r = Math.min(w, h) * 0.33;
  return `
  <ellipse cx="${cx}" cy="${cy}" rx="${r * 0.86}" ry="${r}" fill="#f2f2f2"/>
  <ellipse cx="${cx}" cy="${cy}" rx="${r * 0.8}" ry="${r * 0.94}" fill="#6f6f6f"/>
  <ellipse cx="${cx}" cy="${cy}" rx="${r * 0.8}" ry="${r * 0.94}" fill="#fff" filter="url(#grain)" opacity="0.12"/>
  <path d="M ${cx - r * 0.18} ${cy - r * 0.3} q ${-r * 0.12} ${r * 0.3} ${r * 0.05} ${r * 0.5} l ${r * 0.06} 0 q ${-r * 0.05} ${-r * 0.25} ${r * 0.05} ${-r * 0.5} z" fill="#2a2a2a"/>
  <path d="M ${cx + r * 0.18} ${cy - r * 0.3} q ${r * 0.12} ${r * 0.3} ${-r * 0.05} ${r * 0.5} l ${-r * 0.06} 0 q ${r * 0.05} ${-r * 0.25} ${-r * 0.05} ${-r * 0.5} z" fill="#2a2a2a"/>
  <line x1="${cx}" y1="${cy - r * 0.92}" x2="${cx}" y2="${cy + r * 0.92}" stroke="#8c8c8c" stroke-width="2"/>`;
}

function mriKnee(w, h) {
  const cx = w / 2, cy = h / 2;
  return `
  <rect x="${cx - w * 0.22}" y="${cy - h * 0.42}" width="${w * 0.44}" height="${h * 0.84}" rx="${w * 0.15}" fill="#4a4a4a"/>
  <rect x="${cx - w * 0.22}" y="${cy - h * 0.42}" width="${w * 0.44}" height="${h * 0.84}" rx="${w * 0.15}" fill="#fff" filter="url(#grain)" opacity="0.2"/>
  <path d="M ${cx - w * 0.1} ${cy - h * 0.42} L ${cx - w * 0.1} ${cy - h * 0.08} Q ${cx - w * 0.12} ${cy + h * 0.02} ${cx} ${cy - h * 0.02} Q ${cx + w * 0.12} ${cy + h * 0.02} ${cx + w * 0.1} ${cy - h * 0.08} L ${cx + w * 0.1} ${cy - h * 0.42} z" fill="#bdbdbd"/>
  <path d="M ${cx - w * 0.11} ${cy + h * 0.42} L ${cx - w * 0.11} ${cy + h * 0.1} Q ${cx} ${cy + h * 0.04} ${cx + w * 0.11} ${cy + h * 0.1} L ${cx + w * 0.11} ${cy + h * 0.42} z" fill="#b0b0b0"/>
  <ellipse cx="${cx}" cy="${cy + h * 0.04}" rx="${w * 0.1}" ry="${h * 0.012}" fill="#eaeaea"/>
  <ellipse cx="${cx + w * 0.13}" cy="${cy - h * 0.12}" rx="${w * 0.03}" ry="${h * 0.08}" fill="#9a9a9a"/>`;
}

function chestXray(w, h, x0 = 0, y0 = 0) {
  const cx = x0 + w / 2, cy = y0 + h / 2;
  let ribs = '';
  for (let i = 0; i < 9; i++) {
    const y = cy - h * 0.3 + i * h * 0.07;
    ribs += `<path d="M ${cx - w * 0.05} ${y} Q ${cx - w * 0.3} ${y - h * 0.05} ${cx - w * 0.38} ${y + h * 0.08}" stroke="#bbb" stroke-width="${w * 0.012}" fill="none" opacity="0.55"/>`;
    ribs += `<path d="M ${cx + w * 0.05} ${y} Q ${cx + w * 0.3} ${y - h * 0.05} ${cx + w * 0.38} ${y + h * 0.08}" stroke="#bbb" stroke-width="${w * 0.012}" fill="none" opacity="0.55"/>`;
  }
  return `
  <rect x="${x0}" y="${y0}" width="${w}" height="${h}" fill="#111"/>
  <ellipse cx="${cx}" cy="${cy + h * 0.05}" rx="${w * 0.46}" ry="${h * 0.47}" fill="#8a8a8a" filter="url(#soft)"/>
  <ellipse cx="${cx - w * 0.19}" cy="${cy}" rx="${w * 0.15}" ry="${h * 0.3}" fill="#2e2e2e" filter="url(#soft)"/>
  <ellipse cx="${cx + w * 0.19}" cy="${cy}" rx="${w * 0.15}" ry="${h * 0.3}" fill="#2e2e2e" filter="url(#soft)"/>
  <rect x="${cx - w * 0.05}" y="${cy - h * 0.45}" width="${w * 0.1}" height="${h * 0.9}" fill="#c8c8c8" filter="url(#soft2)"/>
  <ellipse cx="${cx + w * 0.06}" cy="${cy + h * 0.16}" rx="${w * 0.14}" ry="${h * 0.13}" fill="#c4c4c4" filter="url(#soft)"/>
  <rect x="${cx - w * 0.015}" y="${cy - h * 0.46}" width="${w * 0.03}" height="${h * 0.2}" fill="#3a3a3a" filter="url(#soft2)"/>
  ${ribs}`;
}

function usFan(w, h, apexY, R, r0, deg = 38) {
  const cx = w / 2, a = (deg * Math.PI) / 180;
  const p = (rad, sgn) => [cx + sgn * rad * Math.sin(a), apexY + rad * Math.cos(a)];
  const [x1, y1] = p(r0, -1), [x2, y2] = p(R, -1), [x3, y3] = p(R, 1), [x4, y4] = p(r0, 1);
  const d = `M ${x1} ${y1} L ${x2} ${y2} A ${R} ${R} 0 0 0 ${x3} ${y3} L ${x4} ${y4} A ${r0} ${r0} 0 0 1 ${x1} ${y1} z`;
  return { d, path: `<path d="${d}" fill="#fff" filter="url(#speckle)"/>` };
}

function angio(w, h) {
  return `
  <rect x="0" y="0" width="${w}" height="${h}" fill="#9b9b9b"/>
  <rect x="0" y="0" width="${w}" height="${h}" fill="#fff" filter="url(#grain)" opacity="0.12"/>
  <g stroke="#1e1e1e" fill="none" stroke-linecap="round">
    <path d="M ${w * 0.42} ${h * 0.1} C ${w * 0.45} ${h * 0.3}, ${w * 0.3} ${h * 0.4}, ${w * 0.35} ${h * 0.6} S ${w * 0.5} ${h * 0.85}, ${w * 0.45} ${h * 0.95}" stroke-width="12"/>
    <path d="M ${w * 0.38} ${h * 0.45} C ${w * 0.25} ${h * 0.5}, ${w * 0.2} ${h * 0.6}, ${w * 0.18} ${h * 0.75}" stroke-width="6"/>
    <path d="M ${w * 0.36} ${h * 0.6} C ${w * 0.45} ${h * 0.62}, ${w * 0.55} ${h * 0.55}, ${w * 0.62} ${h * 0.7}" stroke-width="5"/>
    <path d="M ${w * 0.43} ${h * 0.25} C ${w * 0.55} ${h * 0.3}, ${w * 0.65} ${h * 0.28}, ${w * 0.72} ${h * 0.42}" stroke-width="7"/>
    <path d="M ${w * 0.6} ${h * 0.32} C ${w * 0.62} ${h * 0.45}, ${w * 0.7} ${h * 0.55}, ${w * 0.68} ${h * 0.68}" stroke-width="3"/>
  </g>
  <ellipse cx="${w / 2}" cy="${h / 2}" rx="${w * 0.7}" ry="${h * 0.7}" fill="none" stroke="#111" stroke-width="${w * 0.35}" opacity="0.5" filter="url(#soft)"/>`;
}

function dentalPano(w, h) {
  let teeth = '';
  for (let i = 0; i < 14; i++) {
    const t = (i - 6.5) / 7;
    const x = w / 2 + t * w * 0.32;
    const yU = h * 0.42 + t * t * h * 0.1;
    const yL = h * 0.58 - t * t * h * 0.08;
    teeth += `<rect x="${x - 14}" y="${yU - 70}" width="26" height="70" rx="10" fill="#d8d8d8"/>`;
    teeth += `<rect x="${x - 14}" y="${yL}" width="26" height="78" rx="10" fill="#d0d0d0"/>`;
  }
  return `
  <rect x="0" y="0" width="${w}" height="${h}" fill="#262626"/>
  <path d="M ${w * 0.08} ${h * 0.25} Q ${w / 2} ${h * 1.05} ${w * 0.92} ${h * 0.25} L ${w * 0.88} ${h * 0.2} Q ${w / 2} ${h * 0.85} ${w * 0.12} ${h * 0.2} z" fill="#8a8a8a" filter="url(#soft)"/>
  <ellipse cx="${w / 2}" cy="${h * 0.3}" rx="${w * 0.36}" ry="${h * 0.12}" fill="#6a6a6a" filter="url(#soft)"/>
  ${teeth}
  <rect x="0" y="0" width="${w}" height="${h}" fill="#fff" filter="url(#grain)" opacity="0.08"/>`;
}

// ---------- file specs ----------
// each: { file, kind:'html', w, h, type:'png'|'jpeg', quality, html, expect }
const specs = [];

// S1: PACS CT chest, DICOM-style name, 4 corners, DejaVu Sans Mono 14px white on black
{
  const w = 1024, h = 1024;
  const st = 'font-family:"DejaVu Sans Mono";font-size:14px;line-height:18px;color:#ffffff';
  specs.push({
    file: 'pacs_ct_chest_corners.png', w, h, type: 'png',
    html: html(w, h, '#000', svg(w, h, ctChest(w, h), 11) +
      block('left:10px;top:8px', ['OKONKWO^CHIDINMA^A', 'MRN: 40718832', 'DOB: 03-14-1979', 'F 45Y'], st) +
      block('right:10px;top:8px;text-align:right', ["ST. BRIGID'S GENERAL HOSPITAL", 'CT CHEST W/O CONTRAST', 'Study Date: 09-27-2024', 'Acc#: CT24-118305'], st) +
      block('left:10px;bottom:8px', ['W 1500 L -600', 'kVp 120 mAs 200', 'Thk 1.25 mm'], st) +
      block('right:10px;bottom:8px;text-align:right', ['Se 3 Im 45/120', 'Ax'], st)),
    expect: ['phi.name', 'phi.id', 'phi.date', 'phi.age', 'phi.gender', 'phi.geo'],
  });
}

// S2: MRI knee, "Last, First", yellow sans 16px, patient block top-right
{
  const w = 1280, h = 960;
  const st = 'font-family:"Liberation Sans";font-size:16px;line-height:20px;color:#ffe14d';
  specs.push({
    file: 'mri_knee_yellow_topright.png', w, h, type: 'png',
    html: html(w, h, '#000', svg(w, h, mriKnee(w, h), 21) +
      block('right:14px;top:12px;text-align:right', ['Lindqvist, Henrik', 'Pat ID: HK-559031', 'DOB 14.03.1952', 'M/72'], st) +
      block('left:14px;top:12px', ['Cor PD FS', 'TR 3200 TE 35', 'FOV 15 cm'], st) +
      block('left:14px;bottom:12px', ['Study 21.10.2024 08:14'], st) +
      block('right:14px;bottom:12px;text-align:right', ['Se 4 Im 18/32'], st)),
    expect: ['phi.name', 'phi.id', 'phi.date', 'phi.age', 'phi.gender'],
  });
}

// S3: chest X-ray, JPEG, top banner line on grey bar, green 18px sans, "First Last" after label
{
  const w = 1600, h = 1200;
  const st = 'font-family:"DejaVu Sans";font-size:18px;line-height:22px;color:#6dff6d';
  specs.push({
    file: 'xr_chest_banner_green.jpg', w, h, type: 'jpeg', quality: 88,
    html: html(w, h, '#000', svg(w, h, chestXray(w * 0.9, h * 0.9, w * 0.05, h * 0.08), 31) +
      `<div style="position:absolute;left:0;top:0;width:${w}px;height:34px;background:#3b3b3b"></div>` +
      block('left:12px;top:6px', ['Patient: Mei-Ling Tan     Hosp#: 2291-044-7     Exam 2024/03/14     38 Y F     Riverside Mercy Medical Centre'], st) +
      block('left:90px;top:90px', ['R'], 'font-family:"DejaVu Sans";font-size:40px;font-weight:bold;color:#fff') +
      block('right:20px;bottom:14px', ['PA ERECT'], st)),
    expect: ['phi.name', 'phi.id', 'phi.date', 'phi.age', 'phi.gender', 'phi.geo'],
  });
}

// S4: CT head, small 12px Liberation Mono, bottom corners, white on dark grey
{
  const w = 768, h = 768;
  const st = 'font-family:"Liberation Mono";font-size:12px;line-height:15px;color:#f0f0f0';
  specs.push({
    file: 'ct_head_bottom_small.png', w, h, type: 'png',
    html: html(w, h, '#1a1a1a', svg(w, h, ctHead(w, h), 41) +
      block('left:8px;top:6px', ['Brain  W 80 L 40'], st) +
      block('left:8px;bottom:6px', ['DEVARAJAN^PRIYA', 'UR No 0083316'], st) +
      block('right:8px;bottom:6px;text-align:right', ['14 Mar 2024 09:41', '067Y'], st)),
    expect: ['phi.name', 'phi.id', 'phi.date', 'phi.age'],
  });
}

// S5: obstetric ultrasound, patient name at top (no label), white 13px sans
{
  const w = 800, h = 600;
  const st = 'font-family:"DejaVu Sans";font-size:13px;line-height:17px;color:#ffffff';
  const fan = usFan(w, h, 60, 470, 30, 36);
  const inner = fan.path +
    `<ellipse cx="${w / 2}" cy="300" rx="110" ry="70" fill="#0a0a0a"/>` +
    `<ellipse cx="${w / 2 + 20}" cy="305" rx="32" ry="20" fill="#9a9a9a" filter="url(#soft2)"/>`;
  specs.push({
    file: 'us_ob_name_top.png', w, h, type: 'png',
    html: html(w, h, '#000', svg(w, h, inner, 51) +
      `<div style="position:absolute;left:0;top:0;width:${w}px;height:24px;background:#202a36"></div>` +
      block('left:8px;top:4px', ['Aaliyah Mensah-Boateng     ID 77301925     LMP 28/12/2023     GA 11w4d'], st) +
      block('right:8px;top:34px;text-align:right', ['C1-5', 'OB 1st Trim', 'MI 1.0  TIb 0.2', 'Frq 4.0 MHz', 'Gn 48', 'D 14 cm'], 'font-family:"DejaVu Sans";font-size:12px;line-height:15px;color:#9fd3ff') +
      block('left:8px;bottom:8px', ['CRL 4.52 cm  11w4d'], st)),
    expect: ['phi.name', 'phi.id', 'phi.date'],
  });
}

// S6: phone photo of a referral sticker on a film envelope (JPEG), phone number
{
  const w = 1200, h = 900;
  const sticker = `<div style="position:absolute;left:300px;top:250px;width:560px;height:260px;background:#fbfaf2;
      transform:rotate(-4deg);box-shadow:6px 8px 18px rgba(0,0,0,0.45);border-radius:6px;padding:22px 28px;box-sizing:border-box;
      font-family:'Liberation Sans Narrow';font-size:20px;line-height:28px;color:#1b1b1b;filter:blur(0.3px)">
      <div style="font-weight:bold;font-size:16px;letter-spacing:2px;color:#444;border-bottom:2px solid #999;margin-bottom:8px">RADIOLOGY REFERRAL &#8212; PATIENT LABEL</div>
      <div style="font-weight:bold;font-size:22px">O'SULLIVAN, Declan</div>
      <div>DOB 22/07/1979 &nbsp;&nbsp; Sex: M</div>
      <div>Hosp No. 5518-2290</div>
      <div>Ph 0412 558 903</div>
      <div style="font-size:16px;color:#555">Exam: XR L-spine 2 views</div>
    </div>`;
  const desk = `<div style="position:absolute;inset:0;background:linear-gradient(160deg,#6b4a2f 0%,#8a6240 45%,#5a3c25 100%)"></div>
    <div style="position:absolute;left:140px;top:110px;width:900px;height:680px;background:#d9c9a3;transform:rotate(2deg);box-shadow:4px 6px 20px rgba(0,0,0,0.5)"></div>
    <div style="position:absolute;inset:0;background:radial-gradient(ellipse at 40% 35%,rgba(255,255,255,0.18),rgba(0,0,0,0.35))"></div>`;
  specs.push({
    file: 'referral_sticker_photo.jpg', w, h, type: 'jpeg', quality: 82,
    html: html(w, h, '#000', desk + sticker),
    expect: ['phi.name', 'phi.date', 'phi.gender', 'phi.id', 'phi.contact'],
  });
}

// S7: angiogram on grey, no name: accession, compact study date, hospital + city
{
  const w = 1100, h = 900;
  const st = 'font-family:"DejaVu Sans Mono";font-size:15px;line-height:19px;color:#ffffff';
  specs.push({
    file: 'angio_grey_acc_only.png', w, h, type: 'png',
    html: html(w, h, '#2b2b2b', svg(w, h, angio(w, h), 61) +
      `<div style="position:absolute;left:0;bottom:0;width:420px;height:78px;background:rgba(40,40,40,0.85)"></div>` +
      block('left:10px;bottom:10px', ['Accession 88123004', 'Study Date 20240314', 'Hôpital Sainte-Adèle-du-Lac, Trois-Rivières'], st) +
      block('right:10px;top:10px;text-align:right', ['LAO 30  CRA 20', '15 fps', 'Run 6'], st)),
    expect: ['phi.id', 'phi.date', 'phi.geo'],
  });
}

// S8: dental panoramic, wide, yellow 20px sans top-left, ISO DOB, "Male 34"
{
  const w = 1600, h = 800;
  const st = 'font-family:"Liberation Sans";font-size:20px;line-height:25px;color:#ffe14d';
  specs.push({
    file: 'dental_pano_topleft.png', w, h, type: 'png',
    html: html(w, h, '#000', svg(w, h, dentalPano(w, h), 71) +
      block('left:16px;top:12px', ['SATO HARUTO', 'Birth: 1990-05-06', 'Pat.No. 000482217', 'Male 34'], st) +
      block('right:16px;bottom:12px;text-align:right', ['PAN  66 kV 8 mA', '14.1 s'], st)),
    expect: ['phi.name', 'phi.date', 'phi.id', 'phi.gender', 'phi.age'],
  });
}

// ---------- clean teaching images ----------

// C1: Segond fracture, lecture title banner, arrow, R marker, scale bar
{
  const w = 1200, h = 900;
  const inner = `
    <rect x="0" y="0" width="${w}" height="${h}" fill="#0d0d0d"/>
    <rect x="360" y="40" width="480" height="420" rx="120" fill="#a9a9a9" filter="url(#soft2)"/>
    <path d="M 370 470 Q 600 420 830 470 L 820 900 L 380 900 z" fill="#b4b4b4" filter="url(#soft2)"/>
    <rect x="300" y="60" width="600" height="840" fill="#555" opacity="0.35" filter="url(#soft)"/>
    <ellipse cx="850" cy="505" rx="16" ry="9" fill="#d8d8d8"/>
    <line x1="1010" y1="420" x2="872" y2="497" stroke="#ffe14d" stroke-width="4" marker-end="url(#ahY)"/>
    <line x1="980" y1="820" x2="1130" y2="820" stroke="#fff" stroke-width="4"/>`;
  specs.push({
    file: 'teach_segond_title.png', w, h, type: 'png',
    html: html(w, h, '#000', svg(w, h, inner, 81) +
      `<div style="position:absolute;left:0;top:0;width:${w}px;height:44px;background:#1f3a5c"></div>` +
      block('left:0;top:9px;width:1200px;text-align:center', ['Classic Segond fracture'], 'font-family:"DejaVu Sans";font-size:20px;font-weight:bold;color:#fff') +
      block('left:920px;top:385px', ['lateral tibial avulsion'], 'font-family:"DejaVu Sans";font-size:17px;color:#ffe14d') +
      block('left:40px;top:70px', ['R'], 'font-family:"DejaVu Sans";font-size:36px;font-weight:bold;color:#fff') +
      block('left:1025px;top:832px', ['10 mm'], 'font-family:"DejaVu Sans";font-size:16px;color:#fff') +
      block('left:20px;bottom:16px', ['AP knee'], 'font-family:"DejaVu Sans";font-size:16px;color:#fff')),
    expect: [],
  });
}

// C2: CT lung window teaching image with technique text and conference watermark
{
  const w = 1024, h = 1024;
  const st = 'font-family:"Liberation Mono";font-size:15px;line-height:19px;color:#e6e6e6';
  const inner = ctChest(w, h) + `
    <line x1="250" y1="250" x2="350" y2="380" stroke="#fff" stroke-width="3" marker-end="url(#ahW)"/>
    <line x1="780" y1="260" x2="570" y2="430" stroke="#fff" stroke-width="3" marker-end="url(#ahW)"/>`;
  specs.push({
    file: 'teach_ct_lung_window.png', w, h, type: 'png',
    html: html(w, h, '#000', svg(w, h, inner, 91) +
      block('left:10px;top:8px', ['W 1500 L -600', 'Lung window'], st) +
      block('right:10px;top:8px;text-align:right', ['Axial', '1.0 mm'], st) +
      block('left:10px;bottom:8px', ['kVp 120 mAs 200'], st) +
      block('right:10px;bottom:8px;text-align:right', ['Slice 45/120'], st) +
      block('left:190px;top:220px', ['RUL'], 'font-family:"DejaVu Sans";font-size:18px;color:#fff') +
      block('left:700px;top:230px', ['azygos fissure'], 'font-family:"DejaVu Sans";font-size:18px;color:#fff') +
      block('left:16px;top:500px', ['R'], 'font-family:"DejaVu Sans";font-size:28px;color:#fff') +
      block('right:16px;top:500px', ['L'], 'font-family:"DejaVu Sans";font-size:28px;color:#fff') +
      block('left:0;bottom:60px;width:1024px;text-align:center', ['RSNA 2024 teaching file'], 'font-family:"DejaVu Sans";font-size:20px;color:rgba(255,255,255,0.45)')),
    expect: [],
  });
}

// C3: MRI two-panel figure, JPEG, green labels, sequence names
{
  const w = 1400, h = 700;
  const st = 'font-family:"DejaVu Sans";font-size:16px;line-height:20px;color:#7dff7d';
  const panel = (x) => `
    <rect x="${x}" y="0" width="690" height="700" fill="#050505"/>
    <ellipse cx="${x + 345}" cy="350" rx="250" ry="290" fill="#5a5a5a"/>
    <ellipse cx="${x + 345}" cy="350" rx="250" ry="290" fill="#fff" filter="url(#grain)" opacity="0.15"/>
    <ellipse cx="${x + 345}" cy="340" rx="120" ry="200" fill="#9c9c9c"/>
    <ellipse cx="${x + 400}" cy="300" rx="28" ry="22" fill="#eeeeee"/>`;
  const inner = panel(0) + panel(710) +
    `<line x1="560" y1="180" x2="430" y2="285" stroke="#ffe14d" stroke-width="4" marker-end="url(#ahY)"/>` +
    `<line x1="1270" y1="180" x2="1140" y2="285" stroke="#ffe14d" stroke-width="4" marker-end="url(#ahY)"/>`;
  specs.push({
    file: 'teach_mri_two_panel.jpg', w, h, type: 'jpeg', quality: 90,
    html: html(w, h, '#000', svg(w, h, inner, 101) +
      block('left:12px;top:10px', ['Ax T1 FS post', 'TR 550 TE 12'], st) +
      block('left:722px;top:10px', ['Cor STIR', 'FOV 16 cm'], st) +
      block('left:12px;bottom:10px', ['Fig. 3a'], st) +
      block('left:722px;bottom:10px', ['Fig. 3b'], st) +
      block('right:12px;bottom:10px;text-align:right', ['enhancing rim, 5 mm'], st)),
    expect: [],
  });
}

// C4: ultrasound gallbladder teaching image, top line without patient data
{
  const w = 900, h = 700;
  const st = 'font-family:"DejaVu Sans Mono";font-size:13px;line-height:17px;color:#d0ffd0';
  const fan = usFan(w, h, 50, 600, 40, 35);
  const inner = fan.path +
    `<ellipse cx="430" cy="330" rx="150" ry="70" fill="#080808" transform="rotate(-12 430 330)"/>` +
    `<circle cx="470" cy="355" r="18" fill="#f4f4f4"/>` +
    `<rect x="440" y="375" width="60" height="110" fill="#000" opacity="0.75"/>` +
    `<g stroke="#ffe14d" stroke-width="2"><line x1="290" y1="352" x2="300" y2="352"/><line x1="295" y1="347" x2="295" y2="357"/>` +
    `<line x1="565" y1="298" x2="575" y2="298"/><line x1="570" y1="293" x2="570" y2="303"/>` +
    `<line x1="295" y1="352" x2="570" y2="298" stroke-dasharray="4 4"/></g>`;
  specs.push({
    file: 'teach_us_gallbladder.png', w, h, type: 'png',
    html: html(w, h, '#000', svg(w, h, inner, 111) +
      block('left:8px;top:6px', ['Abd  C5-1  Frq 4.0 MHz  Gn 52  Depth 16 cm  MI 1.2  TIs 0.4'], st) +
      block('left:330px;top:250px', ['GB'], 'font-family:"DejaVu Sans";font-size:18px;color:#fff') +
      block('right:12px;bottom:70px;text-align:right', ['D1 3.2 cm', 'CBD 4 mm'], 'font-family:"DejaVu Sans Mono";font-size:15px;line-height:19px;color:#ffe14d') +
      block('left:0;bottom:10px;width:900px;text-align:center', ['Acute calculous cholecystitis: stone with acoustic shadow'], 'font-family:"DejaVu Sans";font-size:16px;color:#fff')),
    expect: [],
  });
}

// C5: small 512 px chest X-ray with anatomy labels and year-only watermark
{
  const w = 512, h = 512;
  const st = 'font-family:"DejaVu Sans Mono";font-size:12px;line-height:14px;color:#ffffff';
  const inner = chestXray(w, h) +
    `<line x1="330" y1="60" x2="262" y2="95" stroke="#fff" stroke-width="2" marker-end="url(#ahW)"/>` +
    `<line x1="400" y1="150" x2="300" y2="165" stroke="#fff" stroke-width="2" marker-end="url(#ahW)"/>` +
    `<line x1="90" y1="300" x2="180" y2="250" stroke="#fff" stroke-width="2" marker-end="url(#ahW)"/>`;
  specs.push({
    file: 'teach_cxr_labels_512.png', w, h, type: 'png',
    html: html(w, h, '#000', svg(w, h, inner, 121) +
      block('left:335px;top:50px', ['Trachea'], st) +
      block('left:405px;top:142px', ['Aortic knob'], st) +
      block('left:30px;top:302px', ['R hilum'], st) +
      block('left:8px;top:8px', ['R'], 'font-family:"DejaVu Sans";font-size:20px;font-weight:bold;color:#fff') +
      block('right:8px;top:8px', ['PA'], st) +
      block('left:0;bottom:6px;width:512px;text-align:center', ['Case of the Week 2023'], 'font-family:"DejaVu Sans";font-size:12px;color:rgba(255,255,255,0.6)')),
    expect: [],
  });
}

// ---------- phone photos ----------

// P1: photo of a monitor showing a CT (no visible text) -> EXIF GPS + DateTimeOriginal
{
  const w = 1200, h = 1600;
  const mw = 900, mh = 900;
  const monitor = `<div style="position:absolute;left:150px;top:330px;width:${mw}px;height:${mh}px;background:#111;border:26px solid #1d1d1f;border-radius:10px;
      transform:perspective(1400px) rotateY(-9deg) rotateX(4deg) rotate(-2deg);box-shadow:0 30px 60px rgba(0,0,0,0.6);overflow:hidden;filter:blur(0.6px)">
      ${svg(mw, mh, ctChest(mw, mh), 131)}
      <div style="position:absolute;inset:0;background:repeating-linear-gradient(12deg,rgba(255,255,255,0.035) 0 2px,rgba(0,0,0,0.04) 2px 5px)"></div>
      <div style="position:absolute;inset:0;background:radial-gradient(ellipse at 70% 20%,rgba(255,255,255,0.16),rgba(255,255,255,0) 55%)"></div>
    </div>`;
  const room = `<div style="position:absolute;inset:0;background:linear-gradient(180deg,#4d5563 0%,#39404b 60%,#23272e 100%)"></div>
     <div style="position:absolute;left:0;bottom:0;width:${w}px;height:260px;background:linear-gradient(180deg,#3c3026,#221a13)"></div>`;
  specs.push({
    file: 'phone_photo_monitor_gps.jpg', w, h, type: 'jpeg', quality: 85,
    html: html(w, h, '#000', room + monitor),
    exif: 'gps',
    expect: ['phi.geo', 'phi.date'],
  });
}

// P2: photo of an X-ray film on a light box, no metadata at all
{
  const w = 1600, h = 1200;
  const film = `<div style="position:absolute;left:230px;top:120px;width:1140px;height:900px;background:#e8f0ff;border:18px solid #bfc4cc;
      transform:perspective(1600px) rotateY(6deg) rotate(1.5deg);box-shadow:0 20px 50px rgba(0,0,0,0.55);filter:blur(0.5px)">
      <div style="position:absolute;left:120px;top:40px;width:900px;height:820px;opacity:0.92">${svg(900, 820, chestXray(900, 820), 141)}</div>
    </div>`;
  const room = `<div style="position:absolute;inset:0;background:radial-gradient(ellipse at 50% 40%,#6a6a70,#202024)"></div>`;
  specs.push({
    file: 'phone_photo_lightbox_clean.jpg', w, h, type: 'jpeg', quality: 84,
    html: html(w, h, '#000', room + film),
    expect: [],
  });
}

// ---------- render ----------
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--font-render-hinting=none'] });
const expected = {};
const rendered = {};
try {
  for (const s of specs) {
    const page = await browser.newPage({ viewport: { width: s.w, height: s.h }, deviceScaleFactor: 1 });
    await page.setContent(s.html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const opts = { type: s.type, fullPage: false };
    if (s.type === 'jpeg') opts.quality = s.quality ?? 85;
    let buf = await page.screenshot(opts);
    await page.close();
    if (s.exif === 'gps') buf = addGpsExif(buf);
    fs.writeFileSync(path.join(outDir, s.file), buf);
    rendered[s.file] = buf;
    expected[s.file] = s.expect;
  }
} finally {
  await browser.close();
}

function addGpsExif(jpegBuf) {
  const deg = (v) => {
    const a = Math.abs(v);
    const d = Math.floor(a);
    const mFloat = (a - d) * 60;
    const m = Math.floor(mFloat);
    const sec = Math.round((mFloat - m) * 60 * 100);
    return [[d, 1], [m, 1], [sec, 100]];
  };
  const lat = -37.81362, lon = 144.96305; // invented spot in a city centre
  const zeroth = {
    [piexif.ImageIFD.Make]: 'Apple',
    [piexif.ImageIFD.Model]: 'iPhone 13',
    [piexif.ImageIFD.Software]: '17.4.1',
    [piexif.ImageIFD.DateTime]: '2024:03:14 10:22:05',
    [piexif.ImageIFD.Orientation]: 1,
  };
  const exif = {
    [piexif.ExifIFD.DateTimeOriginal]: '2024:03:14 10:22:05',
    [piexif.ExifIFD.DateTimeDigitized]: '2024:03:14 10:22:05',
    [piexif.ExifIFD.LensModel]: 'iPhone 13 back dual wide camera 5.1mm f/1.6',
  };
  const gps = {
    [piexif.GPSIFD.GPSVersionID]: [2, 3, 0, 0],
    [piexif.GPSIFD.GPSLatitudeRef]: lat < 0 ? 'S' : 'N',
    [piexif.GPSIFD.GPSLatitude]: deg(lat),
    [piexif.GPSIFD.GPSLongitudeRef]: lon < 0 ? 'W' : 'E',
    [piexif.GPSIFD.GPSLongitude]: deg(lon),
    [piexif.GPSIFD.GPSAltitudeRef]: 0,
    [piexif.GPSIFD.GPSAltitude]: [3120, 100],
    [piexif.GPSIFD.GPSDateStamp]: '2024:03:13',
  };
  const bytes = piexif.dump({ '0th': zeroth, Exif: exif, GPS: gps });
  const out = piexif.insert(bytes, jpegBuf.toString('binary'));
  return Buffer.from(out, 'binary');
}

// ---------- DICOM ----------
{
  const { DicomMetaDictionary, DicomDict } = dcmjs.data;
  const sopClass = '1.2.840.10008.5.1.4.1.1.2'; // CT Image Storage
  const sopInst = '2.25.31849275604418822733019544713350921';
  const rows = 64, cols = 64;
  const px = new Uint16Array(rows * cols);
  for (let y = 0; y < rows; y++) for (let x = 0; x < cols; x++) {
    const d = Math.hypot(x - 32, (y - 32) * 1.3);
    px[y * cols + x] = d < 26 ? (d < 10 ? 200 : 1040) : 0;
  }
  const meta = {
    FileMetaInformationVersion: new Uint8Array([0, 1]).buffer,
    MediaStorageSOPClassUID: sopClass,
    MediaStorageSOPInstanceUID: sopInst,
    TransferSyntaxUID: '1.2.840.10008.1.2.1',
    ImplementationClassUID: '2.25.11122233344455566677788899900011',
    ImplementationVersionName: 'PROBES_IMG2',
  };
  const ds = {
    SpecificCharacterSet: 'ISO_IR 100',
    ImageType: ['ORIGINAL', 'PRIMARY', 'AXIAL'],
    SOPClassUID: sopClass,
    SOPInstanceUID: sopInst,
    StudyDate: '20240314',
    SeriesDate: '20240314',
    StudyTime: '093512',
    AccessionNumber: 'RX24031477',
    Modality: 'CT',
    Manufacturer: 'ProbeWorks',
    InstitutionName: 'Westmere Valley Regional Hospital',
    InstitutionAddress: '200 Harbour Rd, Port Kellan',
    StudyDescription: 'CT ABDOMEN PELVIS',
    PatientName: 'NGUYEN^THI^HOA',
    PatientID: 'H7724019',
    PatientBirthDate: '19580722',
    PatientSex: 'F',
    PatientAge: '065Y',
    SliceThickness: '2.5',
    KVP: '120',
    StudyInstanceUID: '2.25.99182736450011223344556677889900112',
    SeriesInstanceUID: '2.25.99182736450011223344556677889900113',
    StudyID: '1',
    SeriesNumber: '2',
    InstanceNumber: '45',
    SamplesPerPixel: 1,
    PhotometricInterpretation: 'MONOCHROME2',
    Rows: rows,
    Columns: cols,
    PixelSpacing: [0.7, 0.7],
    BitsAllocated: 16,
    BitsStored: 12,
    HighBit: 11,
    PixelRepresentation: 0,
    WindowCenter: '40',
    WindowWidth: '400',
    RescaleIntercept: '-1024',
    RescaleSlope: '1',
    PixelData: px.buffer,
    _vrMap: { PixelData: 'OW' },
  };
  const dict = new DicomDict(DicomMetaDictionary.denaturalizeDataset(meta));
  dict.dict = DicomMetaDictionary.denaturalizeDataset(ds);
  if (dict.dict['7FE00010']) dict.dict['7FE00010'].vr = 'OW';
  const ab = dict.write();
  fs.writeFileSync(path.join(outDir, 'ct_abdomen_slice.dcm'), Buffer.from(ab));
  expected['ct_abdomen_slice.dcm'] = ['phi.name', 'phi.id', 'phi.date', 'phi.age', 'phi.gender', 'phi.geo'];
}

// ---------- broken files ----------
{
  const src = rendered['xr_chest_banner_green.jpg'];
  fs.writeFileSync(path.join(outDir, 'truncated_half.jpg'), src.subarray(0, Math.floor(src.length / 2)));
  expected['truncated_half.jpg'] = 'error';

  const rnd = mulberry32(20240314);
  const junk = Buffer.alloc(48 * 1024);
  for (let i = 0; i < junk.length; i++) junk[i] = Math.floor(rnd() * 256);
  // make sure it does not accidentally start with a JPEG/PNG signature
  junk[0] = 0x5a; junk[1] = 0x3c;
  fs.writeFileSync(path.join(outDir, 'random_bytes.jpg'), junk);
  expected['random_bytes.jpg'] = 'error';
}

// ---------- manifests ----------
const names = Object.keys(expected);
fs.writeFileSync(path.join(outDir, 'expected.json'), JSON.stringify(expected, null, 2) + '\n');
fs.writeFileSync(
  path.join(outDir, 'probes.jsonl'),
  names.map((f) => JSON.stringify({ id: f, platform: 'x', text: '', images: [path.join(outDir, f)] })).join('\n') + '\n',
);
console.log(`wrote ${names.length} files to ${outDir}`);
for (const f of names) console.log(`  ${f}: ${JSON.stringify(expected[f])}`);
