import { testRule } from './rule-tester';

testRule('sarcasm', {
  valid: [
    "What's new?",
    'Thanks a heap for the help!',
    'Love this team so much, thank you for everything 💙',
    'Thanks a lot for the warm welcome, everyone!',
    'So glad to be back in the reading room after leave.',
    'Congrats to our graduating residents, we can\'t wait to see what you do next!',
  ],
  invalid: [
    { text: 'Love getting paged at 3am. Truly the best.', found: ['Love getting'] },
    { text: 'Nothing like starting call with "a few pending" that turns out to be 38 studies. Love this for me 💅', found: ['Nothing like', 'Love this for me'] },
    { text: 'came through at 0300 with "r/o everything" as the indication. Cool cool cool.', found: ['Cool cool cool'] },
    { text: 'maybe read the actual report before calling? Just a thought 🙃', found: ['Just a thought', '🙃'] },
    { text: 'Great plan, what could possibly go wrong /s', found: ['what could possibly go wrong', '/s'] },
  ],
});
