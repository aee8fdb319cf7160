import { readFileSync } from 'node:fs';
import { analyze } from '@/lib/analysis';
import { FINDINGS, IMAGING_AND_ANATOMY } from '@/lib/analysis/data/clinical-content';
import { lexiconMatches } from '@/lib/analysis/data/lexicon';
import { mentionsEvent } from '@/lib/analysis/subject';
const [file, ids] = process.argv.slice(2);
const want = new Set(ids!.split(','));
for (const line of readFileSync(file!, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line);
  if (!want.has(r.id)) continue;
  const cats = [...new Set(analyze(r.text, { platform: r.platform }).map((f) => f.category))];
  const f = lexiconMatches(r.text, FINDINGS).map((m) => m[0]);
  const i = lexiconMatches(r.text, IMAGING_AND_ANATOMY).map((m) => m[0]);
  console.log(r.id, JSON.stringify({ f, i, ev: mentionsEvent(r.text), cats: cats.filter((c) => c.startsWith('phi')) }));
}
