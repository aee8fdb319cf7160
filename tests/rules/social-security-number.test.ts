import { testRule } from './rule-tester';

testRule('social-security-number', {
  valid: [
    'Invalid area: 000-12-3456, 666-12-3456 and 912-34-5678',
    'Group 00: 123-00-4567; serial 0000: 123-45-0000',
    'Order number 123456789 shipped',
    'Phone 555-123-4567',
  ],
  invalid: [
    { text: "Here's my SSN: 460-89-9847", found: ['460-89-9847'], output: "Here's my SSN:" },
    { text: 'SSN 460899847 on the form', found: ['460899847'] },
    { text: '🪪 social security number 460 89 9847', found: ['460 89 9847'] },
  ],
});
