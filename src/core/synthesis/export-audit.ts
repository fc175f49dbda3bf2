// Every export of a synthesis (DOCX, XLSX annex, PDF; on the web or from the CLI) is written to
// the audit log: who, which request or period of which province, in which formats. The caller
// has already built the synthesis with the actor's rights (synthesize() checks them).
import { type Actor, accountId } from '#src/core/auth/authorization.ts';
import { appendAudit } from '#src/storage/audit.repository.ts';
import type { Db } from '#src/storage/db.ts';
import type { Synthesis } from './synthesis.ts';

export type ExportFormat = 'docx' | 'xlsx' | 'pdf';

/** The audit entity id of a synthesis: the request id, or "period:<province|nation>:<from>..<to>". */
export function synthesisAuditId(s: Synthesis): string {
  const { request, provinceId, from, to } = s.scope;
  return request ? String(request.id) : `period:${provinceId ?? 'nation'}:${from}..${to}`;
}

export async function recordSynthesisExport(db: Db, actor: Actor, s: Synthesis, formats: ExportFormat[], channel: 'web' | 'cli'): Promise<void> {
  const { scope, counts } = s;
  await appendAudit(db, {
    actorUserId: accountId(actor),
    actorLabel: `${actor.fullName} (${actor.username})`,
    entity: 'synthesis',
    entityId: synthesisAuditId(s),
    action: 'export',
    oldValue: null,
    newValue: {
      formats,
      channel,
      kind: scope.kind,
      request: scope.request ? { id: scope.request.id, number: scope.request.number } : null,
      period: scope.periodLabel,
      includeSubmitted: scope.includeSubmitted,
      units: { counted: counts.counted + counts.countedUnreviewed, expected: counts.expected },
    },
    unitId: null,
    provinceId: scope.provinceId,
  });
}
