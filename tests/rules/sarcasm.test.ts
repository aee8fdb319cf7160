import { testRule } from './rule-tester';

testRule('sarcasm', {
  valid: [
    "They're home and we're thrilled 🙂",
    'Did the new scanner arrive? Yes, Linda. Next month.',
    '@radres_pgy2 Great question! The "claw sign" tells you the mass arises from the kidney. Educational discussion only 🙂',
    'Bravo, team! 🎉 Door-to-balloon 41 minutes on Saturday.',
    'Congrats to our stroke team on a 24 min door-to-needle this quarter 👏 Great work, everyone.',
    'Sunday off after a long week of calls 😌 pancakes and no pager.',
    'Lovely chat with the family after a long day 🙂',
    "What's new?",
    'Thanks a heap for the help!',
    'Love this team so much, thank you for everything 💙',
    'Thanks a lot for the warm welcome, everyone!',
    'So glad to be back in the reading room after leave.',
    'Congrats to our graduating residents, we can\'t wait to see what you do next!',
  ],
  invalid: [
    { text: 'Dear Hollins General, about the "stable" transfer you sent with a haemoglobin of 5: we should chat. Love, the ICU 🙂', found: ['🙂'] },
    { text: '"Not medically necessary" my a**. Third denial this week.', found: ['"Not medically necessary" my a**'] },
    { text: 'New throughput target: 30 patients a clinic. Bravo, admin 👏', found: ['Bravo, admin'] },
    { text: 'fourth page tonight asking me to re-read a normal CXR 🙄', found: ['🙄'] },
    { text: '"I adore faxing prior auths at 5pm on a Friday", said no GP ever.', found: ['said no GP ever'] },
    { text: 'Claim denied for the third time, great system 🙂', found: ['great system', '🙂'] },
    { text: 'New rota: four nights, two days, one weekend off. Very cool, very normal.', found: ['Very cool, very normal'] },
    { text: 'Love getting paged at 3am. Truly the best.', found: ['Love getting'] },
    { text: 'Nothing like starting call with "a few pending" that turns out to be 38 studies. Love this for me 💅', found: ['Nothing like', 'Love this for me'] },
    { text: 'came through at 0300 with "r/o everything" as the indication. Cool cool cool.', found: ['Cool cool cool'] },
    { text: 'maybe read the actual report before calling? Just a thought 🙃', found: ['Just a thought', '🙃'] },
    { text: 'Great plan, what could possibly go wrong /s', found: ['what could possibly go wrong', '/s'] },
  ],
});
