/** Clearly fictional partners (one per tier, and a prospect) and their logins: development data only. */
export const demoPartners = [
  {
    name: 'Demo Kommune',
    slug: 'demo-kommune',
    colour: '#0b5c7a',
    sector: 'public',
    status: 'active',
    tier: 'steering',
    website: 'https://demo-kommune.example',
  },
  {
    name: 'Demo Region',
    slug: 'demo-region',
    colour: '#7a3b0b',
    sector: 'public',
    status: 'active',
    tier: 'working',
    website: 'https://demo-region.example',
  },
  {
    name: 'Demo Forening',
    slug: 'demo-forening',
    colour: '#3b7a0b',
    sector: 'civil-society',
    status: 'prospect',
    tier: 'working',
    website: 'https://demo-forening.example',
  },
]

/** Development-only logins, printed by the seed and listed in the README. */
export const demoUsers = [
  // First: on an empty database the first account becomes administrator anyway.
  {
    name: 'Demo Administrator',
    email: 'admin@demo.example',
    password: 'demo-admin-2011',
    roles: ['admin'],
  },
  {
    name: 'Demo Redaktør',
    email: 'redaktion@demo.example',
    password: 'demo-redaktion-2011',
    roles: ['editor'],
  },
  {
    name: 'Demo Styregruppe',
    email: 'styregruppe@demo.example',
    partner: 'demo-kommune',
    password: 'demo-styregruppe-2011',
    roles: ['partner'],
  },
  {
    name: 'Demo Arbejdsgruppe',
    email: 'arbejdsgruppe@demo.example',
    partner: 'demo-region',
    password: 'demo-arbejdsgruppe-2011',
    roles: ['partner'],
  },
  // A frontend server's preview key, as docs/api.md uses it.
  {
    name: 'Demo Frontend',
    apiKey: 'demo-preview-key-2011',
    email: 'preview@demo.example',
    enableAPIKey: true,
    password: 'demo-preview-2011',
    roles: ['preview'],
  },
]
