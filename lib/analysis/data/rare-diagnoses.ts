/**
 * Diagnoses rare enough that one real case, with a time or a place, points to one person: rare
 * diseases (fewer than 1 in 2,000 people, the EU definition Orphanet uses) and events seen a few times
 * in a career. Case-insensitive regular-expression sources. Validated by tests/analysis/data.test.ts.
 */
export interface DiagnosisList {
  name: string;
  patterns: string[];
  note: string;
  source: string;
}

export const RARE_DIAGNOSES: DiagnosisList = {
  name: 'rare diagnoses',
  patterns: [
    // Infections rarely seen where the clinicians who post practise.
    String.raw`rabies|tularemia|leprosy|hansen['’]?s disease|plague|anthrax|melioidosis|botulism|tetanus|diphtheria|scurvy|rickets|beriberi|pellagra|kuru|mucormycosis|naegleria|amoebic meningoencephalitis|chagas|cysticercosis|echinococc\w*|hydatid cyst|dengue|malaria|typhoid|cholera|brucellosis|leptospirosis|Q fever`,
    // Rare genetic, metabolic and neurological conditions.
    String.raw`fibrodysplasia ossificans progressiva|FOP|progeria|Crigler-Najjar|fatal familial insomnia|Creutzfeldt-Jakob|CJD|Capgras|Cotard|alien hand|locked-in syndrome|Sturge-Weber|Erdheim-Chester|Gorham|Proteus syndrome|McCune-Albright|Maffucci|Ollier|Kasabach-Merritt|Kartagener|situs inversus|ectopia cordis|conjoined twins|anti-NMDA receptor encephalitis|Wilson['’]?s disease|Gaucher|Fabry|Pompe|Niemann-Pick|Tay-Sachs|osteopetrosis|hypophosphatasia|achondrogenesis`,
    // Rare acute presentations and tumours.
    String.raw`Boerhaave|commotio cordis|fibrolamellar|pheochromocytoma|paraganglioma|carcinoid crisis|thyroid storm|myxedema coma|Lemierre|Fournier['’]?s gangrene|emphysematous (?:pyelonephritis|cholecystitis|gastritis)|Bouveret|Ogilvie|superior mesenteric artery syndrome|Wilkie|nutcracker syndrome|Bochdalek|Morgagni hernia|Amyand|Littre hernia|lithopedion|angiosarcoma|chordoma|mesothelioma|Merkel cell`,
  ],
  note: 'One real case of one of these, with a time or a place, is easy to tie to the one patient it was.',
  source: 'Orphanet (orpha.net) rare-disease definition (fewer than 1 in 2,000); docs/guidance.md: "rare \'zebra\' cases, maybe one a year, are easy to tie to a person"',
};
