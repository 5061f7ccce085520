// Answers that PostgreSQL writes as JSON text, sent to the client as they come: no row parsing, no mapping
// and no re-serialising in Node for the hottest reads. Each fragment has a mapper twin that builds the same
// object from plain columns; `test/json-sql.e2e-spec.ts` holds them equal on real rows.

// A timestamp as JavaScript's Date#toISOString writes it (UTC, milliseconds truncated like a Date's).
export const isoSql = (column: string): string =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export const dateSql = (column: string): string => `to_char(${column}, 'YYYY-MM-DD')`;

// The rows of a query, each a JSON text in the column `json`, as one JSON array text.
export const jsonArrayText = (rows: { json: string }[]): string => {
  let out = '[';
  for (let i = 0; i < rows.length; i++) out += (i ? ',' : '') + rows[i].json;
  return out + ']';
};
