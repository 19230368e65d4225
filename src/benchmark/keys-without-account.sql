-- docs/scaling.md: on a migrated Legible database in PostgreSQL, the keys of per-person tables that do not include
-- account_id (what a database distributed by account would need changed), and the tables without account_id.
--   psql -XAt -f src/benchmark/keys-without-account.sql legible
SELECT tc.table_name || ' ' || tc.constraint_type || ' ('
           || string_agg(kcu.column_name, ', ' ORDER BY kcu.ordinal_position) || ')'
FROM information_schema.table_constraints tc
JOIN information_schema.key_column_usage kcu
  ON kcu.constraint_name = tc.constraint_name AND kcu.table_name = tc.table_name
WHERE tc.constraint_type IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY') AND tc.table_schema = 'public'
  AND EXISTS (SELECT 1 FROM information_schema.columns c
              WHERE c.table_name = tc.table_name AND c.column_name = 'account_id')
GROUP BY tc.table_name, tc.constraint_name, tc.constraint_type
HAVING bool_and(kcu.column_name <> 'account_id')
ORDER BY 1;
SELECT 'without account_id: ' || table_name FROM information_schema.tables t
WHERE table_schema = 'public'
  AND NOT EXISTS (SELECT 1 FROM information_schema.columns c
                  WHERE c.table_name = t.table_name AND c.column_name = 'account_id')
ORDER BY 1;
