/** Clearly fictional partners (one per tier, and a prospect) and their logins: development data only. */
export const demoPartners = [
  { colour: '#0b5c7a', name: 'Demo Kommune', sector: 'public', slug: 'demo-kommune', status: 'active', tier: 'steering', website: 'https://demo-kommune.example' },
  { colour: '#7a3b0b', name: 'Demo Region', sector: 'public', slug: 'demo-region', status: 'active', tier: 'working', website: 'https://demo-region.example' },
  { colour: '#3b7a0b', name: 'Demo Forening', sector: 'civil-society', slug: 'demo-forening', status: 'prospect', tier: 'working', website: 'https://demo-forening.example' },
]

/** Development-only logins, printed by the seed and listed in the README. */
export const demoUsers = [
  // First: on an empty database the first account becomes administrator anyway.
  { email: 'admin@demo.example', name: 'Demo Administrator', password: 'demo-admin-2011', roles: ['admin'] },
  { email: 'redaktion@demo.example', name: 'Demo Redaktør', password: 'demo-redaktion-2011', roles: ['editor'] },
  { email: 'styregruppe@demo.example', name: 'Demo Styregruppe', partner: 'demo-kommune', password: 'demo-styregruppe-2011', roles: ['partner'] },
  { email: 'arbejdsgruppe@demo.example', name: 'Demo Arbejdsgruppe', partner: 'demo-region', password: 'demo-arbejdsgruppe-2011', roles: ['partner'] },
  // A frontend server's preview key, as docs/api.md uses it.
  { apiKey: 'demo-preview-key-2011', email: 'preview@demo.example', enableAPIKey: true, name: 'Demo Frontend', password: 'demo-preview-2011', roles: ['preview'] },
]
