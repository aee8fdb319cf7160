import { clauseBefore, isAllowed, matchAll, removalRange } from '../text';
import { defineRule, type RuleMatch } from '../types';

const EMAIL = /(?<![\w.%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g;

/** Shared mailboxes of a practice or channel, not a person's. */
const ROLE_MAILBOX = /^(?:hello|hi|info|contact|team|admin|support|press|media|booking|bookings|business|inquiries|enquiries|office|marketing|partnerships|collab|collabs|sponsor|sponsors|studio|mail|newsletter|podcast|editor|editors)@/i;
/** Mailboxes of a department, a programme or a job post: "pemjobs@", "breastfellowship@", "research.office@". */
const DEPARTMENT_MAILBOX = /^[a-z0-9._-]*(?:jobs?|careers?|recruit\w*|hiring|fellowship|residency|program|programme|research|office|admin|dept|department|education|cme|injuryprev|outreach|referrals?|scheduling|imaging|radiology)[a-z0-9._-]*@/i;
/** The author offering their own address. */
const SELF_CUES = /\b(?:business|inquiries|enquiries|collabs?|sponsorships?|e-?mail me|e-?mail (?:them|it|those|your [\w-]+(?: [\w-]+)?) to|contact me|reach me|write to me|my e-?mail|our e-?mail|e-?mail us|contact us|reach us|newsletter|press|send (?:it|them|your \w+) to me|to me at|DM me or e-?mail)\b/i;
/** A job post: its address is the employer's. */
const JOB_POST = /\b(?:hiring|recruiting|recrutement|on cherche|locums?|job (?:post|opening)|open positions?|apply|applications?|send (?:your|a) CV|CV|fellowship spots?|now accepting)\b/i;
/** An address written to dodge filters: "sam.lee at gmail dot com", "dm.knees[at]protonmail[dot]com". */
const SPELLED_EMAIL = /(?<![\w.%+-])[A-Za-z0-9._%+-]+(?: {0,3}(?:\[at\]|\(at\)|\{at\}) {0,3}| {1,3}at {1,3})[A-Za-z0-9-]+(?:(?: {0,3}(?:\[dot\]|\(dot\)|\{dot\}) {0,3}| {1,3}dot {1,3}|\.)[A-Za-z0-9-]+)*(?: {0,3}(?:\[dot\]|\(dot\)|\{dot\}) {0,3}| {1,3}dot {1,3})(?:com|org|net|edu|gov|io|co|ca|uk|au|in|de|fr|me|us)\b/gi;

/** Domains of the links in a draft: an address at the author's own site is the author's. */
function linkedDomains(text: string): Set<string> {
  const domains = new Set<string>();
  for (const m of matchAll(text, /(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})\/\S*/gi)) {
    domains.add(m[1]!.toLowerCase());
  }
  return domains;
}

export default defineRule({
  id: 'email-address',
  category: 'phi.contact',
  severity: 'error',
  title: 'E-mail address',
  note: 'E-mail addresses are HIPAA identifiers: a patient or family can be reached and named from one.',
  check({ text, context }) {
    const found: RuleMatch[] = [];
    let ownDomains: Set<string> | undefined;
    const jobPost = JOB_POST.test(text);
    for (const m of [...matchAll(text, EMAIL), ...matchAll(text, SPELLED_EMAIL)]) {
      const address = m[0];
      if (isAllowed(address, context.allowList)) continue;
      if (!context.assumePatient && (ROLE_MAILBOX.test(address) || DEPARTMENT_MAILBOX.test(address) || jobPost || SELF_CUES.test(clauseBefore(text, m.index, 60)))) continue;
      ownDomains ??= linkedDomains(text);
      if (!context.assumePatient && address.includes('@') && ownDomains.has(address.split('@')[1]!.toLowerCase())) continue;
      found.push({
        start: m.index,
        end: m.index + address.length,
        message: `"${address}" is an e-mail address.`,
        suggestions: [{ label: 'Remove the address', text: '', ...removalRange(text, m.index, m.index + address.length) }],
      });
    }
    return found;
  },
});
