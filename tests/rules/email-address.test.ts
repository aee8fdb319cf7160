import { testRule } from './rule-tester';

testRule('email-address', {
  valid: [
    'Slides: kneadtoknowrad.com/slides\nBusiness inquiries: hello@kneadtoknowrad.com',
    'Questions? Email me at drlee@imagingteach.org',
    'Follow @RadiologyTeach and @dr_kim for more',
    { text: 'Reach out: ana.rad@gmail.com', context: { allowList: ['ana.rad@gmail.com'] } },
    'Collabs: studio@radcasts.tv',
  ],
  invalid: [
    { text: "the pt's family says reach them at pinecone.fam77@gmail.com or by phone", found: ['pinecone.fam77@gmail.com'], output: "the pt's family says reach them at or by phone" },
    { text: 'jdoe@mail.com', found: ['jdoe@mail.com'] },
    { text: '📧 patient wrote from maria.d+scans@yahoo.co.uk about her CD', found: ['maria.d+scans@yahoo.co.uk'] },
  ],
});
