import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { LEDGER, ledgerValues, type LedgerRow, type LedgerValue } from './ledger-columns';

// The ledger as CSV for other tools: UTF-8 with a BOM (so Excel reads the Chinese right), CRLF, the
// ledger's columns. pipeline() carries backpressure from the socket back to the database reads, and
// stops reading when the client goes away.
export async function writeCsv(
  out: Writable,
  pages: AsyncIterable<LedgerRow[]>,
  sectorNames: ReadonlyMap<string, string>,
): Promise<void> {
  async function* records(): AsyncGenerator<LedgerValue[]> {
    for await (const page of pages) for (const r of page) yield ledgerValues(r, sectorNames);
  }
  await pipeline(
    Readable.from(records()),
    stringify({
      bom: true,
      header: true,
      columns: LEDGER.map((c) => c.header),
      record_delimiter: 'windows',
    }),
    out,
  );
}
