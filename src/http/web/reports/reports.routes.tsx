// A report's page — the form generated from its request (numbers with qualifier, narrative
// sections), validation findings beside each value, the commune's own document (upload and
// attachment) — and its actions: save, submit, accept, return. Authorization is checked per
// unit in core on every action.
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { changeReportStatus, readReport, saveNarrative, setReportValues, statusLabels, isEditable, type ValueInput } from '#src/core/reports/reports.ts';
import { formSpec } from '#src/core/answers/form.ts';
import { sectionLabels, type NarrativeSection } from '#src/core/answers/proposals.ts';
import { checkReport } from '#src/core/validation/validation.ts';
import { formatViNumber, type Finding } from '#src/core/validation/rules.ts';
import { jobsOfReport } from '#src/storage/upload-jobs.repository.ts';
import { getDocument } from '#src/storage/documents.repository.ts';
import type { DataValueRow } from '#src/storage/reports.repository.ts';
import { isAppError } from '#src/errors.ts';
import { getUnit } from '#src/storage/units.repository.ts';
import { getPeriod } from '#src/storage/periods.repository.ts';
import { unitDisplayName } from '#src/core/units/units.ts';
import { canActForUnit, canReviewProvince } from '#src/core/auth/authorization.ts';
import { AppError } from '#src/errors.ts';
import { Layout } from '../layout.tsx';
import type { AppEnv } from '../../context.ts';

const idParam = z.coerce.number().int().positive();
export const qualifiers = ['exact', 'approx', 'at_least', 'at_most', 'range'] as const;
export const qualifierLabels: Record<(typeof qualifiers)[number], string> = { exact: 'Chính xác', approx: 'Khoảng', at_least: 'Ít nhất', at_most: 'Nhiều nhất', range: 'Khoảng từ…đến' };

export function parseId(s: string): number {
  const r = idParam.safeParse(s);
  if (!r.success) throw new AppError('NOT_FOUND', 'Không tìm thấy báo cáo');
  return r.data;
}

/** Vietnamese number input: "2.350" → 2350, "87,25" → 87.25. */
export function parseViNumber(s: string): number | null {
  const t = s.trim().replace(/\s/g, '').replace(/^[~≈]/, '');
  if (!t) return null;
  const norm = /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t) ? t.replace(/\./g, '').replace(',', '.') : t.replace(',', '.');
  const n = Number(norm);
  if (!Number.isFinite(n)) throw new AppError('VALIDATION', `"${s}" không phải là số`);
  return n;
}

/** One value's inputs: number, qualifier, upper end (for a range), findings and evidence beside it. */
export function ValueCells(props: {
  code: string;
  name: string;
  unit: string;
  value: { value: number; max: number | null; qualifier: string } | undefined;
  editable: boolean;
  findings: Finding[];
  note?: unknown;
  /** What the user typed, re-shown as typed when the form came back with an input error. */
  typed?: TypedValue | undefined;
  /** Why the typed value could not be read (shown beside the field). */
  inputError?: string | undefined;
}) {
  const { code, value: v, editable, typed, inputError } = props;
  const described = props.findings.length || inputError ? `f_${code}` : undefined;
  return (
    <>
      <td>
        <label for={`v_${code}`} style="font-weight:400;margin:0">{props.name}</label>
        {props.note}
      </td>
      <td>
        <input id={`v_${code}`} name={`v_${code}`} inputmode="decimal" size={9} value={typed ? typed.value : v ? formatViNumber(v.value) : ''} disabled={!editable} aria-invalid={inputError ? 'true' : undefined} aria-describedby={described} />
        {described ? (
          <span id={`f_${code}`}>
            {inputError ? <span class="finding error" role="alert">Lỗi: {inputError}</span> : null}
            {props.findings.map((f) => <span class={`finding ${f.severity}`} role={f.severity === 'error' ? 'alert' : undefined}>{f.severity === 'error' ? 'Lỗi: ' : 'Cảnh báo: '}{f.message}</span>)}
          </span>
        ) : null}
      </td>
      <td>
        <select name={`q_${code}`} disabled={!editable} aria-label={`Loại giá trị ${props.name}`}>
          {qualifiers.map((q) => <option value={q} selected={(typed?.qualifier ?? v?.qualifier ?? 'exact') === q}>{qualifierLabels[q]}</option>)}
        </select>
      </td>
      <td>
        <input name={`max_${code}`} inputmode="decimal" size={7} value={typed ? typed.max : v?.max !== null && v?.max !== undefined ? formatViNumber(v.max) : ''} disabled={!editable} aria-label={`Giá trị lớn nhất (khi chọn khoảng) — ${props.name}`} placeholder="đến" />
      </td>
      <td>{props.unit}</td>
    </>
  );
}

function SourceNote(props: { v: DataValueRow | undefined; documentId: number | null }) {
  const v = props.v;
  if (!v || v.source !== 'extracted') return null;
  return (
    <p class="evidence">
      Trích từ văn bản{v.evidence?.text ? <>: «{v.evidence.text.trim()}»</> : null}
      {v.corrected && v.extracted_value !== null ? <span class="corrected"> — đã sửa (văn bản ghi {formatViNumber(v.extracted_value)})</span> : null}
    </p>
  );
}

const stageLabels: Record<string, string> = { queued: 'Đang chờ', reading: 'Đang đọc tệp', ocr: 'Đang nhận dạng chữ (OCR)', extracting: 'Đang trích xuất số liệu', done: 'Đã đọc xong', failed: 'Không đọc được' };
export { stageLabels };

export interface TypedValue {
  value: string;
  qualifier: string;
  max: string;
}

/** A posted report form: the values read, what was typed (to re-show it) and per-indicator input errors. */
export interface ValueForm {
  inputs: (ValueInput | { indicator: string; value: null })[];
  typed: Map<string, TypedValue>;
  /** Indicator code → Vietnamese message; when not empty nothing may be saved. */
  errors: Map<string, string>;
}

function readNumber(raw: string, errors: Map<string, string>, indicator: string, what: string): number | null {
  try {
    return parseViNumber(raw);
  } catch (e) {
    if (!isAppError(e) || e.code !== 'VALIDATION') throw e;
    if (!errors.has(indicator)) errors.set(indicator, `${what}: ${e.userMessage}. Nhập số như 2.350 hoặc 87,25.`);
    return null;
  }
}

/** Reads the value fields of a posted report form (v_CODE, q_CODE, max_CODE). */
export function readValueForm(body: Record<string, unknown>): ValueForm {
  const inputs: ValueForm['inputs'] = [];
  const typed = new Map<string, TypedValue>();
  const errors = new Map<string, string>();
  for (const [k, raw] of Object.entries(body)) {
    if (!k.startsWith('v_') || typeof raw !== 'string') continue;
    const indicator = k.slice(2);
    const q = String(body[`q_${indicator}`] ?? 'exact');
    const maxRaw = typeof body[`max_${indicator}`] === 'string' ? (body[`max_${indicator}`] as string) : '';
    typed.set(indicator, { value: raw, qualifier: q, max: maxRaw });
    const value = readNumber(raw, errors, indicator, 'Giá trị');
    const qualifier = (qualifiers as readonly string[]).includes(q) ? (q as (typeof qualifiers)[number]) : 'exact';
    const max = readNumber(maxRaw, errors, indicator, 'Số "đến"');
    inputs.push(value === null ? { indicator, value: null } : { indicator, value, qualifier, max: qualifier === 'range' ? max : null });
  }
  return { inputs, typed, errors };
}

/** A form sent back for correction: what was typed, and why it could not be read. */
export interface FormReplay {
  typed: Map<string, TypedValue>;
  errors: Map<string, string>;
  narrative: Record<string, string>;
}

/** The narrative sections of a report form (n_SECTION textareas) under their heading. */
export function NarrativeFields(props: { sections: readonly NarrativeSection[]; editable: boolean; text: (section: NarrativeSection) => string }) {
  return (
    <>
      <h2>Nội dung báo cáo</h2>
      {props.sections.map((sec) => (
        <div>
          <label for={`n_${sec}`}>{sectionLabels[sec]}</label>
          <textarea id={`n_${sec}`} name={`n_${sec}`} rows={5} style="width:100%" disabled={!props.editable}>{props.text(sec)}</textarea>
        </div>
      ))}
    </>
  );
}

export function InputErrorsNotice(props: { replay: FormReplay | undefined }) {
  if (!props.replay?.errors.size) return null;
  return <p class="error" role="alert">Có {props.replay.errors.size} ô số liệu chưa đúng (ghi bên cạnh từng ô). Chưa lưu gì; sửa các ô này rồi bấm lưu lại.</p>;
}

/** Narrative fields of a posted form (n_SECTION). */
export function parseNarrativeFields(body: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of Object.keys(sectionLabels)) {
    const v = body[`n_${s}`];
    if (typeof v === 'string') {
      if (v.length > 20_000) throw new AppError('VALIDATION', `Phần "${sectionLabels[s as keyof typeof sectionLabels]}" quá dài (tối đa 20.000 ký tự).`);
      out[s] = v.replace(/\r\n?/g, '\n');
    }
  }
  return out;
}

/** The report page; with `replay`, the form as the user sent it, each unreadable field marked (422). */
async function reportPage(c: Context<AppEnv>, id: number, replay?: FormReplay) {
  const actor = c.get('actor')!;
  const { db, config } = c.get('deps');
  const { report, values } = await readReport(db, actor, id);
  const [unit, period, spec, findings, jobs, doc] = await Promise.all([
    getUnit(db, report.unit_id),
    getPeriod(db, report.period_id),
    formSpec(db, report, values.map((v) => v.indicator_code)),
    checkReport(db, report),
    jobsOfReport(db, report.id),
    report.document_id ? getDocument(db, report.document_id) : Promise.resolve(undefined),
  ]);
  const byCode = new Map(values.map((v) => [v.indicator_code, v]));
  const findingsOf = (code: string) => findings.filter((f) => f.indicator === code);
  const editable = isEditable(report.status) && canActForUnit(actor, { id: report.unit_id, provinceId: report.province_id });
  const reviewer = report.status === 'submitted' && canReviewProvince(actor, report.province_id);
  const csrf = c.get('csrfToken');
  const narrative = report.narrative as Record<string, string>;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const blocked = c.req.query('blocked') === '1';
  const recentJobs = jobs.slice(0, 5);
  return c.html(
    <Layout title="Báo cáo" actor={actor} csrf={csrf} path="/reports">
      <h1>Báo cáo {unit ? unitDisplayName(unit) : ''} — {period?.label}</h1>
      {spec.request ? <p class="muted">Theo yêu cầu số {spec.request.number}: {spec.request.subject}. Hạn gửi: {spec.request.deadline.split('-').reverse().join('/')}.</p> : null}
      <p>Trạng thái: <span class={`status status-${report.status}`}>{statusLabels[report.status]}</span></p>
      {report.review_comment ? <p class="notice">Nhận xét của Sở: {report.review_comment}</p> : null}
      {blocked || (editable && errors) ? <p class="error" role="alert">Báo cáo còn {errors} lỗi số liệu (ghi bên cạnh từng giá trị); sửa các lỗi này trước khi gửi. Cảnh báo không chặn việc gửi.</p> : null}
      <InputErrorsNotice replay={replay} />
      {editable ? (
        <section class="card" aria-labelledby="up-h">
          <h2 id="up-h">Tải lên văn bản báo cáo của đơn vị</h2>
          <p class="muted small">Word (.docx), PDF, văn bản (.txt) hoặc ảnh chụp/bản quét (PNG, JPG, TIFF), tối đa {Math.round(config.maxUploadBytes / 1048576)} MB. Hệ thống đọc văn bản và điền sẵn số liệu để anh/chị kiểm tra.</p>
          <form method="post" action={`/reports/${report.id}/upload`} enctype="multipart/form-data" class="row">
            <input type="hidden" name="_csrf" value={csrf} />
            <div><label for="file">Tệp</label><input id="file" type="file" name="file" required accept=".txt,.docx,.pdf,.png,.jpg,.jpeg,.tif,.tiff,text/plain,application/pdf,image/*" /></div>
            <div><button type="submit">Tải lên và đọc</button></div>
          </form>
        </section>
      ) : null}
      {doc || recentJobs.length ? (
        <section class="card" aria-labelledby="doc-h">
          <h2 id="doc-h">Văn bản gốc</h2>
          {doc ? <p>Đính kèm: <a href={`/documents/${doc.id}/download`}>{doc.filename}</a></p> : null}
          {recentJobs.length ? (
            <ul>
              {recentJobs.map((j) => (
                <li><a href={`/uploads/${j.id}`}>{j.filename}</a> — {stageLabels[j.stage] ?? j.stage}{j.error_message ? `: ${j.error_message}` : ''}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
      <form method="post" action={`/reports/${report.id}/values`} class="card">
        <input type="hidden" name="_csrf" value={csrf} />
        <h2>Số liệu</h2>
        <p class="muted small">Nhập số theo cách viết thông thường: 2.350 (hai nghìn ba trăm năm mươi), 87,25 (số thập phân). Để trống nếu không có số liệu.</p>
        <div class="scroll">
          <table>
            <thead><tr><th>Chỉ tiêu</th><th>Giá trị</th><th>Loại</th><th>Đến (nếu là khoảng)</th><th>Đơn vị tính</th></tr></thead>
            <tbody>
              {spec.indicators.map((ind) => (
                <tr>
                  <ValueCells code={ind.code} name={ind.name} unit={ind.unit} value={byCode.get(ind.code) ? { value: byCode.get(ind.code)!.value, max: byCode.get(ind.code)!.value_max, qualifier: byCode.get(ind.code)!.qualifier } : undefined} editable={editable} findings={findingsOf(ind.code)} typed={replay?.typed.get(ind.code)} inputError={replay?.errors.get(ind.code)}
                    note={<>{ind.asked ? null : <span class="muted small"> (ngoài yêu cầu)</span>}<SourceNote v={byCode.get(ind.code)} documentId={report.document_id} /></>} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <NarrativeFields sections={spec.sections} editable={editable} text={(sec) => replay?.narrative[sec] ?? narrative[sec] ?? ''} />
        {editable ? (
          <p class="row">
            <button type="submit" name="action" value="save" class="secondary">Lưu số liệu</button>
            <button type="submit" name="action" value="submit">Lưu và gửi báo cáo</button>
          </p>
        ) : null}
      </form>
      {reviewer ? (
        <div class="card">
          <form method="post" action={`/reports/${report.id}/accept`} style="display:inline">
            <input type="hidden" name="_csrf" value={csrf} />
            <button type="submit">Chấp nhận</button>
          </form>
          <form method="post" action={`/reports/${report.id}/return`}>
            <input type="hidden" name="_csrf" value={csrf} />
            <label for="comment">Lý do trả lại</label>
            <textarea id="comment" name="comment" rows={3} cols={60} required></textarea>
            <p><button type="submit" class="secondary">Trả lại</button></p>
          </form>
        </div>
      ) : null}
    </Layout>,
    replay ? 422 : 200,
  );
}

export function reportRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/reports/:id', (c) => reportPage(c, parseId(c.req.param('id'))));

  app.post('/reports/:id/values', async (c) => {
    const actor = c.get('actor')!;
    const { db } = c.get('deps');
    const id = parseId(c.req.param('id'));
    const body = await c.req.parseBody();
    const form = readValueForm(body);
    const narrative = parseNarrativeFields(body);
    // A field that is not a number: nothing is saved; the form comes back as typed.
    if (form.errors.size) return reportPage(c, id, { typed: form.typed, errors: form.errors, narrative });
    await setReportValues(db, actor, id, form.inputs);
    if (Object.keys(narrative).length) {
      const { report } = await readReport(db, actor, id);
      await saveNarrative(db, actor, id, { ...(report.narrative as Record<string, string>), ...narrative });
    }
    if (body['action'] === 'submit') {
      try {
        await changeReportStatus(db, actor, id, 'submit');
      } catch (e) {
        // Values are saved; the page shows each error beside its value.
        if (isAppError(e) && e.code === 'VALIDATION') return c.redirect(`/reports/${id}?blocked=1`, 303);
        throw e;
      }
    }
    return c.redirect(`/reports/${id}`, 303);
  });

  for (const action of ['submit', 'accept', 'return'] as const) {
    app.post(`/reports/:id/${action}`, async (c) => {
      const id = parseId(c.req.param('id'));
      const body = await c.req.parseBody();
      try {
        await changeReportStatus(c.get('deps').db, c.get('actor')!, id, action, typeof body['comment'] === 'string' ? body['comment'] : undefined);
      } catch (e) {
        if (action === 'submit' && isAppError(e) && e.code === 'VALIDATION') return c.redirect(`/reports/${id}?blocked=1`, 303);
        throw e;
      }
      return c.redirect(`/reports/${id}`, 303);
    });
  }
  return app;
}
