// Roll-up of one province (114 units) and of the nation (3,321 units) per indicator, one year
// (four quarters: flows summed, stocks latest), on the embedded database and on PostgreSQL.
// Run: npx tsx bench/rollup.bench.ts [pglite|postgres] [runs]
import { rollup } from '#src/core/rollup/rollup.ts';
import { generateNationalData, timeRuns } from './support/national-data.ts';

const engines = (process.argv[2] ? [process.argv[2]] : ['pglite', 'postgres']) as ('pglite' | 'postgres')[];
const runs = Number(process.argv[3] ?? 11);

for (const engine of engines) {
  const t0 = performance.now();
  const data = await generateNationalData(engine);
  const values = (await data.db.query<{ n: number }>('SELECT count(*)::int AS n FROM data_values'))[0]!.n;
  const genS = ((performance.now() - t0) / 1000).toFixed(1);
  try {
    const province = await timeRuns(runs, () => rollup(data.db, { periodIds: data.yearPeriodIds, provinceId: data.provinceId }));
    const nation = await timeRuns(runs, () => rollup(data.db, { periodIds: data.yearPeriodIds, provinceId: null }));
    const check = await rollup(data.db, { periodIds: data.yearPeriodIds, provinceId: null });
    const rss = Math.round(process.memoryUsage().rss / 1048576);
    console.log(
      `${engine}: ${values} values (generated in ${genS} s); province roll-up median ${province.median.toFixed(1)} ms ` +
        `(min ${province.min.toFixed(1)}, max ${province.max.toFixed(1)}); nation median ${nation.median.toFixed(1)} ms ` +
        `(min ${nation.min.toFixed(1)}, max ${nation.max.toFixed(1)}); ${check.length} indicators; runs ${runs}; process RSS ${rss} MB`,
    );
  } finally {
    await data.close();
  }
}
