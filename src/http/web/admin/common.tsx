// Shared pieces of the administration pages: the province picker and error rendering.
import type { Context } from 'hono';
import { z } from 'zod';
import { AppError, isAppError } from '#src/errors.ts';
import type { UnitRow } from '#src/storage/units.repository.ts';
import type { AppEnv } from '../../context.ts';

export const idSchema = z.coerce.number().int().positive();

export function parseIdParam(s: string | undefined, what = 'Không tìm thấy'): number {
  const r = idSchema.safeParse(s);
  if (!r.success) throw new AppError('NOT_FOUND', what);
  return r.data;
}

/** The province a page works on: ?province= when given (checked by the use-case), else the first one. */
export function chosenProvince(c: Context<AppEnv>, provinces: UnitRow[], raw?: string | undefined): UnitRow {
  const v = raw ?? c.req.query('province');
  if (!provinces.length) throw new AppError('FORBIDDEN', 'Bạn không có quyền quản trị tỉnh/thành phố nào.');
  if (v === undefined || v === '') return provinces[0]!;
  const id = idSchema.safeParse(v);
  const p = id.success ? provinces.find((x) => x.id === id.data) : undefined;
  if (!p) throw new AppError('FORBIDDEN', 'Bạn không có quyền quản trị tỉnh/thành phố này.');
  return p;
}

export function ProvincePicker(props: { provinces: UnitRow[]; current: UnitRow; action: string }) {
  if (props.provinces.length < 2) return null;
  return (
    <form method="get" action={props.action} class="filters noprint card">
      <div>
        <label for="pp-province">Tỉnh/Thành phố</label>
        <select id="pp-province" name="province">
          {props.provinces.map((p) => <option value={String(p.id)} selected={p.id === props.current.id}>{p.name}</option>)}
        </select>
      </div>
      <div><button type="submit" class="secondary">Chọn</button></div>
    </form>
  );
}

/** An error message; multi-line messages (row-numbered CSV errors) become a list. */
export function ErrorBox(props: { error: AppError | null | undefined; context?: string | undefined }) {
  if (!props.error) return null;
  const lines = props.error.userMessage.split('\n').filter(Boolean);
  return (
    <div class="error" role="alert">
      {props.context ? <strong>{props.context}: </strong> : null}
      {lines.length > 1 ? (
        <>
          <strong>không thực hiện được — có {lines.length} lỗi, không có thay đổi nào được lưu:</strong>
          <ul>{lines.map((l) => <li>{l}</li>)}</ul>
        </>
      ) : (
        lines[0]
      )}
    </div>
  );
}

/** Re-throws anything that is not an AppError the page should show beside the form. */
export function asFormError(e: unknown): AppError {
  if (isAppError(e) && e.code !== 'CSRF' && e.code !== 'UNAUTHENTICATED' && e.code !== 'FORBIDDEN') return e;
  throw e;
}

export function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

export function formatDateTime(d: Date | string): string {
  const x = new Date(d);
  return new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' }).format(x);
}
