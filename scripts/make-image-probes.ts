/**
 * Writes a set of attachment files with the findings each should give, for testing the image
 * checks: PACS-style screenshots with burned-in corner text (rendered by Chromium at 12–20 px on
 * 1024×1024), clean teaching images (anatomy labels, window/level, R/L markers, scale bars),
 * phone photos with EXIF written by piexifjs, photos of a face (upright, sideways, in a DICOM file)
 * and of a cat, drawn from the public-domain photographs in tests/fixtures/faces, DICOM files built
 * with dcmjs, and broken files.
 *
 *   npx tsx scripts/make-image-probes.ts OUTDIR
 *
 * OUTDIR gets the files, `expected.json` ({file: [categories]} or {file: "error"}) and
 * `probes.jsonl` (one `check --jsonl` line per file). Nothing here is random: the same files every run.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import dcmjs from 'dcmjs';
import piexif from 'piexifjs';

const out = process.argv[2];
if (!out) {
  console.error('usage: npx tsx scripts/make-image-probes.ts OUTDIR');
  process.exit(2);
}
mkdirSync(out, { recursive: true });

interface Overlay {
  /** Text lines per corner: top-left, top-right, bottom-left, bottom-right. */
  corners: [string[], string[], string[], string[]];
  size: number;
  /** A mid-image label or two (anatomy, arrows), drawn over the "scan". */
  labels?: Array<{ text: string; x: number; y: number }>;
  scaleBar?: boolean;
}

/** A grey "scan" (a body outline and organs) with text in its corners, as a PACS viewer draws it. */
function overlayPage({ corners, size, labels = [], scaleBar }: Overlay): string {
  const corner = (lines: string[], style: string) =>
    `<div style="position:absolute;${style};font:${size}px/1.25 'DejaVu Sans Mono',monospace;color:#e8e8e8;white-space:pre">${lines.join('\n')}</div>`;
  return `<!doctype html><html><body style="margin:0;width:1024px;height:1024px;background:#000;position:relative;overflow:hidden">
    <div style="position:absolute;left:212px;top:262px;width:600px;height:500px;border-radius:50%;background:radial-gradient(#777,#333 60%,#111)"></div>
    <div style="position:absolute;left:330px;top:380px;width:180px;height:140px;border-radius:45%;background:#999;opacity:.7"></div>
    <div style="position:absolute;left:560px;top:430px;width:120px;height:110px;border-radius:50%;background:#555"></div>
    ${corner(corners[0], 'left:12px;top:10px')}
    ${corner(corners[1], 'right:12px;top:10px;text-align:right')}
    ${corner(corners[2], 'left:12px;bottom:10px')}
    ${corner(corners[3], 'right:12px;bottom:10px;text-align:right')}
    ${labels.map((l) => `<div style="position:absolute;left:${l.x}px;top:${l.y}px;font:bold ${size + 2}px 'DejaVu Sans',sans-serif;color:#ffeb3b">${l.text}</div>`).join('')}
    ${scaleBar ? `<div style="position:absolute;left:860px;top:860px;width:100px;height:3px;background:#fff"></div><div style="position:absolute;left:880px;top:868px;font:${size}px 'DejaVu Sans',sans-serif;color:#fff">5 cm</div>` : ''}
  </body></html>`;
}

/** A phone photo of something (a bandaged wrist on a table), as a JPEG. */
const PHOTO_PAGE = `<!doctype html><html><body style="margin:0;width:800px;height:600px;background:linear-gradient(#c9b79c,#8d7b63)">
  <div style="position:absolute;left:180px;top:220px;width:460px;height:150px;border-radius:70px;background:#e9c8a9"></div>
  <div style="position:absolute;left:330px;top:210px;width:140px;height:170px;background:#f4f4f4;border-radius:12px"></div>
</body></html>`;

const expected: Record<string, string[] | 'error'> = {};
const files: string[] = [];
const add = (file: string, categories: string[] | 'error', content: Buffer | string): void => {
  writeFileSync(path.join(out, file), content);
  expected[file] = categories;
  files.push(file);
};

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } });
const render = async (html: string, type: 'png' | 'jpeg', size = { width: 1024, height: 1024 }): Promise<Buffer> => {
  await page.setViewportSize(size);
  await page.setContent(html);
  return page.screenshot({ type, ...(type === 'jpeg' ? { quality: 88 } : {}) });
};

// Burned-in patient details, in the styles PACS viewers use.
add(
  'overlay-ct-16px.png',
  ['phi.name', 'phi.id', 'phi.date', 'phi.age', 'phi.gender', 'phi.geo'],
  await render(overlayPage({ size: 16, corners: [['DOE^JANE', 'MRN 00482913', 'DOB 01/02/1960', 'F/64'], ['ST MARYS MEDICAL CENTER', 'CT ABDOMEN W CONTRAST', '2024-03-14 09:22'], ['W: 400 L: 40', 'Se: 3 Im: 87'], ['ACC 4471209', '5.0 mm']] }), 'png'),
);
add(
  'overlay-mr-12px.png',
  ['phi.name', 'phi.id', 'phi.date'],
  await render(overlayPage({ size: 12, corners: [['PRUITT, HAROLD', 'ID: 7730021', 'Study date: 11/05/2023'], ['MR KNEE LT', 'Sag PD FS'], ['TR 3200 TE 40'], ['Acc: A88213409']] }), 'png'),
);
add(
  'overlay-xr-20px.png',
  ['phi.name', 'phi.date', 'phi.age', 'phi.gender'],
  await render(overlayPage({ size: 20, corners: [['Okafor, Chidi', 'M 58Y'], ['CHEST PA'], ['Exam: 07/09/2024'], ['R']] }), 'png'),
);
add(
  'overlay-us-14px.jpg',
  ['phi.name', 'phi.id', 'phi.date'],
  await render(overlayPage({ size: 14, corners: [['Name: Maria Gonzalez', 'Pt ID 55190-2231'], ['OB US', '12/30/2024 14:05'], ['GA 32w1d'], ['TIS 0.4 MI 1.1']] }), 'jpeg'),
);

// Clean teaching images: labels, window/level, markers and scale bars name nobody.
add(
  'teaching-ct-labels.png',
  [],
  await render(
    overlayPage({
      size: 16,
      corners: [['Axial CT'], ['W: 350 L: 50'], ['Portal venous phase'], ['R']],
      labels: [
        { text: 'Liver', x: 360, y: 420 },
        { text: 'Spleen', x: 575, y: 470 },
        { text: '← lesion', x: 470, y: 520 },
      ],
      scaleBar: true,
    }),
    'png',
  ),
);
add(
  'teaching-mr-sequence.png',
  [],
  await render(overlayPage({ size: 14, corners: [['Sagittal T2'], ['L4-L5'], ['Slice 12/24'], ['L']], labels: [{ text: 'Disc herniation', x: 420, y: 480 }] }), 'png'),
);

// Phone photos: where and when, and whose camera, travel in the file.
const exif = (fields: { gps?: [number, number]; date?: string; artist?: string; owner?: string; serial?: string; comment?: string }): string => {
  const zeroth: Record<number, unknown> = { [piexif.ImageIFD.Make]: 'Apple', [piexif.ImageIFD.Model]: 'iPhone 14' };
  const exifIfd: Record<number, unknown> = {};
  const gps: Record<number, unknown> = {};
  if (fields.artist) zeroth[piexif.ImageIFD.Artist] = fields.artist;
  if (fields.comment) zeroth[piexif.ImageIFD.ImageDescription] = fields.comment;
  if (fields.date) exifIfd[piexif.ExifIFD.DateTimeOriginal] = fields.date;
  if (fields.owner) exifIfd[piexif.ExifIFD.CameraOwnerName] = fields.owner;
  if (fields.serial) exifIfd[piexif.ExifIFD.BodySerialNumber] = fields.serial;
  if (fields.gps) {
    const [lat, lon] = fields.gps;
    gps[piexif.GPSIFD.GPSLatitudeRef] = lat >= 0 ? 'N' : 'S';
    gps[piexif.GPSIFD.GPSLatitude] = piexif.GPSHelper.degToDmsRational(Math.abs(lat));
    gps[piexif.GPSIFD.GPSLongitudeRef] = lon >= 0 ? 'E' : 'W';
    gps[piexif.GPSIFD.GPSLongitude] = piexif.GPSHelper.degToDmsRational(Math.abs(lon));
  }
  return piexif.dump({ '0th': zeroth, Exif: exifIfd, GPS: gps });
};
const withExif = (jpeg: Buffer, bytes: string): Buffer => Buffer.from(piexif.insert(bytes, jpeg.toString('binary')), 'binary');
const photo = await render(PHOTO_PAGE, 'jpeg', { width: 800, height: 600 });
add('photo-gps.jpg', ['phi.geo', 'phi.date'], withExif(photo, exif({ gps: [41.8781, -87.6298], date: '2024:06:02 21:14:07' })));
add('photo-owner.jpg', ['phi.name', 'phi.id'], withExif(photo, exif({ owner: 'Dana Whitfield', serial: 'F2LXK9Q1JCL6' })));
add('photo-description.jpg', ['phi.name'], withExif(photo, exif({ artist: 'Dr. R. Iyer', comment: 'Laceration repair, patient Tom Becker' })));
add('photo-clean.jpg', [], photo);

// Faces: a full-face photograph is an identifier, however it is turned; a cat's face is not.
const FACES = path.resolve(import.meta.dirname, '../tests/fixtures/faces');
/** A source photograph drawn by Chromium: turned clockwise by quarter turns, as JPEG or as grey pixels. */
const drawPhoto = async (file: string, turn: number, as: 'jpeg' | 'gray'): Promise<{ jpeg: Buffer; gray: Uint8Array; size: number }> => {
  const source = `data:image/jpeg;base64,${readFileSync(path.join(FACES, file)).toString('base64')}`;
  const drawn = await page.evaluate(
    async ({ source, turn, as }) => {
      const image = new Image();
      image.src = source;
      await image.decode();
      const size = Math.max(image.width, image.height);
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = size;
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#fff';
      context.fillRect(0, 0, size, size);
      context.translate(size / 2, size / 2);
      context.rotate((turn * Math.PI) / 2);
      context.drawImage(image, -image.width / 2, -image.height / 2);
      if (as === 'jpeg') return { jpeg: canvas.toDataURL('image/jpeg', 0.9).split(',')[1]!, gray: [], size };
      const { data } = context.getImageData(0, 0, size, size);
      return { jpeg: '', gray: Array.from({ length: size * size }, (_, i) => Math.round(0.299 * data[i * 4]! + 0.587 * data[i * 4 + 1]! + 0.114 * data[i * 4 + 2]!)), size };
    },
    { source, turn, as },
  );
  return { jpeg: Buffer.from(drawn.jpeg, 'base64'), gray: new Uint8Array(drawn.gray), size: drawn.size };
};
add('photo-face.jpg', ['phi.face'], (await drawPhoto('astronaut.jpg', 0, 'jpeg')).jpeg);
add('photo-face-sideways.jpg', ['phi.face'], (await drawPhoto('astronaut.jpg', 1, 'jpeg')).jpeg);
add('photo-cat.jpg', [], (await drawPhoto('chelsea.jpg', 0, 'jpeg')).jpeg);

// DICOM: the header carries the patient whatever the pixels show.
const { DicomDict, DicomMetaDictionary } = dcmjs.data;
const dicom = (patient: Record<string, string>, frame?: { size: number; pixels: Uint8Array }, encoded?: { syntax: string; frame: Uint8Array }): Buffer => {
  const rows = frame?.size ?? 64;
  const pixels = frame?.pixels ?? new Uint8Array(rows * rows).map((_, i) => (i * 7) % 251);
  const dataset = {
    SOPClassUID: '1.2.840.10008.5.1.4.1.1.7',
    SOPInstanceUID: '1.2.826.0.1.3680043.8.498.1',
    Modality: 'CT',
    StudyDescription: 'CT CHEST',
    Rows: rows,
    Columns: rows,
    BitsAllocated: 8,
    BitsStored: 8,
    HighBit: 7,
    PixelRepresentation: 0,
    SamplesPerPixel: 1,
    PhotometricInterpretation: 'MONOCHROME2',
    ...patient,
    PixelData: encoded ? [encoded.frame.slice().buffer] : pixels.buffer,
    _vrMap: { PixelData: 'OB' },
  };
  const meta = {
    FileMetaInformationVersion: new Uint8Array([0, 1]).buffer,
    MediaStorageSOPClassUID: dataset.SOPClassUID,
    MediaStorageSOPInstanceUID: dataset.SOPInstanceUID,
    TransferSyntaxUID: encoded?.syntax ?? '1.2.840.10008.1.2.1',
    ImplementationClassUID: '1.2.826.0.1.3680043.8.498.2',
  };
  const dict = new DicomDict(DicomMetaDictionary.denaturalizeDataset(meta));
  dict.dict = DicomMetaDictionary.denaturalizeDataset(dataset);
  return Buffer.from(dict.write());
};
add(
  'study.dcm',
  ['phi.name', 'phi.id', 'phi.date', 'phi.gender', 'phi.age', 'phi.geo'],
  dicom({
    PatientName: 'DOE^JANE',
    PatientID: '00482913',
    PatientBirthDate: '19600102',
    PatientSex: 'F',
    PatientAge: '064Y',
    AccessionNumber: '4471209',
    InstitutionName: 'St Marys Medical Center',
    StudyDate: '20240314',
    ReferringPhysicianName: 'WELBY^MARCUS',
  }),
);
add('anonymised.dcm', [], dicom({ PatientName: '', PatientID: '', PatientBirthDate: '', PatientSex: '' }));

/** An ultrasound frame, 512×512: a grey sector on black, with `lines` burned into its top-left corner. */
const ultrasound = (lines: string[]) =>
  page.evaluate((lines) => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 512;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#000';
    context.fillRect(0, 0, 512, 512);
    context.fillStyle = '#444';
    context.beginPath();
    context.arc(256, 300, 170, Math.PI, 2 * Math.PI);
    context.fill();
    context.fillStyle = '#fff';
    context.font = "16px 'DejaVu Sans Mono', monospace";
    lines.forEach((line, i) => context.fillText(line, 10, 24 + i * 20));
    const { data } = context.getImageData(0, 0, 512, 512);
    return { gray: Array.from({ length: 512 * 512 }, (_, i) => data[i * 4]!), jpeg: canvas.toDataURL('image/jpeg', 0.92).split(',')[1]! };
  }, lines).then(({ gray, jpeg }) => ({ gray: new Uint8Array(gray), jpeg: new Uint8Array(Buffer.from(jpeg, 'base64')) }));

// An ultrasound saved as DICOM: a clean header, the patient burned into the pixels.
const burned = await ultrasound(['NGUYEN^LINH', 'ID 30917725', '03/11/2024 10:42']);
add('ultrasound-burned-in.dcm', ['phi.name', 'phi.id', 'phi.date'], dicom({ PatientName: '', PatientID: '', Modality: 'US', BurnedInAnnotation: 'NO' }, { size: 512, pixels: burned.gray }));

// Compressed frames as ultrasound machines store them: RLE Lossless and JPEG Baseline.
/** One 8-bit grey frame as RLE Lossless (PS3.5 annex G): one segment of PackBits literal runs. */
const rleFrame = (pixels: Uint8Array): Uint8Array => {
  const runs: number[] = [];
  for (let at = 0; at < pixels.length; at += 128) {
    const run = pixels.subarray(at, at + 128);
    runs.push(run.length - 1, ...run);
  }
  if (runs.length % 2) runs.push(0x80); // segments end on an even byte: a no-op code
  const header = new DataView(new ArrayBuffer(64));
  header.setUint32(0, 1, true);
  header.setUint32(4, 64, true);
  return new Uint8Array([...new Uint8Array(header.buffer), ...runs]);
};
const compressed = await ultrasound(['OYELARAN^FOLA', 'ID 66120943', '08/21/2024 16:05']);
add('ultrasound-rle.dcm', ['phi.name', 'phi.id', 'phi.date'], dicom({ PatientName: '', PatientID: '', Modality: 'US' }, { size: 512, pixels: compressed.gray }, { syntax: '1.2.840.10008.1.2.5', frame: rleFrame(compressed.gray) }));
add('ultrasound-jpeg.dcm', ['phi.name', 'phi.id', 'phi.date'], dicom({ PatientName: '', PatientID: '', Modality: 'US' }, { size: 512, pixels: compressed.gray }, { syntax: '1.2.840.10008.1.2.4.50', frame: compressed.jpeg }));

// A clinical photograph stored in PACS: a clean header, the patient's face in the pixels.
const faceFrame = await drawPhoto('astronaut.jpg', 0, 'gray');
add('photo-face.dcm', ['phi.face'], dicom({ PatientName: '', PatientID: '', Modality: 'XC' }, { size: faceFrame.size, pixels: faceFrame.gray }));

// Files that cannot be checked get a clear error, never a crash.
const png = await render(overlayPage({ size: 16, corners: [['DOE^JANE'], [], [], []] }), 'png');
add('truncated.png', 'error', png.subarray(0, 2000));
add('not-an-image.png', 'error', 'This is a text file with a .png name.\n');
add('script.svg', 'error', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><text x="10" y="20">DOE^JANE</text></svg>');

await browser.close();
writeFileSync(path.join(out, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
writeFileSync(
  path.join(out, 'probes.jsonl'),
  files.map((file) => JSON.stringify({ id: file, platform: 'x', text: '', images: [path.resolve(out, file)] })).join('\n') + '\n',
);
console.log(`${files.length} files in ${out}`);
