import { testRule } from './rule-tester';

testRule('email-address', {
  valid: [
    'Send me your knee x-rays in the comments or email them to reads@kneeclinic-md.example and I will pick a few for the stream.',
    "We're hiring two night-shift RNs! Email peds.ed.jobs@ironwoodgeneral.org to apply.",
    'Questions to our chief: pemjobs@copperfieldkids.org',
    'Residents who want feedback: send it to me at dr.leblanc.rad@laurentide-med.ca',
    'Slides: kneadtoknowrad.com/slides\nBusiness inquiries: hello@kneadtoknowrad.com',
    'Questions? Email me at drlee@imagingteach.org',
    'Follow @RadiologyTeach and @dr_kim for more',
    { text: 'Reach out: ana.rad@gmail.com', context: { allowList: ['ana.rad@gmail.com'] } },
    'Collabs: studio@radcasts.tv',
  ],
  invalid: [
    { text: 'send her cards: email mom at sparkleandsunshine.fam at gmail dot com', found: ['sparkleandsunshine.fam at gmail dot com'] },
    { text: 'his son says to write to rt.fishing55 [at] gmail [dot] com', found: ['rt.fishing55 [at] gmail [dot] com'] },
    { text: "the pt's family says reach them at pinecone.fam77@gmail.com or by phone", found: ['pinecone.fam77@gmail.com'], output: "the pt's family says reach them at or by phone" },
    { text: 'jdoe@mail.com', found: ['jdoe@mail.com'] },
    { text: '📧 patient wrote from maria.d+scans@yahoo.co.uk about her CD', found: ['maria.d+scans@yahoo.co.uk'] },
  ],
});
