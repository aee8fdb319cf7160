import { PLATFORMS } from '../sites/table';

/**
 * The managed-storage schema an institution's policy is checked against (written into the build as
 * managed_schema.json); its disclaimers follow the table of sites. `policy.ts` reads these fields.
 */
export function managedSchema(): Record<string, unknown> {
  return {
    type: 'object',
    properties: {
      disclaimers: {
        title: 'Disclaimer per platform',
        description: "The disclaimer staff insert at the end of posts, per platform. Locks the field in Safe Harbor's options.",
        type: 'object',
        properties: Object.fromEntries(PLATFORMS.map((platform) => [platform, { type: 'string' }])),
      },
      shortDisclaimer: { title: 'Short disclaimer', description: "Offered when the full disclaimer does not fit (X's 280 characters).", type: 'string' },
      lockedRules: { title: 'Rules that stay on', description: "Rule ids (as listed in Safe Harbor's README) that users cannot turn off.", type: 'array', items: { type: 'string' } },
      severities: {
        title: 'Severity per rule',
        description: 'Rule id to error, warning or info; locks the severity in the options page.',
        type: 'object',
        additionalProperties: { type: 'string', enum: ['error', 'warning', 'info'] },
      },
      postGuard: { title: 'Ask before posting', description: 'true keeps the post guard on for everyone.', type: 'boolean' },
      policyUrl: { title: 'Social-media policy link', description: "Link to the institution's social-media policy, shown in the options page and the popup.", type: 'string' },
    },
  };
}
