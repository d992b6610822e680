import t from 'tap'
import { webhookTargetProblem } from '../../../services/assessment/domain/webhook-target.ts'

t.test('without an allow-list: https to outside hosts only', async (t) => {
  t.equal(webhookTargetProblem('https://reporting.example.gov/inbox', null), null)
  t.equal(webhookTargetProblem('https://203.0.113.7/inbox', null), null)
  for (const url of [
    'http://reporting.example.gov/inbox',
    'https://localhost/x',
    'https://127.0.0.1/x',
    'https://10.1.2.3/x',
    'https://172.20.0.5/x',
    'https://192.168.1.1/x',
    'https://169.254.169.254/latest/meta-data',
    'https://[::1]/x',
    'https://[fd00::1]/x',
    'https://[::ffff:127.0.0.1]/x',
    'https://localhost./x',
    'https://100.100.100.200/x',
    'https://[64:ff9b::a9fe:a9fe]/x',
    'not a url',
  ]) {
    t.type(webhookTargetProblem(url, null), 'string', url)
  }
  t.equal(webhookTargetProblem('https://172.32.0.1/x', null), null, '172.32/16 is not private')
})

t.test('with an allow-list: exact hosts, domain suffixes, or any', async (t) => {
  const allowed = ['127.0.0.1', '.ministry.gov']
  t.equal(webhookTargetProblem('http://127.0.0.1:8080/hook', allowed), null, 'http allowed to a listed host')
  t.equal(webhookTargetProblem('https://reporting.ministry.gov/in', allowed), null)
  t.match(webhookTargetProblem('https://evil.example/in', allowed), /not in WEBHOOK_ALLOWED_HOSTS/)
  t.match(webhookTargetProblem('https://ministry.gov.evil.example/in', allowed), /not in/)
  t.equal(webhookTargetProblem('http://anything.example/in', ['*']), null)
})
