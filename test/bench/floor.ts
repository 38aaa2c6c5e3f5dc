/*
 * The floor: the partner list served by the least a Node server can do — one SELECT through
 * `pg`, the rows as JSON. Run by the benchmark as its own process (DATABASE_URI, PORT).
 */
import { createServer } from 'node:http'
import pg from 'pg'

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URI, max: 10 })

const LIST = `SELECT p.id, p.name, p.slug, p.tier, p.website, p.status, p.sector, p.updated_at, p.created_at,
                     json_build_object('id', l.id, 'alt', l.alt, 'url', '/api/logos/file/' || l.filename) AS logo
              FROM partners p LEFT JOIN logos l ON l.id = p.logo_id
              WHERE p.status = 'active'
              ORDER BY p.created_at DESC
              LIMIT 100`

const server = createServer((_req, res) => {
  pool.query(LIST).then(
    ({ rows }) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ docs: rows, limit: 100 }))
    },
    (error: Error) => {
      res.writeHead(500)
      res.end(error.message)
    },
  )
})
server.listen(Number(process.env.PORT), '127.0.0.1', () =>
  console.log(`floor listening on http://127.0.0.1:${process.env.PORT}`),
)
process.once('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))))
