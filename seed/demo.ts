import type { Payload } from 'payload'
import type { Pool } from 'pg'

import { areas } from '../collections/Cases/options'
import { poolOf } from '../src/server/pool'

type Log = (message: string) => void

const BATCH = 10_000

/** A one-line progress bar on stderr (the count, not a guess of time left). */
const progress = (label: string, done: number, total: number) => {
  const width = 30
  const filled = Math.round((done / total) * width)
  process.stderr.write(
    `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`,
  )
  if (done === total) {
    process.stderr.write('\n')
  }
}

/**
 * The version Payload keeps of every published document: the admin's list and edit views read
 * drafts-enabled collections from these rows, so without them the demo cases would not show there.
 */
const writeVersions = async (pool: Pool) => {
  await pool.query(
    `INSERT INTO _cases_v (parent_id, version_organisation, version_area, version_results_economy_figure, version_slug,
                           version_partner_id, version_international, version_open_for_debate, version_updated_at,
                           version_created_at, version__status, version_review_status, created_at, updated_at, latest)
     SELECT c.id, c.organisation, c.area::text::enum__cases_v_version_area, c.results_economy_figure, c.slug,
            c.partner_id, c.international, c.open_for_debate, c.updated_at, c.created_at, 'published', 'published',
            c.updated_at, c.updated_at, true
     FROM cases c
     WHERE c.slug LIKE 'demo-case-%' AND NOT EXISTS (SELECT 1 FROM _cases_v v WHERE v.parent_id = c.id)`,
  )
  await pool.query(
    `INSERT INTO _cases_v_locales (version_title, version_summary, version_results_economy_unit, _locale, _parent_id)
     SELECT l.title, l.summary, l.results_economy_unit, l._locale, v.id
     FROM _cases_v v JOIN cases_locales l ON l._parent_id = v.parent_id
     WHERE v.version_slug LIKE 'demo-case-%' AND NOT EXISTS (SELECT 1 FROM _cases_v_locales vl WHERE vl._parent_id = v.id)`,
  )
  await pool.query(
    `INSERT INTO _cases_v_rels ("order", parent_id, path, themes_id)
     SELECT r."order", v.id, r.path, r.themes_id
     FROM _cases_v v JOIN cases_rels r ON r.parent_id = v.parent_id
     WHERE v.version_slug LIKE 'demo-case-%' AND NOT EXISTS (SELECT 1 FROM _cases_v_rels vr WHERE vr.parent_id = v.id)`,
  )
}

/**
 * `--demo N`: N generated published cases (numbered, so running again adds only what is missing),
 * one partner per 50 cases (every fifth a steering partner), themes and a comment on every second
 * case. Written with set-based SQL straight into Payload's tables — the same rows Payload writes
 * for a published document, its version included — so 100 000 cases take seconds, not the hour the Local API would.
 */
export const generateDemo = async (payload: Payload, count: number, log: Log) => {
  const pool = poolOf(payload)
  if (!pool) {
    throw new Error('The demo generator needs the postgres adapter')
  }
  const partners = Math.max(3, Math.ceil(count / 50))
  const areaValues = areas.map((area) => area.value)

  await pool.query(
    `INSERT INTO partners (name, slug, status, tier, sector, website)
     SELECT 'Demo Partner ' || g, 'demo-partner-' || g, 'active',
            (CASE WHEN g % 5 = 1 THEN 'steering' ELSE 'working' END)::enum_partners_tier,
            'public', 'https://demo-partner-' || g || '.example'
     FROM generate_series(1, $1::int) g
     ON CONFLICT (slug) DO NOTHING`,
    [partners],
  )
  const { rows: partnerRows } = await pool.query<{ id: number }>(
    `SELECT id FROM partners WHERE slug LIKE 'demo-partner-%' ORDER BY id`,
  )
  const partnerIds = partnerRows.map((row) => row.id)
  log(`Demo partners: ${partnerIds.length}`)

  for (let start = 1; start <= count; start += BATCH) {
    const end = Math.min(count, start + BATCH - 1)
    await pool.query(
      `INSERT INTO cases (organisation, area, slug, partner_id, international, open_for_debate, results_economy_figure, _status, review_status)
       SELECT 'Demo Organisation ' || (g % 500),
              ($3::text[])[1 + g % array_length($3::text[], 1)]::enum_cases_area,
              'demo-case-' || g,
              ($4::int[])[1 + (g / array_length($3::text[], 1)) % array_length($4::int[], 1)],
              g % 10 = 0, g % 3 = 0,
              CASE WHEN g % 4 = 0 THEN (g % 50) + 1 END,
              'published', 'published'
       FROM generate_series($1::int, $2::int) g
       ON CONFLICT (slug) DO NOTHING`,
      [start, end, areaValues, partnerIds],
    )
    progress('cases', end, count)
  }

  await pool.query(
    `INSERT INTO cases_locales (title, summary, results_economy_unit, _locale, _parent_id)
     SELECT 'Demo-case ' || substring(c.slug from 11), 'Et genereret eksempel til test af katalogets størrelse.',
            CASE WHEN c.results_economy_figure IS NOT NULL THEN 'mio. kr. om året' END, 'da', c.id
     FROM cases c
     WHERE c.slug LIKE 'demo-case-%' AND NOT EXISTS (SELECT 1 FROM cases_locales l WHERE l._parent_id = c.id AND l._locale = 'da')`,
  )
  await pool.query(
    `INSERT INTO cases_rels ("order", parent_id, path, themes_id)
     SELECT 1, c.id, 'themes', t.ids[1 + c.id % array_length(t.ids, 1)]
     FROM cases c, (SELECT array_agg(id ORDER BY id) AS ids FROM themes) t
     WHERE c.slug LIKE 'demo-case-%' AND t.ids IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM cases_rels r WHERE r.parent_id = c.id AND r.path = 'themes')`,
  )
  await writeVersions(pool)
  const comments = await pool.query(
    `WITH targets AS (
       SELECT c.id AS case_id, nextval(pg_get_serial_sequence('comments', 'id')) AS comment_id
       FROM cases c
       WHERE c.slug LIKE 'demo-case-%' AND c.id % 2 = 0
         AND NOT EXISTS (SELECT 1 FROM comments_rels r WHERE r.cases_id = c.id AND r.path = 'target')
     ), inserted AS (
       INSERT INTO comments (id, body, case_id) SELECT comment_id, 'Genereret debatindlæg.', case_id FROM targets
     )
     INSERT INTO comments_rels ("order", parent_id, path, cases_id) SELECT 1, comment_id, 'target', case_id FROM targets`,
  )
  const { rows } = await pool.query<{ cases: string }>(
    `SELECT count(*) AS cases FROM cases WHERE slug LIKE 'demo-case-%'`,
  )
  log(
    `Demo data: ${rows[0].cases} cases, ${partnerIds.length} partners, ${comments.rowCount} new comments`,
  )
}
