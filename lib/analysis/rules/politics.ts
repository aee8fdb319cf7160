import { compileLexicon, lexiconMatches } from '../data/lexicon';
import { BARE_VOTES, NAMED_BILLS, POLICY_STANCES, POLICY_TOPICS, POLITICS } from '../data/politics';
import { neighbourhoodOf } from '../subject';
import { defineRule, type RuleMatch } from '../types';

const STANCE = compileLexicon(POLICY_STANCES, 'i');
const TOPICS = [...POLICY_TOPICS, ...NAMED_BILLS];
/** "Conservative management" and "liberal use of contrast" are clinical, not political. */
const CLINICAL_AFTER = /^\s+(?:management|treatment|therapy|approach|use|fluids|dosing|margins?)\b/i;
/** A medical congress: "#ESCCongress", a poster, a session. */
const CONFERENCE = /#\w*congress\b|\b(?:posters?|abstracts?|booth|delegates|plenary|sessions?|talks?)\b/i;
/** Votes that are not elections: a poll or quiz anywhere in the draft, or an award, answer or favourite beside the vote. */
const A_POLL = /\b(?:poll|quiz)\b|#\w*poll\b/i;
const AN_AWARD = /\b(?:awards?|poster|contest|competition|of the year|favou?rite)\b/i;
const NOT_AN_ELECTION = /\b(?:answer|option|favou?rite|awards?|best|winner|contest|comments?|below|unanimously|of thanks|of confidence|of the year)\b/i;

export default defineRule({
  id: 'politics',
  category: 'prof.politics',
  severity: 'warning',
  title: 'Politics',
  scope: 'document',
  note: 'Stick to radiology, education and professional topics; leave out elections, parties, politicians and legislation fights.',
  check({ text }) {
    const found: RuleMatch[] = [];
    const aPoll = A_POLL.test(text);
    for (const m of lexiconMatches(text, POLITICS)) {
      const end = m.index + m[0].length;
      if (CLINICAL_AFTER.test(text.slice(end, end + 20))) continue;
      if (m[0] === 'Congress' && CONFERENCE.test(text)) continue;
      // A call to tell a representative how to vote is lobbying even with a link "below"; a poll or an award is still a poll.
      const lobbying = /^tell\b/i.test(m[0]);
      if (/\bvot|\bpolls?\b/i.test(m[0]) && (aPoll || (lobbying ? AN_AWARD : NOT_AN_ELECTION).test(neighbourhoodOf(text, m.index, end)))) continue;
      found.push({ start: m.index, end, message: `"${m[0]}" brings politics into a professional post.` });
    }
    if (!found.length) {
      // The side is taken in the words around the topic, not in its name ("the Data Protection Act").
      const topic = lexiconMatches(text, TOPICS).find((m) => STANCE.test(neighbourhoodOf(text, m.index, m.index + m[0].length).replace(m[0], ' ')));
      if (!topic) return [];
      found.push({ start: topic.index, end: topic.index + topic[0].length, message: `"${topic[0]}" with a side taken brings politics into a professional post.` });
    }
    // In a draft that is already political, any vote is part of it ("before the pay restoration vote").
    if (!aPoll) {
      const covered = new Uint8Array(text.length);
      for (const f of found) covered.fill(1, f.start, f.end);
      for (const m of lexiconMatches(text, BARE_VOTES)) {
        const end = m.index + m[0].length;
        if (covered[m.index] || NOT_AN_ELECTION.test(neighbourhoodOf(text, m.index, end))) continue;
        found.push({ start: m.index, end, message: `"${m[0]}" brings politics into a professional post.` });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  },
});
