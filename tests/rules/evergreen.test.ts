import { testRule } from './rule-tester';

testRule('evergreen', {
  valid: [
    { text: 'Clinic open Monday-Friday, and Monday—Friday in August', context: { platform: 'youtube' } },
    { text: 'The BEST Cases of This Month (November 2025 Edition)', context: { platform: 'x' } },
    { text: 'This month we saw some wild stuff', context: { platform: 'instagram' } },
    { text: '@viewer thanks, I filmed it last week!', context: { platform: 'youtube' } },
    { text: 'A Typical Wednesday as a Rural GP\n\nNew videos every second Sunday. Clinic runs Tuesday and Friday mornings; weekends Saturday and Sunday are for the kids.', context: { platform: 'youtube' } },
    { text: 'Great video today!', context: { platform: 'youtube', surface: 'comment' } },
    { text: 'Ultrasound Physics Explained\n\nReference: Smith et al. Radiology 2019', context: { platform: 'youtube' } },
    { text: 'How I Read a Head CT in 60 Seconds', context: { platform: 'youtube', surface: 'title' } },
  ],
  invalid: [
    { text: 'What we saw on Saturday night in resus', context: { platform: 'tiktok' }, found: ['on Saturday'] },
    { text: 'The BEST Cases of This Month (November 2025 Edition)', context: { platform: 'youtube', surface: 'title' }, found: ['This Month', '2025'] },
    { text: '2025 update: this month\'s craziest x-rays', context: { platform: 'tiktok' }, found: ['2025', "this month's"] },
    { text: 'Happy Thanksgiving from the Reading Room!', context: { platform: 'youtube', surface: 'title' }, found: ['Thanksgiving'] },
    { text: 'New video every Tuesday! Filmed during the big snowstorm.', context: { platform: 'youtube', surface: 'description' }, found: ['New video every Tuesday'] },
    { text: 'A Radiologist\'s Take on the Election', context: { platform: 'youtube' }, found: ['Election'] },
  ],
});
