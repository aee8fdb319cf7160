import { testRule } from './rule-tester';

testRule('phone-number', {
  valid: [
    'Reminder: the hospital switchboard number changed to 555-0100, save it in your phones.',
    'Dr. Mehta is covering urgent calls over the holidays, our on-call line is 555-0100.',
    'Our Saturday hours are back! Call 555-0188 to book.',
    'The shift runs 700-1900 and the 4-12 slot is open.',
    "Please call our pediatric imaging scheduler at 555-0139 (that's the department line) and they'll sort it out.",
    'Claim # 2025-0093318 denied again.',
    'One of one, one of two: none of these are numbers to call.',
    'PMID 38811427 and CPT 70450 and booth 2417.',
    'Acc# 7730-9121-4 came through at 0300',
    'MRN 00482913',
    'Call our office at (608) 555-0100 to book an appointment.',
    'Crisis line: 1-800-273-8255, you are not alone.',
    'Ratio was 555-0134 in the old version of the table',
    { text: 'My cell is (608) 555-0197', context: { allowList: ['608-555-0197'] } },
    'dose 120 kVp, 0.625 mm, 14.2 mGy',
  ],
  invalid: [
    { text: 'found a wallet in bay 9 after the MVC, belongs to our pt. his mom\'s numbr is in it, 555-0187', found: ['555-0187'] },
    { text: 'mrs. okafor (mom, 555-0166) I am so sorry about the wait', found: ['555-0166'] },
    { text: 'his grandson wants to say thank you, he\'s at 555 0158', found: ['555 0158'] },
    { text: 'her mum says ring five five five, oh one two six after six', found: ['five five five, oh one two six'] },
    { text: 'reach the family on oh seven seven oh oh, nine double oh, four one two', found: ['oh seven seven oh oh, nine double oh, four one two'] },
    { text: 'Reach them at 555-0173 if the CD does not show up.', found: ['555-0173'], output: 'Reach them at if the CD does not show up.' },
    { text: "please fax the final read to the mom's home fax, (414) 555 0136, she's asked twice", found: ['(414) 555 0136'], message: 'fax' },
    { text: 'his cell is (608) 555-0197, please call him back', found: ['(608) 555-0197'] },
    { text: 'I passed your number (555-0162) to our liaison', found: ['555-0162'] },
    { text: 'Family in London: +44 20 7946 0958 📞', found: ['+44 20 7946 0958'] },
    { text: 'call 212-555-0100', found: ['212-555-0100'] },
  ],
});
