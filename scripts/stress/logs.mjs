// The app's output from every run holds no password, session cookie or CSRF token: the logs go to
// people (and log stores) who must not be able to take over a session.
import { OUTPUTS, SECRETS } from './lib.mjs';

export function checkLogs() {
  const violations = [];
  const text = OUTPUTS.join('\n');
  const lines = text.split('\n').length;
  let found = 0;
  for (const secret of SECRETS) {
    if (!secret || secret.length < 8) continue;
    if (text.includes(secret)) {
      found++;
      const at = text.indexOf(secret);
      violations.push(
        `a secret appears in the logs: …${text.slice(Math.max(0, at - 80), at).replace(/\s+/g, ' ')}[secret]`,
      );
    }
  }
  if (/"cookie"\s*:\s*"luoshi_session=/i.test(text)) violations.push('a Cookie header is logged');
  if (/set-cookie"\s*:\s*"luoshi_session=/i.test(text)) violations.push('a Set-Cookie header is logged');
  if (lines < 10) violations.push(`only ${lines} lines of output: the check would prove nothing`);
  return {
    name: 'logs',
    violations,
    summary: `${lines} log lines from ${OUTPUTS.length} app processes searched for ${SECRETS.size} secrets (passwords, session tokens, CSRF tokens): ${found} found`,
  };
}
