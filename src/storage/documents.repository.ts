// SQL for uploaded documents: the original bytes, their text and what was extracted.
import type { Db } from './db.ts';
import type { DocumentExtraction } from '#src/core/extraction/extraction.types.ts';

export interface DocumentRow {
  id: number;
  province_id: number | null;
  unit_id: number | null;
  filename: string;
  media_type: string;
  byte_size: number;
  sha256: string;
  kind: 'report' | 'plan' | 'request' | 'unknown';
  number: string | null;
  issued_on: string | null;
  issuer: string | null;
  text: string | null;
  extraction: DocumentExtraction | null;
  uploaded_by: number | null;
  created_at: Date;
}

const cols = 'id, province_id, unit_id, filename, media_type, byte_size, sha256, kind, number, issued_on, issuer, text, extraction, uploaded_by, created_at';

export async function insertDocument(
  db: Db,
  d: { provinceId: number; unitId: number; filename: string; mediaType: string; bytes: Buffer; sha256: string; uploadedBy: number | null },
): Promise<number> {
  const rows = await db.query<{ id: number }>(
    `INSERT INTO documents (province_id, unit_id, filename, media_type, byte_size, sha256, content, uploaded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [d.provinceId, d.unitId, d.filename, d.mediaType, d.bytes.length, d.sha256, d.bytes, d.uploadedBy],
  );
  return rows[0]!.id;
}

export async function getDocument(db: Db, id: number): Promise<DocumentRow | undefined> {
  return (await db.query<DocumentRow & Record<string, unknown>>(`SELECT ${cols} FROM documents WHERE id = $1`, [id]))[0];
}

export async function getDocumentContent(db: Db, id: number): Promise<Buffer | undefined> {
  const row = (await db.query<{ content: Uint8Array | null }>('SELECT content FROM documents WHERE id = $1', [id]))[0];
  return row?.content ? Buffer.from(row.content) : undefined;
}

export async function saveExtraction(db: Db, id: number, x: DocumentExtraction): Promise<void> {
  const r = x.result;
  await db.query(
    `UPDATE documents SET kind = $2, number = $3, issued_on = $4::date, issuer = $5, raw_text = $6, text = $7, extraction = $8 WHERE id = $1`,
    [id, r.kind, r.number, r.date && /^\d{4}-\d{2}-\d{2}$/.test(r.date) ? r.date : null, r.issuer?.name ?? null, x.rawText, x.text, JSON.stringify(x)],
  );
}
