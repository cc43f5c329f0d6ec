/**
 * Speed of the demo data generator: people per second over a stream of 1,000,000 (what seeding a
 * large demo or an import benchmark consumes), and companies with their contact persons. There is
 * no bare equivalent to pair with, so these rows have no floor.
 */
import { timeOnce, stats, type Result } from '../harness.js';
import type { SuiteContext } from './context.js';

const CHUNK = 10_000;

async function chunked<T>(stream: Iterator<T>, total: number, consume: (item: T) => void): Promise<number[]> {
  const samples: number[] = [];
  for (let done = 0; done < total; done += CHUNK) {
    samples.push(await timeOnce(() => {
      for (let k = 0; k < CHUNK && done + k < total; k++) {
        const next = stream.next();
        if (next.done) return;
        consume(next.value);
      }
    }));
  }
  return samples;
}

/** Streams `people` people and `companies` companies, timing each chunk of 10,000. */
export async function benchGenerator(ctx: Pick<SuiteContext, 'generator'>, people = 1_000_000, companies = 100_000): Promise<Result[]> {
  // Touch every record so nothing can be optimised away; the sum itself is meaningless.
  let checksum = 0;
  const heapBefore = process.memoryUsage().heapUsed;
  const peopleMs = await chunked(ctx.generator.people(people), people, (p) => {
    checksum += p.email.length + p.phone.e164.length;
  });
  const heapAfter = process.memoryUsage().heapUsed;
  let contacts = 0;
  const companiesMs = await chunked(ctx.generator.companies(companies), companies, (c) => {
    contacts += c.contacts.length;
    checksum += c.taxId.length;
  });
  if (checksum === 0) throw new Error('generator produced nothing');
  const peopleStats = stats(peopleMs);
  const companyStats = stats(companiesMs);
  const heapGrowthMb = Math.max(0, (heapAfter - heapBefore) / 1024 / 1024);
  return [
    {
      operation: `generate people (time per ${CHUNK.toLocaleString('en-US')}; heap +${heapGrowthMb.toFixed(0)} MB after the stream)`,
      dialect: '—',
      size: `${people.toLocaleString('en-US')} people`,
      op: peopleStats,
      floor: null,
      rate: { op: people / (peopleStats.total / 1000), floor: null, unit: 'people/s' },
    },
    {
      operation: `generate companies with contact persons (${(contacts / companies).toFixed(1)} each; time per ${CHUNK.toLocaleString('en-US')})`,
      dialect: '—',
      size: `${companies.toLocaleString('en-US')} companies`,
      op: companyStats,
      floor: null,
      rate: { op: companies / (companyStats.total / 1000), floor: null, unit: 'companies/s' },
    },
  ];
}
