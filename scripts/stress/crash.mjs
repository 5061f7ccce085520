// kill -9 of the API process (1) in the middle of a large import, which runs in one transaction, and
// (2) while clients file reports. After a restart on the same database: the import is all or nothing, no
// row points at a missing task or report, and every write the server acknowledged is there.
import { ADMIN_URL, Client, createDatabase, ExcelJS, log, periodsBack, sleep, startApp } from './lib.mjs';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function bigImportFile(admin, rows) {
  const res = await admin.request('GET', '/api/imports/template.xlsx', undefined, { raw: true });
  if (res.status !== 200) throw new Error(`template: ${res.status}`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.body);
  const ws = wb.getWorksheet('任务');
  const example = ws.getRow(2);
  const values = [];
  example.eachCell({ includeEmpty: true }, (c, n) => (values[n] = c.value));
  for (let i = 0; i < rows; i++) {
    const row = ws.getRow(2 + i);
    values.forEach((v, n) => (row.getCell(n).value = v));
    row.getCell(1).value = `STRESS-${String(i).padStart(5, '0')}`;
    row.getCell(3).value = `压测导入任务 ${i} 🚀`;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const upload = (client, file, query = '') => {
  const form = new FormData();
  form.append('file', new Blob([file], { type: XLSX }), 'stress-import.xlsx');
  return client.request('POST', `/api/imports${query}`, form, { timeoutMs: 300_000 });
};

// Rows that point at a task or report that does not exist (every table with such a column).
async function orphans(db) {
  const cols = await db.query(
    `SELECT table_name AS t, column_name AS c FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name IN ('task_id', 'report_id') ORDER BY 1, 2`,
  );
  const found = [];
  for (const { t, c } of cols) {
    const target = c === 'task_id' ? 'tasks' : 'progress_reports';
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM "${t}" x WHERE x."${c}" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${target} y WHERE y.id = x."${c}")`,
    );
    if (n > 0) found.push(`${t}.${c}: ${n} rows point nowhere`);
  }
  return found;
}

// Waits until the app's long write transaction is open in the database (it has written, and runs > 100 ms).
async function waitForWriteTransaction(db, timeoutMs) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const rows = await db.query(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
          AND backend_xid IS NOT NULL AND now() - xact_start > interval '100 milliseconds'`,
    );
    if (rows.length) return true;
    await sleep(5);
  }
  return false;
}

async function waitForBackendsGone(db) {
  for (let i = 0; i < 100; i++) {
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    if (n === 0) return;
    await sleep(100);
  }
}

export async function crash({ importRows = 2000, filers = 12 } = {}) {
  const violations = [];
  const db = await createDatabase(ADMIN_URL, `luoshi_stress_crash_${process.pid}`);
  let app = await startApp({ databaseUrl: db.url });
  const notes = [];
  try {
    // ---- 1. kill -9 while clients file reports
    let staff = await new Client(app.baseUrl).login('staff');
    const periods = periodsBack(7).slice(1);
    const list = await staff.request('GET', `/api/tasks?unit=${staff.me.unit.id}&limit=200`);
    const live = new Set(
      (
        await db.query(
          `SELECT task_id || '/' || period AS k FROM progress_reports WHERE status <> 'returned'`,
        )
      ).map((r) => r.k),
    );
    const slots = [];
    for (const t of list.body.items)
      for (const p of periods)
        if (t.startDate <= `${p}-28` && !live.has(`${t.id}/${p}`)) slots.push({ taskId: t.id, period: p });
    const clients = await Promise.all(
      Array.from({ length: filers }, () => new Client(app.baseUrl).login('staff')),
    );
    const acked = [];
    const unanswered = [];
    const answers = {};
    const edits = []; // acknowledged edits of drafts: { id, version, text }
    let seq = 0;
    const work = async (c) => {
      while (slots.length) {
        const slot = slots.shift();
        const text = `崩溃测试 ${seq++} 🚀`;
        const submit = seq % 2 === 0;
        const res = await c.request('POST', `/api/tasks/${slot.taskId}/reports`, {
          period: slot.period,
          reportedState: 'in_progress',
          progress: 10,
          achievements: text,
          submit,
        });
        const key = `${res.status}${res.body?.code && res.status >= 400 ? ` ${res.body.code}` : ''}`;
        answers[key] = (answers[key] ?? 0) + 1;
        if (res.status === 201)
          acked.push({ id: res.body.id, ...slot, text, status: res.body.status, version: res.body.version });
        else if (res.status === 0) {
          unanswered.push({ ...slot, text });
          return;
        } else if (res.status >= 500)
          violations.push(`filing answered ${res.status} ${JSON.stringify(res.body)}`);
        if (res.status !== 201 || submit) continue;
        // keep editing the draft until the process dies: each acknowledged edit must survive
        let version = res.body.version;
        for (;;) {
          const edit = `崩溃测试 ${seq++} 修改 🚀`;
          const u = await c.request('PATCH', `/api/reports/${res.body.id}`, { version, achievements: edit });
          const k = `PATCH ${u.status}`;
          answers[k] = (answers[k] ?? 0) + 1;
          if (u.status === 0) {
            unanswered.push({ ...slot, text: edit });
            return;
          }
          if (u.status !== 200) {
            if (u.status >= 500) violations.push(`editing answered ${u.status} ${JSON.stringify(u.body)}`);
            break;
          }
          version = u.body.version;
          edits.push({ id: res.body.id, version, text: edit });
        }
      }
    };
    const totalSlots = slots.length;
    const workers = clients.map(work);
    await sleep(2500);
    await app.kill9();
    await Promise.all(workers);
    await waitForBackendsGone(db);
    app = await startApp({ databaseUrl: db.url });

    const rows = new Map(
      (
        await db.query(
          `SELECT id, task_id AS "taskId", period, status, version, achievements FROM progress_reports
            WHERE achievements LIKE '崩溃测试 %' OR id = ANY($1::uuid[])`,
          [acked.map((a) => a.id)],
        )
      ).map((r) => [r.id, r]),
    );
    let lost = 0;
    for (const a of acked) {
      const r = rows.get(a.id);
      const lastEdit = edits.filter((e) => e.id === a.id).at(-1);
      const version = lastEdit?.version ?? a.version;
      const text = lastEdit?.text ?? a.text;
      // the stored row is the last acknowledged one, or newer (an edit in flight at the kill that committed)
      const ok =
        r &&
        r.taskId === a.taskId &&
        r.period === a.period &&
        r.status === a.status &&
        r.version >= version &&
        (r.version > version || r.achievements === text);
      if (!ok) {
        lost++;
        if (lost <= 5)
          violations.push(`acknowledged report ${a.id} (${a.period}) is missing or differs after kill -9`);
      }
    }
    const doubles = await db.query(
      `SELECT task_id, period FROM progress_reports WHERE status <> 'returned' GROUP BY 1, 2 HAVING count(*) > 1`,
    );
    if (doubles.length) violations.push(`${doubles.length} (task, period) pairs with two live reports`);
    violations.push(...(await orphans(db)));
    const ackedIds = new Set(acked.map((a) => a.id));
    const unackedStored = [...rows.values()].filter((r) => !ackedIds.has(r.id)).length;
    notes.push(
      `filing killed after 2.5 s: ${acked.length} reports and ${edits.length} edits acknowledged (${totalSlots} free slots), ${lost} lost; ${unanswered.length} in flight at the kill, ${unackedStored} of them committed (whole); answers ${JSON.stringify(answers)}`,
    );
    // the restarted app serves them
    staff = await new Client(app.baseUrl).login('staff');
    const check = await staff.request('GET', `/api/reports/${acked[0]?.id}`);
    if (acked.length && check.status !== 200)
      violations.push(`a filed report after restart: ${check.status}`);
    if (acked.length === 0) violations.push('no report was acknowledged before the kill: nothing was tested');
    // ---- 2. kill -9 during a large import
    let admin = await new Client(app.baseUrl).login('admin');
    const file = await bigImportFile(admin, importRows);
    const count = async () =>
      (
        await db.query(
          `SELECT (SELECT count(*)::int FROM tasks) AS tasks, (SELECT count(*)::int FROM tasks WHERE code LIKE 'STRESS-%') AS imported,
                  (SELECT count(*)::int FROM audit_events) AS audits`,
        )
      )[0];
    const before = await count();
    const pending = upload(admin, file);
    const inside = await waitForWriteTransaction(db, 120_000);
    await app.kill9();
    const answer = await pending;
    await waitForBackendsGone(db);
    const afterKill = await count();
    log(
      `crash: import of ${importRows} rows (${(file.length / 1024).toFixed(0)} KB) killed ${inside ? 'inside its transaction' : '(transaction not seen)'}; answer ${answer.status || answer.error}`,
    );
    if (!inside)
      violations.push('the import transaction was never seen open: the kill did not test anything');
    if (answer.status >= 200 && answer.status < 300)
      violations.push('the import was acknowledged before the kill');
    if (afterKill.imported !== 0 && afterKill.imported !== importRows)
      violations.push(`partial import: ${afterKill.imported} of ${importRows} rows present after kill -9`);
    if (afterKill.imported === 0 && (afterKill.tasks !== before.tasks || afterKill.audits !== before.audits))
      violations.push(`rows changed by a rolled-back import: ${JSON.stringify({ before, afterKill })}`);
    violations.push(...(await orphans(db)));

    // the file was valid: after a restart, a dry run of it says so (a full run would take minutes)
    app = await startApp({ databaseUrl: db.url });
    admin = await new Client(app.baseUrl).login('admin');
    const again = await upload(admin, file, '?dryRun=true');
    if (again.status !== 200 || again.body?.valid !== true)
      violations.push(
        `a dry run of the same file after restart: ${again.status} ${JSON.stringify(again.body)?.slice(0, 200)}`,
      );
    notes.push(
      `import of ${importRows} rows killed inside its transaction: ${afterKill.imported} rows after kill -9 (all or nothing), tasks ${before.tasks} → ${afterKill.tasks}, audit events ${before.audits} → ${afterKill.audits}; dry run after restart ${again.status} valid=${again.body?.valid}`,
    );
  } finally {
    await app.stop();
    await db.drop();
  }
  const summary = notes.join('; ');
  log(`crash: ${summary}`);
  return { name: 'crash (kill -9)', violations, summary };
}
