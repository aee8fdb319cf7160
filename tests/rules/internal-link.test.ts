import { testRule } from './rule-tester';

testRule('internal-link', {
  valid: [
    'Our paper is out: https://doi.org/10.1148/radiol.251187',
    'Slides at kneadtoknowrad.com/slides',
    'Great read on radiopaedia.org/articles/kerley-lines',
    'Version 1.2.3 of the app is out',
    'Meeting at 10:30 in Room 4',
    'Slides from my grand rounds talk on pelvic floor anatomy: https://drive.google.com/file/d/1aBcD3fGh/view',
    'Handouts for the course are up: dropbox.com/sh/q8x2/handouts',
    'Our department is on OneDrive now: onedrive.live.com',
  ],
  invalid: [
    { text: 'CTG from Room 9 for Friday teaching: https://sharepoint.annaghmore.example.ie/sites/labour/ctg-7730215.pdf', found: ['https://sharepoint.annaghmore.example.ie/sites/labour/ctg-7730215.pdf'] },
    { text: 'Internal link (VPN only!): http://10.20.4.17/zfp?acc=88120457 check it', found: ['http://10.20.4.17/zfp?acc=88120457'], output: 'Internal link (VPN only!): check it' },
    { text: 'full case: 172.16.8.40:8080/viewer?study=1.2.3 #pacs', found: ['172.16.8.40:8080/viewer?study=1.2.3'] },
    { text: 'here: https://emr-prod01.corp.local/chart?mrn=00739152.', found: ['https://emr-prod01.corp.local/chart?mrn=00739152'] },
    { text: 'every sequence 👉 https://portal.myhealthrecords.app/p/48821/imaging 🧠', found: ['https://portal.myhealthrecords.app/p/48821/imaging'] },
    { text: 'log in at pacs.lakeshore.org to see it', found: ['pacs.lakeshore.org'] },
    { text: 'server at 192.168.0.12', found: ['192.168.0.12'] },
    { text: 'IPv6 host fe80::1ff:fe23:4567:890a answered', found: ['fe80::1ff:fe23:4567:890a'] },
    { text: 'The whole series from the ED: dropbox.com/s/9xk2p1/knee_series.zip', found: ['dropbox.com/s/9xk2p1/knee_series.zip'] },
    { text: 'Full set here https://wrenfield-my.sharepoint.com/personal/rad/Documents/case12 (ask me for access)', found: ['https://wrenfield-my.sharepoint.com/personal/rad/Documents/case12'] },
    { text: 'sending the pt photos via we.tl/t-8QxZ2 now', found: ['we.tl/t-8QxZ2'] },
    { text: 'grand rounds images: https://app.box.com/s/h7k2/ct_head', found: ['https://app.box.com/s/h7k2/ct_head'] },
  ],
});
