// Uploading a commune's own document: the upload (size and type checked, stored, queued),
// the progress page (refreshes itself while the document is read), the review page (the
// document's text beside the values it proposes; each value links to its evidence sentence)
// and the download of the original file (only for users who may read the unit).
import { Hono, type Context } from 'hono';
import { AppError } from '#src/errors.ts';
import { confirmReview, downloadDocument, readUploadJob, reviewModel, startUpload, type ReviewedValue } from '#src/core/answers/answers.ts';
import { formSpec } from '#src/core/answers/form.ts';
import { changeReportStatus, isEditable, readReport, statusLabels } from '#src/core/reports/reports.ts';
import { canActForUnit } from '#src/core/auth/authorization.ts';
import { formatViNumber, type ValueForCheck } from '#src/core/validation/rules.ts';
import { checkValues } from '#src/core/validation/validation.ts';
import { getUnit } from '#src/storage/units.repository.ts';
import { unitDisplayName } from '#src/core/units/units.ts';
import { isAppError } from '#src/errors.ts';
import { Layout } from '../layout.tsx';
import { InputErrorsNotice, NarrativeFields, parseId, parseNarrativeFields, readValueForm, stageLabels, ValueCells, type FormReplay } from './reports.routes.tsx';
import type { AppEnv } from '../../context.ts';

/** The document text with each evidence span marked (id ev-CODE-k) so a value's link highlights it. */
function markedText(text: string, spans: { id: string; start: number; end: number }[]) {
  const sorted = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start).sort((a, b) => a.start - b.start);
  const parts: unknown[] = [];
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) continue; // overlapping spans: the first one wins
    parts.push(text.slice(at, s.start));
    parts.push(<mark id={s.id}>{text.slice(s.start, s.end)}</mark>);
    at = s.end;
  }
  parts.push(text.slice(at));
  return parts;
}

/** RFC 6266 / 5987 Content-Disposition that survives any file name. */
function contentDisposition(filename: string): string {
  const ascii = filename.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** The review page of an uploaded document; with `replay`, the form as sent, unreadable fields marked (422). */
async function reviewPage(c: Context<AppEnv>, reportId: number, documentId: number, replay?: FormReplay) {
  const actor = c.get('actor')!;
  const { db } = c.get('deps');
  const model = await reviewModel(db, actor, reportId, documentId);
  const { report, document, extraction, proposals } = model;
  const { values } = await readReport(db, actor, report.id);
  const current = new Map(values.map((v) => [v.indicator_code, v]));
  const [unit, spec] = await Promise.all([getUnit(db, report.unit_id), formSpec(db, report, [...proposals.keys(), ...current.keys()])]);
  const editable = isEditable(report.status) && canActForUnit(actor, { id: report.unit_id, provinceId: report.province_id });
  // What the form shows for each indicator: a value already confirmed from this document wins
  // over the proposal; then the proposal; then the value typed before.
  const shownOf = (code: string): ValueForCheck | undefined => {
    const p = proposals.get(code);
    const cur = current.get(code);
    if (cur && cur.evidence?.documentId === document.id) return { value: cur.value, max: cur.value_max, qualifier: cur.qualifier };
    if (p) return { value: p.value, max: p.max, qualifier: p.qualifier };
    return cur ? { value: cur.value, max: cur.value_max, qualifier: cur.qualifier } : undefined;
  };
  const shown = new Map(spec.indicators.map((i) => [i.code, shownOf(i.code)] as const).filter((e): e is [string, ValueForCheck] => !!e[1]));
  const findings = await checkValues(db, report, shown);
  const csrf = c.get('csrfToken');
  const spans = [...proposals.values()].flatMap((p) => p.evidence.map((e, k) => ({ id: `ev-${p.indicator}-${k}`, start: e.start, end: e.end })));
  const narrative = report.narrative as Record<string, string>;
  const r = extraction.result;
  return c.html(
    <Layout title="Kiểm tra số liệu trích xuất" actor={actor} csrf={csrf} path="/reports">
      <h1>Kiểm tra số liệu từ văn bản — {unit ? unitDisplayName(unit) : ''}</h1>
      <p class="muted">
        Tệp: <a href={`/documents/${document.id}/download`}>{document.filename}</a>
        {r.number ? ` · Số: ${r.number}` : ''}{r.date ? ` · Ngày: ${r.date.split('-').reverse().join('/')}` : ''}{r.issuer ? ` · ${r.issuer.name}` : ''}
      </p>
      {r.kind === 'plan' ? <p class="warning">Văn bản này có vẻ là một kế hoạch, không phải báo cáo kết quả; kiểm tra kỹ trước khi dùng số liệu.</p> : null}
      {extraction.warnings.map((w) => <p class="warning">{w}</p>)}
      <InputErrorsNotice replay={replay} />
      {!editable ? <p class="notice">Báo cáo đang ở trạng thái "{statusLabels[report.status]}"; chỉ xem, không sửa được.</p> : null}
      <div class="split">
        <form method="post" action={`/reports/${report.id}/review/${document.id}`} class="card">
          <input type="hidden" name="_csrf" value={csrf} />
          <p class="small muted">Mỗi số được điền sẵn từ văn bản; bấm "xem trong văn bản" để thấy câu gốc. Sửa số nào chưa đúng: hệ thống ghi nhận là đã sửa và giữ lại số trong văn bản.</p>
          <div class="scroll">
            <table>
              <thead><tr><th>Chỉ tiêu</th><th>Giá trị</th><th>Loại</th><th>Đến</th><th>Đơn vị tính</th></tr></thead>
              <tbody>
                {spec.indicators.map((ind) => {
                  const p = proposals.get(ind.code);
                  return (
                    <tr>
                      <ValueCells code={ind.code} name={ind.name} unit={ind.unit} value={shown.get(ind.code)} editable={editable} findings={findings.filter((f) => f.indicator === ind.code)} typed={replay?.typed.get(ind.code)} inputError={replay?.errors.get(ind.code)}
                        note={p ? (
                          <div class="evidence">
                            {p.evidence.map((e, k) => <div><a href={`#ev-${ind.code}-${k}`}>xem trong văn bản</a>: «{e.text.trim()}»{p.summed ? ` (${formatViNumber(e.value)})` : ''}</div>)}
                            {p.summed ? <div class="muted">Cộng {p.evidence.length} số liệu trong văn bản: {formatViNumber(p.value)}</div> : null}
                          </div>
                        ) : null} />
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <NarrativeFields sections={spec.sections} editable={editable} text={(sec) => replay?.narrative[sec] ?? (narrative[sec]?.trim() ? narrative[sec]! : (model.narrative[sec] ?? ''))} />
          {editable ? (
            <p class="row">
              <button type="submit" name="action" value="save" class="secondary">Xác nhận, lưu bản nháp</button>
              <button type="submit" name="action" value="submit">Xác nhận và gửi báo cáo</button>
            </p>
          ) : null}
        </form>
        <section class="card" aria-labelledby="txt-h">
          <h2 id="txt-h">Nội dung văn bản đã đọc</h2>
          <div class="doctext" tabindex={0}>{markedText(extraction.text, spans)}</div>
        </section>
      </div>
    </Layout>,
    replay ? 422 : 200,
  );
}

export function uploadRoutes() {
  const app = new Hono<AppEnv>();

  app.post('/reports/:id/upload', async (c) => {
    const actor = c.get('actor')!;
    const { db, config, uploads } = c.get('deps');
    const id = parseId(c.req.param('id'));
    const body = await c.req.parseBody();
    const file = body['file'];
    if (!(file instanceof File)) throw new AppError('VALIDATION', 'Chưa chọn tệp để tải lên.');
    if (file.size > config.maxUploadBytes) throw new AppError('FILE_TOO_LARGE', `Tệp quá lớn; giới hạn là ${Math.round(config.maxUploadBytes / 1048576)} MB.`);
    const jobId = await startUpload(db, actor, id, { bytes: Buffer.from(await file.arrayBuffer()), filename: file.name }, config.maxUploadBytes);
    uploads!.enqueue(jobId);
    return c.redirect(`/uploads/${jobId}`, 303);
  });

  app.get('/uploads/:id', async (c) => {
    const actor = c.get('actor')!;
    const { db } = c.get('deps');
    const { job, report, filename } = await readUploadJob(db, actor, parseId(c.req.param('id')));
    const working = job.status === 'queued' || job.status === 'running';
    const pct = job.stage === 'ocr' && job.progress_total > 0 ? Math.round((100 * job.progress_done) / job.progress_total) : null;
    return c.html(
      <Layout title="Đang đọc văn bản" actor={actor} csrf={c.get('csrfToken')} path="/reports" refreshSeconds={working ? 2 : undefined}>
        <h1>Đọc văn bản: {filename}</h1>
        <section class="card" aria-live="polite">
          <p data-stage={job.stage}>
            <strong>{stageLabels[job.stage] ?? job.stage}</strong>
            {job.stage === 'ocr' && job.progress_total > 0 ? ` — trang ${job.progress_done}/${job.progress_total}` : null}
          </p>
          {pct !== null ? <progress max={100} value={pct}>{pct}%</progress> : working ? <progress /> : null}
          {working ? <p class="muted small">Trang tự cập nhật sau mỗi 2 giây. Bản quét nhiều trang có thể mất vài phút; anh/chị có thể làm việc khác và quay lại sau.</p> : null}
          {job.status === 'failed' ? <p class="error" role="alert">{job.error_message ?? 'Không đọc được tệp.'}</p> : null}
          {job.status === 'done' ? <p><a class="button" href={`/reports/${report.id}/review/${job.document_id}`}>Kiểm tra số liệu đã trích xuất</a></p> : null}
          <p><a href={`/reports/${report.id}`}>Về báo cáo</a></p>
        </section>
      </Layout>,
    );
  });

  app.get('/reports/:id/review/:doc', (c) => reviewPage(c, parseId(c.req.param('id')), parseId(c.req.param('doc'))));

  app.post('/reports/:id/review/:doc', async (c) => {
    const actor = c.get('actor')!;
    const { db } = c.get('deps');
    const id = parseId(c.req.param('id'));
    const docId = parseId(c.req.param('doc'));
    const body = await c.req.parseBody();
    const form = readValueForm(body);
    const narrative = parseNarrativeFields(body);
    if (form.errors.size) return reviewPage(c, id, docId, { typed: form.typed, errors: form.errors, narrative });
    const values: ReviewedValue[] = form.inputs.map((v) => ('qualifier' in v ? { indicator: v.indicator, value: v.value, qualifier: v.qualifier, max: v.max ?? null } : { indicator: v.indicator, value: null, qualifier: 'exact', max: null }));
    await confirmReview(db, actor, id, docId, values, narrative);
    if (body['action'] === 'submit') {
      try {
        await changeReportStatus(db, actor, id, 'submit');
      } catch (e) {
        if (isAppError(e) && e.code === 'VALIDATION') return c.redirect(`/reports/${id}?blocked=1`, 303);
        throw e;
      }
    }
    return c.redirect(`/reports/${id}`, 303);
  });

  app.get('/documents/:id/download', async (c) => {
    const d = await downloadDocument(c.get('deps').db, c.get('actor')!, parseId(c.req.param('id')));
    return c.body(new Uint8Array(d.bytes), 200, {
      'Content-Type': d.mediaType,
      'Content-Disposition': contentDisposition(d.filename),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    });
  });
  return app;
}
