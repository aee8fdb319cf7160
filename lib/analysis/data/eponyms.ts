/**
 * Eponyms and named signs: people's names that name a disease, sign, fracture or classification,
 * never a patient. Validated by tests/analysis/data.test.ts.
 */
export interface EponymGroup {
  names: string[];
  note: string;
  source: string;
}

const RADIOPAEDIA = 'Radiopaedia.org eponym and sign articles; standard radiology teaching';

export const EPONYMS: EponymGroup[] = [
  {
    names: ['Wilms', 'Hodgkin', 'Burkitt', 'Ewing', 'Askin', 'Kaposi', 'Castleman', 'Langerhans', 'Erdheim', 'Chester', 'Rosai', 'Dorfman', 'Brodie', 'Codman', 'Klatskin', 'Krukenberg', 'Pancoast', 'Warthin', 'Wilm', 'Grawitz', 'Bosniak'],
    note: 'Tumours and tumour classifications named after people.',
    source: RADIOPAEDIA,
  },
  {
    names: ['Chiari', 'Dandy', 'Walker', 'Blake', 'Joubert', 'Sturge', 'Weber', 'Hippel', 'Lindau', 'Galen', 'Rathke', 'Monro', 'Luschka', 'Magendie', 'Sylvius', 'Willis', 'Virchow', 'Robin', 'Wernicke', 'Korsakoff', 'Creutzfeldt', 'Jakob', 'Alzheimer', 'Parkinson', 'Huntington', 'Pick', 'Binswanger', 'Fahr', 'Moyamoya', 'Arnold', 'Klippel', 'Feil', 'Currarino', 'Tarlov', 'Schmorl', 'Scheuermann', 'Baastrup', 'Forestier', 'Bertolotti', 'Jefferson', 'Chance', 'Horner'],
    note: 'Neuroradiology and spine eponyms; "Jefferson" and "Chance" are fractures.',
    source: RADIOPAEDIA,
  },
  {
    names: ['Crohn', 'Hirschsprung', 'Meckel', 'Zenker', 'Boerhaave', 'Mallory', 'Weiss', 'Barrett', 'Bochdalek', 'Morgagni', 'Mirizzi', 'Caroli', 'Courvoisier', 'Murphy', 'McBurney', 'Rovsing', 'Amyand', 'Littre', 'Richter', 'Spigelian', 'Treitz', 'Whipple', 'Ogilvie', 'Hartmann', 'Budd', 'Zollinger', 'Ellison', 'Peutz', 'Jeghers', 'Gardner', 'Menetrier', 'Addison', 'Cushing', 'Conn', 'Graves', 'Hashimoto', 'Riedel', 'Sheehan', 'Wolman', 'Gaucher', 'Niemann', 'Hurler', 'Hunter', 'Morquio'],
    note: 'Body, GI and endocrine eponyms.',
    source: RADIOPAEDIA,
  },
  {
    names: ['Kerley', 'Hampton', 'Westermark', 'Fleischner', 'Golden', 'Fallot', 'Ebstein', 'Eisenmenger', 'Kommerell', 'Kartagener', 'Mounier', 'Kuhn', 'Swyer', 'James', 'Takayasu', 'Kawasaki', 'Buerger', 'Leriche', 'Stanford', 'DeBakey', 'Marfan', 'Ehlers', 'Danlos', 'Loeys', 'Dietz', 'Mondor', 'Poland', 'Tietze', 'Bland', 'Garland', 'Scimitar'],
    note: 'Chest, cardiac and vascular eponyms ("Kerley B lines", "Hampton hump", "Westermark sign").',
    source: RADIOPAEDIA,
  },
  {
    names: ['Colles', 'Smith', 'Barton', 'Salter', 'Harris', 'Segond', 'Hill', 'Sachs', 'Bankart', 'Bennett', 'Rolando', 'Galeazzi', 'Monteggia', 'Maisonneuve', 'Tillaux', 'Lisfranc', 'Jones', 'Kienbock', 'Kienböck', 'Preiser', 'Perthes', 'Legg', 'Calve', 'Osgood', 'Schlatter', 'Sinding', 'Larsen', 'Johansson', 'Sever', 'Freiberg', 'Kohler', 'Köhler', 'Panner', 'Blount', 'Caffey', 'Ollier', 'Maffucci', 'Paget', 'Pott', 'Charcot', 'Sudeck', 'Gorham', 'Stout', 'Baker', 'Stener', 'Hoffa', 'Pellegrini', 'Stieda', 'LeFort', 'Le Fort', 'Clay', 'Shoveler', 'Hangman', 'Lincoln'],
    note: 'Musculoskeletal eponyms, fractures and named signs ("Lincoln log vertebra").',
    source: RADIOPAEDIA,
  },
  {
    names: ['Christmas', 'Mickey', 'Mouse', 'Kennedy', 'Down', 'Turner', 'Klinefelter', 'Noonan', 'Williams', 'Edwards', 'Patau', 'Beckwith', 'Wiedemann', 'Alport', 'Potter', 'Prune', 'Eagle', 'Barrett', 'Bell', 'Guillain', 'Barre', 'Lou', 'Gehrig', 'Tourette', 'Asperger', 'Munchausen', 'Ramsay', 'Hunt', 'Hamman', 'Rich', 'Mendelson', 'Lemierre', 'Fitz', 'Hugh', 'Curtis', 'Meigs', 'Stein', 'Leventhal', 'Asherman', 'Mayer', 'Rokitansky', 'Kuster', 'Hauser', 'Gartner', 'Nabothian', 'Bartholin', 'Skene', 'Peyronie', 'Fournier', 'Wilson'],
    note: 'Syndromes and named signs elsewhere ("Christmas disease", "Mickey Mouse sign", "Kennedy disease").',
    source: RADIOPAEDIA,
  },
  {
    names: ['Lund', 'Browder', 'Parkland', 'Cooper', 'Annie', 'Treacher', 'Collins', 'Antoni', 'Verocay', 'Civatte', 'Kamino', 'Pautrier', 'Munro', 'Nora', 'Lhermitte', 'Duclos', 'Cowden', 'Spitz', 'Blumer', 'Windermere', 'Plummer', 'Wolff', 'Chaikoff', 'Jod', 'Basedow'],
    note: 'Burn charts, ligaments, pathology bodies and nuclei, and endocrine eponyms ("Lund-Browder chart", "Orphan Annie nuclei", "Treacher Collins", "Nora lesion", "Max-Joseph spaces", "Graves disease", "Lady Windermere syndrome").',
    source: RADIOPAEDIA,
  },
];

export const EPONYM_NAMES: ReadonlySet<string> = new Set(EPONYMS.flatMap((group) => group.names.map((n) => n.toLowerCase())));

/** Words that turn a name before them into an eponym: "Wilms tumour", "Hampton hump". */
export const EPONYM_FOLLOWERS = /^['’]?s?\s+(?:disease|syndrome|sign|signs|tumou?r|nuclei|bodies|chart|ligaments?|formula|fracture|lesion|lines?|hump|malformation|anomaly|triad|classification|criteria|score|grade|cyst|pouch|hernia|diverticulum|node|procedure|operation|sarcoma|lymphoma|cell|cells|law|point|reflex|phenomenon|type|view|angle|line|ring|gland|duct|space|canal|foramen|arch|cistern|shunt|catheter|needle|zone|triangle|sequence|effect|palsy|deformity|vertebra|log|spaces|microabscess(?:es)?|thyroiditis|phenomenon|effect)\b/i;
