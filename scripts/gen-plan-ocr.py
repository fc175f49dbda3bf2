# Writes tests/fixtures/sections/plan-ocr.json (engineer-made, see its README entry): plan target
# tables and task lists built from invented labels, units, bodies and times, in tab and ruled layouts,
# with their gold. Run from the repository root: python3 scripts/gen-plan-ocr.py, then
# npx tsx scripts/ocr-sections.ts plan-ocr.json and npx tsx scripts/ocr-sections.ts --dpi 200 plan-ocr.json.
# Invented plan tables (targets and tasks) in layouts plans use, for studying English-model OCR damage.
import json, random
R = random.Random(20261125)

IND = [  # (label, unit, kind) kind: pct | count
 ("Tỷ lệ người dân dùng dịch vụ công trực tuyến", "%", "pct"),
 ("Tỷ lệ thôn có điểm truy cập Internet công cộng", "%", "pct"),
 ("Tỷ lệ hồ sơ giải quyết đúng hạn trên hệ thống", "%", "pct"),
 ("Tỷ lệ hộ kinh doanh nhận thanh toán qua mã QR", "%", "pct"),
 ("Tỷ lệ cán bộ xã có chứng chỉ kỹ năng số", "%", "pct"),
 ("Số lớp phổ cập kỹ năng số cho người dân", "lớp", "count"),
 ("Tin, bài đăng trên cổng thông tin của xã", "tin, bài", "count"),
 ("Số buổi tập huấn cho tổ công nghệ số", "buổi", "count"),
 ("Số cụm loa thông minh lắp mới", "cụm loa", "count"),
 ("Lượt người được hướng dẫn cài ứng dụng", "lượt", "count"),
 ("Số mô hình thôn thông minh", "mô hình", "count"),
 ("Sản phẩm nông sản bán trên sàn điện tử", "sản phẩm", "count"),
 ("Số hộ sản xuất mở gian hàng trực tuyến", "hộ", "count"),
 ("Số người tham gia cuộc thi tìm hiểu", "người", "count"),
 ("Số chuyên mục phát trên đài truyền thanh", "chuyên mục", "count"),
 ("Số điểm phát wifi miễn phí", "điểm", "count"),
]

def pct_series(n):
  v = R.choice([40, 45, 50, 55, 60, 62.5, 65, 68.4, 70, 72.5, 75, 79.2, 80, 83.6])
  out = []
  for _ in range(n):
    out.append(v)
    v = min(100, v + R.choice([5, 7.5, 10, 12, 15, 4.8]))
    if v > 97: v = 100
  return out
def count_series(n):
  base = R.choice([2, 3, 4, 6, 8, 10, 12, 15, 20, 24, 36, 48, 60, 90, 120, 150, 240, 350, 1200, 2500])
  out = []; v = base
  for _ in range(n):
    out.append(v); v = v + max(1, round(base * R.choice([0.25, 0.5, 1])))
  return out
def fmt(v, pct, cellpct=False):
  s = (str(v).replace('.', ',') if isinstance(v, float) and v != int(v) else str(int(v)))
  if not isinstance(v, float) and v >= 1000: s = f"{int(v):,}".replace(',', '.')
  if isinstance(v, float) and v == int(v): s = str(int(v))
  if v >= 1000 and v == int(v): s = f"{int(v):,}".replace(',', '.')
  return s + ('%' if pct and cellpct else '')
def num(v): return int(v) if v == int(v) else v

cases = []
YEARS_SETS = [[2026, 2027, 2028], [2026, 2027, 2030], [2026, 2028, 2030], [2026, 2027], [2026, 2027, 2028, 2030], [2027, 2028, 2029, 2030]]
HEADINGS = ["II. MỤC TIÊU", "2. Chỉ tiêu cụ thể", "III. CÁC CHỈ TIÊU CHỦ YẾU", "2. Mục tiêu cụ thể", "II. CHỈ TIÊU ĐẾN NĂM 2030"]

def col_table(style, result_col, unit_col, cellpct, ncases):
  for _ in range(ncases):
    years = R.choice(YEARS_SETS)
    inds = R.sample(IND, R.randint(3, 6))
    head = ["TT", R.choice(["Chỉ tiêu", "Nội dung chỉ tiêu", "Tên chỉ tiêu"])]
    if unit_col: head.append(R.choice(["Đơn vị tính", "ĐVT"]))
    if result_col: head.append(R.choice(["Thực hiện năm 2025", "Ước thực hiện 2025", "Năm 2025 (ước đạt)"]))
    head += [R.choice(["Năm {}", "{}", "Năm {}"]).format(y) for y in years]
    rows = []; gold = []
    for k, (lab, unit, kind) in enumerate(inds, 1):
      ser = pct_series(len(years) + 1) if kind == "pct" else count_series(len(years) + 1)
      prev, vals = ser[0], ser[1:]
      r = [str(k), lab]
      if unit_col: r.append(unit)
      if result_col: r.append(R.choice([fmt(prev, kind == 'pct', cellpct and kind == 'pct'), '-']) )
      r += [fmt(v, kind == 'pct', cellpct and kind == 'pct') for v in vals]
      rows.append(r)
      for y, v in zip(years, vals):
        gold.append({"year": y, "value": num(v), "unit": unit, "text": lab})
    if not unit_col:
      # label must carry its unit: use bracket for counts
      for r, (lab, unit, kind) in zip(rows, inds):
        if kind == 'count' and not lab.startswith('Số ') : r[1] = f"{lab} ({unit})"
    if style == 'tab':
      body = "\n".join("\t".join(x) for x in [head] + rows)
    else:
      body = "\n".join("| " + " | ".join(x) + " |" for x in [head] + rows)
    cases.append({"kind": "plan", "about": "targets", "text": f"{R.choice(HEADINGS)}\n{body}", "gold": {"targets": gold}})

col_table('tab', True, True, False, 5)
col_table('tab', False, True, False, 4)
col_table('pipe', True, True, False, 4)
col_table('pipe', False, True, True, 3)
col_table('tab', False, False, False, 3)

def year_rows(style, n):
  for _ in range(n):
    years = R.choice([[2026, 2027, 2028], [2026, 2027, 2028, 2029, 2030], [2027, 2028, 2029]])
    inds = R.sample(IND, R.randint(2, 3))
    names = [lab if kind == 'pct' else f"{lab} ({unit})" for lab, unit, kind in inds]
    names = [n if '(' in n else n + " (%)" for n in names]
    sers = [pct_series(len(years)) if k == 'pct' else count_series(len(years)) for _, _, k in inds]
    head = ["Năm"] + names
    rows = [[str(y)] + [fmt(s[i], False) for s in sers] for i, y in enumerate(years)]
    gold = [{"year": y, "value": num(s[i]), "unit": u, "text": lab} for i, y in enumerate(years) for s, (lab, u, _) in zip(sers, inds)]
    body = "\n".join(("\t".join(x) if style == 'tab' else "| " + " | ".join(x) + " |") for x in [head] + rows)
    cases.append({"kind": "plan", "about": "targets", "text": f"{R.choice(['III. LỘ TRÌNH THỰC HIỆN', '2. Mục tiêu theo từng năm'])}\n{body}", "gold": {"targets": gold}})
year_rows('tab', 3); year_rows('pipe', 2)

UNITS = ["Văn phòng HĐND và UBND xã", "Phòng Văn hóa – Xã hội", "Phòng Kinh tế", "Công an xã", "Trung tâm Phục vụ hành chính công xã", "Đoàn Thanh niên xã", "Hội Liên hiệp Phụ nữ xã", "Trạm Y tế xã", "Hội Nông dân xã", "Bưu điện văn hóa xã", "Trường THCS xã", "Phòng Kinh tế, Hạ tầng và Đô thị", "Ban Chỉ huy Quân sự xã"]
WORK = ["Rà soát, cập nhật dữ liệu hộ kinh doanh trên địa bàn", "Mở lớp hướng dẫn người cao tuổi dùng điện thoại thông minh", "Lắp đặt bảng mã QR tra cứu thủ tục tại các nhà văn hóa thôn", "Xây dựng chuyên trang hỏi đáp về chuyển đổi số", "Tổ chức ngày hội công nghệ số cho thanh niên", "Hỗ trợ hợp tác xã đưa sản phẩm lên sàn thương mại điện tử", "Số hóa hồ sơ hộ tịch lưu trữ từ năm 2015", "Vận động hộ gia đình mở tài khoản thanh toán điện tử", "Kiểm tra an toàn thông tin các máy tính của cơ quan", "Tập huấn kỹ năng khai thác dữ liệu dân cư cho công an viên", "Biên soạn tài liệu hướng dẫn dịch vụ công bằng tiếng dân tộc"]
TIMES = ["Quý I/2026", "Quý II/2026", "Quý III/2026", "Quý IV/2026", "Quý II, quý III/2026", "Tháng 3/2026", "Tháng 5 – 8/2026", "Năm 2026", "Thường xuyên", "Trước 30/6/2026", "6 tháng đầu năm 2026", "Quý I - quý II/2027", "Hằng quý", "Năm 2026 - 2027", "Tháng 10/2026"]
def task_table(style, ncases, order):
  for _ in range(ncases):
    n = R.randint(3, 5)
    works = R.sample(WORK, n)
    head = {"T": R.choice(["Nội dung nhiệm vụ", "Nhiệm vụ", "Nội dung công việc"]), "L": R.choice(["Đơn vị chủ trì", "Cơ quan chủ trì", "Chủ trì"]), "C": R.choice(["Đơn vị phối hợp", "Phối hợp"]), "W": R.choice(["Thời gian thực hiện", "Thời gian", "Thời gian hoàn thành"])}
    rows = []; gold = []
    for k, w in enumerate(works, 1):
      lead, co = R.sample(UNITS, 2); t = R.choice(TIMES)
      cell = {"T": w, "L": lead, "C": co, "W": t}
      rows.append([str(k)] + [cell[c] for c in order])
      gold.append({"title": w, "lead": lead, "coordinating": [co], "timeframe": t})
    hdr = ["TT"] + [head[c] for c in order]
    body = "\n".join(("\t".join(x) if style == 'tab' else "| " + " | ".join(x) + " |") for x in [hdr] + rows)
    cases.append({"kind": "plan", "about": "tasks", "text": f"{R.choice(['III. NHIỆM VỤ VÀ GIẢI PHÁP', 'IV. PHÂN CÔNG THỰC HIỆN', 'III. NHIỆM VỤ CỤ THỂ'])}\n{body}", "gold": {"tasks": gold}})
task_table('pipe', 4, "TLCW"); task_table('pipe', 2, "TWLC"); task_table('tab', 3, "TLCW"); task_table('tab', 2, "TLWC")

def field_items(n, sep):
  for _ in range(n):
    k = R.randint(2, 4); works = R.sample(WORK, k); lines = [R.choice(["III. NHIỆM VỤ CỤ THỂ", "IV. TỔ CHỨC THỰC HIỆN CÁC NHIỆM VỤ"])]; gold = []
    for i, w in enumerate(works, 1):
      lead, co = R.sample(UNITS, 2); t = R.choice(TIMES)
      if sep == 'lines':
        lines += [f"{i}. {w}.", f"- Đơn vị chủ trì: {lead}.", f"- Đơn vị phối hợp: {co}.", f"- Thời gian thực hiện: {t}."]
      elif sep == 'one':
        lines += [f"{i}. {w}. Chủ trì: {lead}; phối hợp: {co}; thời gian: {t}."]
      else:
        lines += [f"{i}. {w}", f"+ Chủ trì: {lead}", f"+ Phối hợp: {co}", f"+ Thời gian: {t}"]
      gold.append({"title": w, "lead": lead, "coordinating": [co], "timeframe": t})
    cases.append({"kind": "plan", "about": "tasks", "text": "\n".join(lines), "gold": {"tasks": gold}})
field_items(3, 'lines'); field_items(3, 'one'); field_items(2, 'plus')
json.dump(cases, open('tests/fixtures/sections/plan-ocr.json', 'w'), ensure_ascii=False, indent=1)
print(len(cases))
