import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'

import { index } from '@payloadcms/db-postgres/drizzle/pg-core'

type SchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

/**
 * Payload reads a document's translations with `WHERE _parent_id = …`, but gives a `_locales`
 * table only its unique index on (_locale, _parent_id), which that lookup can use only by reading
 * it whole: at 100 000 cases a list of 20 spent 24 ms there, growing with the table. An index on
 * `_parent_id` makes the lookup constant (docs/benchmarks.md, growth).
 */
export const localesParentIndex: SchemaHook = ({ extendTable, schema }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!name.endsWith('_locales')) {
      continue
    }
    extendTable({
      extraConfig: (columns) => ({
        parentId: index(`${name}_parent_id_idx`).on(columns._parentID),
      }),
      table,
    })
  }
  return schema
}
