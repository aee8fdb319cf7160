import type { Rule } from '../types';
import disclaimerMissing from './disclaimer-missing';
import evergreen from './evergreen';
import medicalAdvice from './medical-advice';
import negativity from './negativity';
import politics from './politics';
import profanity from './profanity';
import religion from './religion';
import sarcasm from './sarcasm';
import emailAddress from './email-address';
import exactAge from './exact-age';
import faceImage from './face-image';
import internalLink from './internal-link';
import patientDate from './patient-date';
import patientGender from './patient-gender';
import patientName from './patient-name';
import patientPlace from './patient-place';
import paymentCard from './payment-card';
import phoneNumber from './phone-number';
import rareCase from './rare-case';
import recordNumber from './record-number';
import socialSecurityNumber from './social-security-number';
import timeHint from './time-hint';

/**
 * Every rule, in the order they run and findings at one position are listed. Each rule sees what the
 * rules before it found (negativity needs sarcasm's, time-hint the name and place rules'). Adding a rule
 * file means adding it here.
 */
export const RULES: readonly Rule[] = [exactAge, recordNumber, phoneNumber, emailAddress, patientDate, patientPlace, patientName, patientGender, timeHint, internalLink, socialSecurityNumber, paymentCard, rareCase, faceImage,
  politics, religion, medicalAdvice, sarcasm, negativity, profanity, evergreen, disclaimerMissing];

const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
