// The Vietnamese repair module, loaded once by a computed path so this folder builds and runs
// before (or without) it; null when it is absent.

export interface RepairModule {
  repairVietnamese: (text: string) => { text: string; changed: boolean };
  /** A personal name found on its own, read as a name line (name models, name channel). */
  readPersonName?: (raw: string) => string;
}

const repairPath = '#src/core/vietnamese/repair.ts';
export const repair: RepairModule | null = await import(repairPath).then(
  (m: Partial<RepairModule>) => (typeof m.repairVietnamese === 'function' ? (m as RepairModule) : null),
  () => null,
);
