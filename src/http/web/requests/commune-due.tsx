// The commune home's "what is due and when" card and its latest notices (reminders, returns).
import type { DueItem } from '#src/core/requests/due.ts';
import type { NotificationRow } from '#src/storage/requests.repository.ts';
import { statusLabels } from '#src/core/reports/reports.ts';
import { formatViDate } from '#src/core/periods/periods.ts';
import { unitDisplayName } from '#src/core/units/units.ts';
import { vnDate } from '#src/core/requests/completeness.ts';

function when(daysLeft: number): string {
  if (daysLeft > 0) return `còn ${daysLeft} ngày`;
  if (daysLeft === 0) return 'hạn hôm nay';
  return `quá hạn ${-daysLeft} ngày`;
}

export function CommuneDue(props: { items: DueItem[]; notices: NotificationRow[] }) {
  const { items, notices } = props;
  return (
    <>
      <section class="card" aria-labelledby="due-h">
        <h2 id="due-h">Báo cáo cần gửi</h2>
        {items.length === 0 ? <p class="muted">Hiện không có yêu cầu báo cáo nào đang mở cho đơn vị.</p> : (
          <table>
            <thead><tr><th>Yêu cầu</th><th>Kỳ</th><th>Hạn gửi</th><th>Đơn vị</th><th>Báo cáo</th></tr></thead>
            <tbody>
              {items.map((i) => (
                <tr>
                  <td><a href={`/requests/${i.request.id}`}>{i.request.number}</a><div class="small muted">{i.request.subject}</div></td>
                  <td>{i.request.period_label}</td>
                  <td class={i.pending && i.daysLeft < 0 ? 'overdue' : ''}>{formatViDate(i.request.deadline)}{i.pending ? ` (${when(i.daysLeft)})` : ''}</td>
                  <td>{unitDisplayName(i.unit)}</td>
                  <td>
                    {i.report ? <a href={`/reports/${i.report.id}`} aria-label={`${unitDisplayName(i.unit)} — ${i.request.period_label}: ${statusLabels[i.report.status]}`}><span class={`status status-${i.report.status}`}>{statusLabels[i.report.status]}</span></a> : <span class="status status-missing">Chưa lập</span>}
                    {i.report?.status === 'returned' && i.report.review_comment ? <p class="warning small">Nhận xét của Sở: {i.report.review_comment}</p> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {notices.length ? (
        <section class="card" aria-labelledby="notice-h">
          <h2 id="notice-h">Thông báo</h2>
          <ul>
            {notices.map((n) => (
              <li class={n.kind === 'returned' ? 'warning' : ''}>
                <span class="muted small">{formatViDate(vnDate(n.created_at))}: </span>
                {n.report_id ? <a href={`/reports/${n.report_id}`}>{n.message}</a> : n.message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
