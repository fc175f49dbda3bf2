// The small part of autocannon's API the benchmarks use (the package ships no types).
declare module 'autocannon' {
  namespace autocannon {
    interface Options {
      url: string;
      connections?: number;
      duration?: number;
      headers?: Record<string, string>;
      requests?: { method?: string; path?: string; headers?: Record<string, string>; body?: string }[];
    }
    interface Histogram {
      average: number;
      mean: number;
      max: number;
      p50: number;
      p90: number;
      p99: number;
    }
    interface Result {
      latency: Histogram;
      requests: Histogram & { total: number };
      throughput: Histogram;
      errors: number;
      timeouts: number;
      non2xx: number;
    }
  }
  function autocannon(opts: autocannon.Options, cb: (err: Error | null, res: autocannon.Result) => void): unknown;
  export default autocannon;
}
