import { testRule } from './rule-tester';

testRule('payment-card', {
  valid: ['Order 4454794511390934 (fails the Luhn check)', 'UID 1234567890123456789', 'Phone +1 608 555 0197'],
  invalid: [
    { text: 'What is the limit for card 4454794511390933?', found: ['4454794511390933'] },
    { text: 'Amex 3782 822463 10005 on file', found: ['3782 822463 10005'] },
    { text: 'Visa 4111-1111-1111-1111 💳', found: ['4111-1111-1111-1111'] },
  ],
});
