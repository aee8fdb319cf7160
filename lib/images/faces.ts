import type { Box, DetectedFace, FaceReading, ImageFinding } from './types';

/**
 * Faces in an attached image. A full-face photograph is one of HIPAA's Safe Harbor identifiers,
 * and a face rendered from a CT or MR volume is a comparable image.
 */

const NOTE =
  "A full-face photograph, or any comparable image (a 3D rendering of a head scan counts), identifies the patient on its own. Crop it out or cover it (Safe Harbor's cleaned copy blacks it out), and post a patient's face only with their written consent.";

/**
 * Faces the face mesh scores below this are dropped (its score says how sure it is that the box
 * holds a face). Faces in ordinary photos score 0.6–1.0, turned faces less; a cat, a coffee cup, a
 * phantom, a page of text and radiographs with overlays, which fool the detector alone, get no mesh.
 */
export const FACE_MIN_SCORE = 0.5;
/**
 * In a grey image only a face the mesh is all but sure of counts. Grey is where CT and MR slices
 * live, and an axial slice of a head (orbits, ventricles) can fool both detector and mesh; a grey
 * photograph of a face still scores 0.99 or more.
 */
export const GRAY_FACE_MIN_SCORE = 0.98;
/** The mesh's box runs from brow to chin: the margin takes in the hair, ears and jaw as well. */
const HEAD_MARGIN = 0.25;

/** A quarter-turn count: the detector looks at the image upright, on each side, and upside down. */
export type Turn = 0 | 1 | 2 | 3;
export const TURNS: readonly Turn[] = [0, 1, 2, 3];

/**
 * A box found in the image turned `turn` quarter-turns clockwise, in the upright image's pixels.
 * `width` and `height` are the upright image's.
 */
export function unturnBox(box: Box, turn: Turn, width: number, height: number): Box {
  switch (turn) {
    case 0:
      return box;
    case 1: // turned clockwise: the turned image's x runs up the original's left edge
      return { x: box.y, y: height - box.x - box.width, width: box.height, height: box.width };
    case 2:
      return { x: width - box.x - box.width, y: height - box.y - box.height, width: box.width, height: box.height };
    case 3:
      return { x: width - box.y - box.height, y: box.x, width: box.height, height: box.width };
  }
}

const overlap = (a: Box, b: Box): number => {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (w <= 0 || h <= 0) return 0;
  const shared = w * h;
  // Against the smaller box: the same face seen upright and sideways gets boxes of different sizes.
  return shared / Math.min(a.width * a.height, b.width * b.height);
};

/** One face per place: the best-scored of the boxes that cover the same face, strongest first. */
export function mergeFaces(faces: readonly DetectedFace[], minScore = FACE_MIN_SCORE): DetectedFace[] {
  const kept: DetectedFace[] = [];
  for (const face of [...faces].filter((f) => f.score >= minScore).sort((a, b) => b.score - a.score)) {
    if (!kept.some((k) => overlap(k.box, face.box) > 0.5)) kept.push(face);
  }
  return kept;
}

/** The findings for the faces a detector reported (already in the image's own pixels). */
export function checkFaces({ faces, grayscale }: FaceReading): ImageFinding[] {
  const merged = mergeFaces(faces, grayscale ? GRAY_FACE_MIN_SCORE : FACE_MIN_SCORE);
  return merged.map((face) => ({
    ruleId: 'image-face',
    category: 'phi.face',
    severity: 'error',
    message: merged.length > 1 ? `A face is visible in the image (one of ${merged.length}).` : 'A face is visible in the image.',
    note: NOTE,
    box: roundBox(head(face.box)),
  }));
}

const head = (box: Box): Box => {
  const dx = box.width * HEAD_MARGIN;
  const dy = box.height * HEAD_MARGIN;
  const x = Math.max(0, box.x - dx);
  const y = Math.max(0, box.y - dy);
  return { x, y, width: box.x + box.width + dx - x, height: box.y + box.height + dy - y };
};

const roundBox = (box: Box): Box => ({ x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) });
