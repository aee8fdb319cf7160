import { describe, expect, it } from 'vitest';
import { checkOverlayText, overlayLines, type OcrWord } from '@/lib/images';

/** OCR words for lines of text, each word 10 px per character, lines 20 px apart; "|" starts a field far to the right. */
function words(...lines: string[]): OcrWord[] {
  return lines.flatMap((line, row) => {
    let x = 10;
    return line.split(' ').flatMap((text) => {
      if (text === '|') {
        x = 800;
        return [];
      }
      const word: OcrWord = { text, confidence: 95, line: row, box: { x, y: 10 + row * 20, width: text.length * 10, height: 14 } };
      x += text.length * 10 + 8;
      return [word];
    });
  });
}

const categories = (...lines: string[]) => [...new Set(checkOverlayText(words(...lines)).map((f) => f.category))].sort();

describe('burned-in text', () => {
  it('splits a row into fields where words are far apart', () => {
    expect(overlayLines(words('Okafor, Chidi | CHEST PA')).map((l) => l.text)).toEqual(['Okafor, Chidi', 'CHEST PA']);
  });

  it.each([
    ['DOE^JANE', ['phi.name']],
    ['DOE~JANE', ['phi.name']],
    ['PRUITT, HAROLD', ['phi.name']],
    ['Name: Maria Gonzalez', ['phi.name']],
    ['Jane Doe', ['phi.name']],
    ['MRN 00482913', ['phi.id']],
    ['Pt ID 55190-2231', ['phi.id']],
    ['Acc: A88213409', ['phi.id']],
    ['4471209311', ['phi.id']],
    ['DOB 01/02/1960', ['phi.date']],
    ['2024-03-14 09:22', ['phi.date']],
    ['14-Mar-2024', ['phi.date']],
    ['Study 20240314', ['phi.date']],
    ['F/64', ['phi.age', 'phi.gender']],
    ['M 58Y', ['phi.age', 'phi.gender']],
    ['064Y', ['phi.age']],
    ['Sex: F', ['phi.gender']],
    ['ST MARYS MEDICAL CENTER', ['phi.geo']],
    ['Riverside Imaging Center', ['phi.geo']],
    ['Lakeview Radiology', ['phi.geo']],
    ['MERCY  MEDICAL   CENTER', ['phi.geo']],
    ['OKONKWO"CHIDINMA"A', ['phi.name']],
    ["0'SULLIVAN, Declan", ['phi.name']],
    ['Aaliyah Mensah-Boateng ID 77301925', ['phi.id', 'phi.name']],
    ['Pat ID: HK-559031', ['phi.id']],
    ['Hosp#: 2291-044-7 Exam 2024/03/14', ['phi.date', 'phi.id']],
    ['F 45v', ['phi.age', 'phi.gender']],
    ['Male 34', ['phi.age', 'phi.gender']],
    ['Ph 0412 558 903', ['phi.contact']],
    ['call 555-201-0134', ['phi.contact']],
    ['jdoe@example.org', ['phi.contact']],
    ['Hôpital Sainte-Adèle-du-Lac', ['phi.geo']],
    ['PT: NAKASHIMA, KEN', ['phi.name']],
    ['1D 7734-22910', ['phi.id']],
    ['LINDQVISTAASTRID', ['phi.name']],
    ['Home address on file: 22 Linden St, Somerville', ['phi.geo']],
    ['Duluth, MN 55805', ['phi.geo']],
    ['Scan ID 55190', ['phi.id']],
  ])('flags %j', (line, expected) => {
    expect(categories(line)).toEqual(expected);
  });

  it.each(['W: 400 L: 40', 'Se: 3 Im: 87', '5.0 mm', 'Slice 12/24', 'Axial CT', 'L4-L5', 'TR 3200 TE 40', 'Sagittal T2', 'CHEST PA', 'Portal venous phase', 'R', '120 kV 200 mAs', 'Disc herniation', 'Liver, Spleen', 'W 1500 L -600', 'kVp 120 mAs 200', 'Se 3 Im 45/120', 'RSNA 2024 teaching file', 'Classic Segond fracture', 'D1 3.2 cm', 'Ax T1 FS post', 'Compare with prior imaging whenever available', 'Interesting presentation in clinic this week', 'Department of Radiology', 'CHESTAABDOMEN', 'SAGITTALASERIES', 'PT: Supine', 'Pt: Prone position', 'Series 2 Referring Dr'])(
    'leaves the teaching label %j alone',
    (line) => {
      expect(categories(line)).toEqual([]);
    },
  );

  it('puts each finding in the box of the words it is about', () => {
    const [finding] = checkOverlayText(words('x | MRN 00482913'));
    expect(finding).toMatchObject({ ruleId: 'image-text', category: 'phi.id', box: { x: 838, y: 10, width: 80, height: 14 } });
  });
});
