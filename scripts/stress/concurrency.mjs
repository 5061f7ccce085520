// 32 clients for 30 s on the same 5 tasks: edits with versions (200 or 409), milestones completed and
// reopened, reports filed, submitted and returned. Afterwards every acknowledged write must be in the
// database, versions must have gone up by exactly one per acknowledged write, and no (task, period) may
// hold two live reports.
import { Client, log, periodsBack, pick, sleep, Tally } from './lib.mjs';

export async function concurrency({ app, db, clients = 32, seconds = 30 }) {
  const violations = [];
  const staff = await new Client(app.baseUrl).login('staff');
  const unitId = staff.me.unit.id;

  // Five tasks led by staff's unit (the unit head's too), with milestones, started long enough ago to report on.
  const periods = periodsBack(7).slice(1);
  const list = await staff.request('GET', `/api/tasks?leadUnit=${unitId}&limit=200`);
  if (list.status !== 200) throw new Error(`task list: ${list.status}`);
  const tasks = [];
  for (const t of list.body.items) {
    if (tasks.length === 5) break;
    if (t.archivedAt || t.startDate > `${periods.at(-1)}-01`) continue;
    const detail = await staff.request('GET', `/api/tasks/${t.id}`);
    if (detail.status === 200 && detail.body.milestones.length > 0) tasks.push(detail.body);
  }
  if (tasks.length < 5) throw new Error(`only ${tasks.length} suitable tasks in the demo data`);
  const taskIds = tasks.map((t) => t.id);
  const initial = Object.fromEntries(
    (await db.query(`SELECT id, version FROM tasks WHERE id = ANY($1)`, [taskIds])).map((r) => [
      r.id,
      r.version,
    ]),
  );
  const milestones = tasks.flatMap((t) => t.milestones.map((m) => ({ taskId: t.id, id: m.id })));
  const initialMs = Object.fromEntries(
    (await db.query(`SELECT id, version FROM milestones WHERE task_id = ANY($1)`, [taskIds])).map((r) => [
      r.id,
      r.version,
    ]),
  );

  // What the server acknowledged, per row: [{ version, ...what was written }]
  const ackTask = Object.fromEntries(taskIds.map((id) => [id, []]));
  const ackMs = Object.fromEntries(milestones.map((m) => [m.id, []]));
  const ackReport = {}; // id -> { taskId, period, created: version, acks: [{version, status}] }
  const tally = new Tally();

  const users = await Promise.all(
    Array.from({ length: clients }, (_, i) => new Client(app.baseUrl).login(i % 4 === 0 ? 'head' : 'staff')),
  );
  log(`concurrency: ${clients} clients on tasks ${tasks.map((t) => t.code).join(', ')} for ${seconds} s`);

  const deadline = Date.now() + seconds * 1000;
  const known = { task: {}, ms: {} }; // last versions each client believes (shared: a hint, not the truth)

  const worker = async (client, n) => {
    const isHead = client.me.role === 'unit_head';
    const myDrafts = [];
    let k = 0;
    while (Date.now() < deadline) {
      k++;
      const r = Math.random();
      if (r < 0.5) {
        // edit a task at the version we believe is current
        const t = pick(tasks);
        const version = known.task[t.id] ?? initial[t.id];
        const title = `压测编辑 c${n} #${k}`;
        const res = await client.request('PATCH', `/api/tasks/${t.id}`, { version, title });
        tally.add('PATCH task', res);
        if (res.status === 200) {
          if (res.body.version !== version + 1)
            violations.push(`task ${t.code}: sent version ${version}, acknowledged ${res.body.version}`);
          ackTask[t.id].push({ version: res.body.version, title });
          known.task[t.id] = Math.max(known.task[t.id] ?? 0, res.body.version);
        } else if (res.status === 409) {
          const current = res.body?.details?.current?.version;
          if (typeof current === 'number') known.task[t.id] = Math.max(known.task[t.id] ?? 0, current);
        }
      } else if (r < 0.7) {
        // complete a milestone, or reopen a done one
        const m = pick(milestones);
        let version = known.ms[m.id] ?? initialMs[m.id];
        const reopen = Math.random() < 0.5;
        const res = reopen
          ? await client.request('PATCH', `/api/tasks/${m.taskId}/milestones/${m.id}`, {
              version,
              doneDate: null,
            })
          : await client.request('POST', `/api/tasks/${m.taskId}/milestones/${m.id}/complete`, { version });
        tally.add(reopen ? 'reopen milestone' : 'complete milestone', res);
        if (res.status === 200) {
          if (res.body.version !== version + 1)
            violations.push(`milestone ${m.id}: sent version ${version}, acknowledged ${res.body.version}`);
          ackMs[m.id].push({ version: res.body.version, doneDate: res.body.doneDate ?? null });
          known.ms[m.id] = Math.max(known.ms[m.id] ?? 0, res.body.version);
        } else if (res.status === 409) {
          const current = res.body?.details?.current?.version;
          if (typeof current === 'number') known.ms[m.id] = Math.max(known.ms[m.id] ?? 0, current);
          else version = undefined;
          if (version === undefined) {
            const fresh = await client.request('GET', `/api/tasks/${m.taskId}/milestones`);
            const row = fresh.status === 200 ? fresh.body.find?.((x) => x.id === m.id) : null;
            if (row) known.ms[m.id] = row.version;
          }
        }
      } else if (isHead && Math.random() < 0.5) {
        // the unit head returns a submitted report, which frees its (task, period) for a new filing
        const queue = await client.request('GET', '/api/reporting/review-queue');
        const items = Array.isArray(queue.body) ? queue.body : (queue.body?.items ?? []);
        const mine = items.map((x) => x.report ?? x).filter((x) => taskIds.includes(x.taskId));
        if (mine.length === 0) continue;
        const rep = pick(mine);
        const id = rep.id;
        const res = await client.request('POST', `/api/reports/${id}/return`, {
          version: rep.version,
          comment: `压测退回 c${n}`,
        });
        tally.add('return report', res);
        if (res.status === 200)
          (ackReport[id] ??= { acks: [] }).acks.push({ version: res.body.version, status: 'returned' });
      } else if (myDrafts.length > 0 && Math.random() < 0.5) {
        const d = myDrafts.shift();
        const res = await client.request('POST', `/api/reports/${d.id}/submit`, { version: d.version });
        tally.add('submit report', res);
        if (res.status === 200) ackReport[d.id].acks.push({ version: res.body.version, status: 'submitted' });
      } else {
        const t = pick(tasks);
        const period = pick(periods);
        const submit = Math.random() < 0.4;
        const res = await client.request('POST', `/api/tasks/${t.id}/reports`, {
          period,
          reportedState: 'in_progress',
          progress: Math.floor(Math.random() * 100),
          achievements: `压测报送 c${n} #${k} 🚀𠀀`,
          submit,
        });
        tally.add('file report', res);
        if (res.status === 201) {
          const entry = (ackReport[res.body.id] ??= { acks: [] });
          Object.assign(entry, {
            taskId: t.id,
            period,
            created: res.body.version,
            createdStatus: res.body.status,
            text: `压测报送 c${n} #${k} 🚀𠀀`,
          });
          if (!submit) myDrafts.push({ id: res.body.id, version: res.body.version });
        }
      }
    }
  };
  const started = Date.now();
  await Promise.all(users.map((u, n) => worker(u, n)));
  const elapsed = (Date.now() - started) / 1000;
  await sleep(200);

  // ---- checks against the database (owner connection)
  const final = Object.fromEntries(
    (await db.query(`SELECT id, code, version, title FROM tasks WHERE id = ANY($1)`, [taskIds])).map((r) => [
      r.id,
      r,
    ]),
  );
  let taskEdits = 0;
  for (const id of taskIds) {
    const acks = ackTask[id];
    taskEdits += acks.length;
    const versions = acks.map((a) => a.version).sort((a, b) => a - b);
    const expected = Array.from({ length: acks.length }, (_, i) => initial[id] + i + 1);
    if (JSON.stringify(versions) !== JSON.stringify(expected))
      violations.push(
        `task ${final[id].code}: acknowledged versions are not ${initial[id] + 1}…${initial[id] + acks.length} each once`,
      );
    if (final[id].version !== initial[id] + acks.length)
      violations.push(
        `task ${final[id].code}: version ${final[id].version}, expected ${initial[id]} + ${acks.length} edits`,
      );
    const last = acks.find((a) => a.version === final[id].version);
    if (acks.length && (!last || last.title !== final[id].title))
      violations.push(`task ${final[id].code}: the last acknowledged title is not the stored one`);
  }
  const msFinal = Object.fromEntries(
    (
      await db.query(
        `SELECT id, version, done_date::text AS "doneDate" FROM milestones WHERE task_id = ANY($1)`,
        [taskIds],
      )
    ).map((r) => [r.id, r]),
  );
  for (const m of milestones) {
    const acks = ackMs[m.id];
    const row = msFinal[m.id];
    if (!row) {
      violations.push(`milestone ${m.id} is gone`);
      continue;
    }
    const versions = new Set(acks.map((a) => a.version));
    if (versions.size !== acks.length) violations.push(`milestone ${m.id}: a version was acknowledged twice`);
    if (row.version !== initialMs[m.id] + acks.length)
      violations.push(
        `milestone ${m.id}: version ${row.version}, expected ${initialMs[m.id]} + ${acks.length}`,
      );
    const last = acks.find((a) => a.version === row.version);
    if (acks.length && (!last || (last.doneDate ?? null) !== (row.doneDate ?? null)))
      violations.push(`milestone ${m.id}: the last acknowledged done date is not the stored one`);
  }
  const reportIds = Object.keys(ackReport);
  const reports = Object.fromEntries(
    (
      await db.query(
        `SELECT id, task_id AS "taskId", period, status, version, achievements FROM progress_reports WHERE id = ANY($1::uuid[])`,
        [reportIds],
      )
    ).map((r) => [r.id, r]),
  );
  let filed = 0;
  for (const [id, a] of Object.entries(ackReport)) {
    const row = reports[id];
    if (a.created !== undefined) filed++;
    if (!row) {
      violations.push(`report ${id} was acknowledged but is not in the database`);
      continue;
    }
    if (a.created === undefined) continue; // returned a report filed before the run (demo data)
    if (row.taskId !== a.taskId || row.period !== a.period || row.achievements !== a.text)
      violations.push(`report ${id}: stored task/period/text differ from what was acknowledged`);
    if (row.version !== a.created + a.acks.length)
      violations.push(`report ${id}: version ${row.version}, expected ${a.created} + ${a.acks.length}`);
    const last = a.acks.at(-1);
    const lastByVersion = a.acks.find((x) => x.version === row.version);
    if (last && (!lastByVersion || lastByVersion.status !== row.status))
      violations.push(`report ${id}: status ${row.status}, last acknowledged ${lastByVersion?.status}`);
  }
  const doubles = await db.query(
    `SELECT task_id, period, count(*)::int AS n FROM progress_reports WHERE status <> 'returned'
      GROUP BY task_id, period HAVING count(*) > 1`,
  );
  for (const d of doubles) violations.push(`task ${d.task_id} has ${d.n} live reports for ${d.period}`);
  if (tally.server > 0)
    violations.push(`${tally.server} answers were 5xx: ${tally.fiveHundreds.join(' | ')}`);
  if (tally.network > 0) violations.push(`${tally.network} requests got no answer`);

  log(
    `concurrency: ${tally.line()} in ${elapsed.toFixed(1)} s (${(tally.attempted / elapsed).toFixed(0)} writes/s)`,
  );
  log(`concurrency: answers ${JSON.stringify(tally.codes)}`);
  log(`concurrency: per operation ${JSON.stringify(tally.byOp)}`);
  log(
    `concurrency: acknowledged ${taskEdits} task edits, ${Object.values(ackMs).flat().length} milestone changes, ${filed} reports filed; live-report pairs checked, ${doubles.length} doubles`,
  );
  return { name: 'concurrency', violations, tally, summary: tally.line() };
}
