/** Faces: boxes found in a turned image come back to the upright one, one finding per face, nothing for weak guesses. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFaces, FACE_MIN_SCORE, GRAY_FACE_MIN_SCORE, mergeFaces, TURNS, unturnBox, type Turn } from '@/lib/images/faces';
import { isGrayscale, shrinkRgba, unscaleFaces } from '@/lib/images/human-faces';
import type { Box } from '@/lib/images/types';

/** Where a point of the upright image lands when the image is turned `turn` quarter-turns clockwise. */
function turnPoint(x: number, y: number, turn: Turn, width: number, height: number): [number, number] {
  let [px, py, w, h] = [x, y, width, height];
  for (let i = 0; i < turn; i++) [px, py, w, h] = [h - py, px, h, w];
  return [px, py];
}

/** A box of the upright image as it lies in the turned one. */
function turnBox(box: Box, turn: Turn, width: number, height: number): Box {
  const corners = [turnPoint(box.x, box.y, turn, width, height), turnPoint(box.x + box.width, box.y + box.height, turn, width, height)];
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

describe('unturnBox', () => {
  it('takes a face found in a turned image back to where it is in the upright image', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 2000 }),
        fc.integer({ min: 20, max: 2000 }),
        fc.constantFrom(...TURNS),
        fc.record({ x: fc.nat(100), y: fc.nat(100), width: fc.integer({ min: 1, max: 19 }), height: fc.integer({ min: 1, max: 19 }) }),
        (width, height, turn, box) => {
          expect(unturnBox(turnBox(box, turn, width, height), turn, width, height)).toEqual(box);
        },
      ),
    );
  });

  it('maps a quarter turn clockwise by hand', () => {
    // A 100×50 image turned clockwise is 50×100; its top-left corner came from the bottom-left.
    expect(unturnBox({ x: 0, y: 0, width: 10, height: 20 }, 1, 100, 50)).toEqual({ x: 0, y: 40, width: 20, height: 10 });
  });
});

describe('mergeFaces and checkFaces', () => {
  const face = (x: number, score: number) => ({ box: { x, y: 10, width: 100, height: 100 }, score });

  it('keeps one face per place, the best scored, and drops weak guesses', () => {
    const merged = mergeFaces([face(0, 0.7), face(10, 0.95), face(400, 0.8), face(800, FACE_MIN_SCORE - 0.01)]);
    expect(merged.map((f) => f.score)).toEqual([0.95, 0.8]);
  });

  it('makes one phi.face finding per face, its box grown to take in the head', () => {
    const findings = checkFaces({ faces: [face(200, 0.9), face(600, 0.9)], grayscale: false });
    expect(findings).toHaveLength(2);
    expect(findings[0]).toMatchObject({ ruleId: 'image-face', category: 'phi.face', severity: 'error', box: { x: 175, y: 0, width: 150, height: 135 } });
    expect(findings[0]!.message).toContain('one of 2');
  });

  it('finds nothing in nothing', () => {
    expect(checkFaces({ faces: [], grayscale: false })).toEqual([]);
  });

  it('asks more of a face in a grey image, where scans are', () => {
    const likely = [face(0, (FACE_MIN_SCORE + GRAY_FACE_MIN_SCORE) / 2)];
    expect(checkFaces({ faces: likely, grayscale: false })).toHaveLength(1);
    expect(checkFaces({ faces: likely, grayscale: true })).toHaveLength(0);
    expect(checkFaces({ faces: [face(0, 1)], grayscale: true })).toHaveLength(1);
  });
});

describe('isGrayscale', () => {
  const image = (pixel: (i: number) => [number, number, number]) => {
    const data = new Uint8ClampedArray(100 * 100 * 4);
    for (let i = 0; i < 100 * 100; i++) data.set([...pixel(i), 255], i * 4);
    return { data, width: 100, height: 100 };
  };

  it('tells a grey scan, with a JPEG\'s colour noise, from a colour photo', () => {
    expect(isGrayscale(image((i) => [i % 256, (i % 256) + ((i * 7) % 9) - 4, i % 256]))).toBe(true);
    expect(isGrayscale(image((i) => [200, 150 + (i % 50), 120]))).toBe(false);
  });
});

describe('shrinkRgba', () => {
  it('averages a large image down to the longest side asked for, and its boxes scale back', () => {
    const width = 3000;
    const height = 1500;
    const data = new Uint8ClampedArray(width * height * 4).fill(200);
    const { image, scale } = shrinkRgba({ data, width, height }, 1000);
    expect([image.width, image.height]).toEqual([1000, 500]);
    expect(image.data[0]).toBe(200);
    expect(unscaleFaces([{ box: { x: 10, y: 10, width: 50, height: 50 }, score: 1 }], scale)[0]!.box).toEqual({ x: 30, y: 30, width: 150, height: 150 });
  });

  it('leaves a small image as it is', () => {
    const image = { data: new Uint8ClampedArray(4 * 4 * 4), width: 4, height: 4 };
    expect(shrinkRgba(image).image).toBe(image);
  });
});
