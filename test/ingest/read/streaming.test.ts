import { once } from 'node:events';
import { createWriteStream, statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { readJsonArray } from '../../../src/ingest/read/json-array.js';
import { readJsonLines } from '../../../src/ingest/read/jsonl.js';
import { LONG_ABSTRACT, tempFiles } from './helpers.js';

const write = tempFiles();

// A forced collection makes heap readings mean "retained", not "not yet collected".
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Writes `records` records as JSON Lines or as one JSON array, without holding them. */
async function writeRecords(path: string, records: number, asArray: boolean): Promise<void> {
  const out = createWriteStream(path);
  const put = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  if (asArray) await put('[');
  for (let i = 0; i < records; i++) {
    const record = JSON.stringify({
      id: `p${i}`,
      title: `Paper ${i}`,
      abstract: `${i} ${LONG_ABSTRACT}`,
    });
    await put(asArray ? `${i ? ',' : ''}${record}` : `${record}\n`);
  }
  if (asArray) await put(']');
  out.end();
  await once(out, 'finish');
}

describe('streaming', () => {
  it.each([
    { name: 'large.jsonl', records: 50_000, asArray: false, read: readJsonLines },
    // The array parser is slower per byte; fewer records keep the test fast.
    { name: 'large.json', records: 25_000, asArray: true, read: (f: string) => readJsonArray(f) },
  ])(
    'reads $name record by record with bounded heap',
    async ({ name, records, asArray, read }) => {
      const file = write(name, '');
      await writeRecords(file, records, asArray);
      const size = statSync(file).size;

      gc();
      const before = process.memoryUsage().heapUsed;
      let peak = 0;
      const counts = { ok: 0, failed: 0 };
      for await (const item of read(file)) {
        counts[item.ok ? 'ok' : 'failed'] += 1;
        if (counts.ok % 5000 === 0) {
          gc();
          peak = Math.max(peak, process.memoryUsage().heapUsed - before);
        }
      }

      expect(size).toBeGreaterThan(records * 400);
      expect(counts).toEqual({ ok: records, failed: 0 });
      // Retained heap stays a small fraction of the file: nothing accumulates as it is read.
      expect(peak).toBeLessThan(size / 10);
    },
    15_000,
  );
});
