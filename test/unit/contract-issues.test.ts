// The contract's refusals (shared/contract/issue-words.ts) in the UI language: every sentence main or a schema
// writes is recognised by its template and worded from errors:contract.<key>, its values too when they are the
// contract's phrases or sentences; the English resources are the templates themselves.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { wordContractIssue } from '../../renderer/src/api/contract-issues.js';
import { endpointDetail } from '../../renderer/src/api/endpoint-words.js';
import { endpointText, endpointWords, type EndpointWord } from '../../shared/contract/endpoint-words.js';
import { issueProblem, wordZodIssue } from '../../renderer/src/api/zod-issues.js';
import { issuePhrases, issueText, issueWords, type IssueKey } from '../../shared/contract/issue-words.js';
import { volumeOps } from '../../shared/contract/volumes.js';
import { parseImageRef } from '../../shared/image-ref.js';
import { RunSpec } from '../../shared/run-spec.js';
import { testT } from '../support/i18n.js';

const read = (file: string) => JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../../renderer/src/i18n/locales/en', file), 'utf8')) as unknown;
const english = read('errors.json') as { contract: Record<string, string>; contractPhrase: Record<string, string> };

describe('contract refusals in the UI language', () => {
  test('the English resources are the contract’s templates and phrases, word for word', () => {
    assert.deepEqual(english.contract, { ...issueWords });
    assert.deepEqual(english.contractPhrase, { ...issuePhrases });
  });

  test('in English, every sentence reads back exactly as main wrote it (quotes and apostrophes included)', async () => {
    const t = await testT('errors');
    for (const key of Object.keys(issueWords) as IssueKey[]) {
      const sentence = issueText(key, { text: 'A b', rest: 'x:y/z', max: 255, length: 300, input: 'web@sha256:ab', port: 'x', host: 'h:x', name: 'n', path: 'Web', part: '-x', tag: '.t', digest: 'd', what: issuePhrases.aPath, where: issuePhrases.theContainer, dots: '..', problem: issueText('fileNameMissing') });
      assert.equal(wordContractIssue(sentence, t), sentence, key);
    }
    assert.equal(wordContractIssue('something main never says', t), null);
  });

  test('in 简体中文, the image reference parser’s reasons, with their values', async () => {
    const t = await testT('errors', 'zh-CN');
    const reason = parseImageRef('Team/Web:1');
    assert.equal(reason.ok, false);
    assert.equal(wordContractIssue(reason.ok ? '' : reason.error, t), '仓库名称中不允许大写字母：“Team/Web”');
  });

  test('in 简体中文, the run spec’s issues: phrases and nested sentences are worded too', async () => {
    const t = await testT('errors', 'zh-CN');
    const parsed = RunSpec.safeParse({ image: 'busybox', name: '-x', mounts: [{ type: 'bind', source: 'relative', target: 'data' }] });
    assert.equal(parsed.success, false);
    const words = new Map(parsed.error!.issues.map((issue) => [issue.path.join('.'), issueProblem(issue, t)]));
    assert.equal(words.get('name'), '名称须以字母或数字开头，只能包含字母、数字、_ . -');
    assert.equal(words.get('mounts.0.target'), '需要容器内的绝对路径（以“/”开头）');
    assert.equal(words.get('mounts.0.source'), '绑定挂载的来源：需要引擎所在机器上的绝对路径（/…、C:\\… 或 \\\\server\\…）');
  });

  test('main’s INVALID_INPUT issues (path and English message only) are worded the same way', async () => {
    const t = await testT('errors', 'zh-CN');
    const parsed = volumeOps['volumes.create'].input.safeParse({ name: '-bad' });
    assert.equal(parsed.success, false);
    const fromMain = { path: ['name'], message: parsed.error!.issues[0]!.message };
    assert.match(wordZodIssue(fromMain, t), /^name.*不是有效的数据卷名称/);
  });
});

describe('how an engine was found, in the UI language', () => {
  test('the English resources are main’s templates, and read back word for word', async () => {
    assert.deepEqual((read('common.json') as { endpoint: Record<string, string> }).endpoint, { ...endpointWords });
    const t = await testT('common');
    for (const key of Object.keys(endpointWords) as EndpointWord[]) {
      const detail = endpointText(key, { name: 'colima', kind: 'dockerd' });
      assert.equal(endpointDetail({ detail }, t), detail, key);
    }
  });

  test('in 简体中文, with the values kept; a detail main words otherwise is shown as it is', async () => {
    const t = await testT('common', 'zh-CN');
    assert.equal(endpointDetail({ detail: endpointText('launchFlag') }, t), '启动时用 --engine 指定');
    assert.equal(endpointDetail({ detail: endpointText('saved', { name: 'build box' }) }, t), '“build box”，在 Berth 中选择');
    assert.equal(endpointDetail({ detail: 'something newer' }, t), 'something newer');
  });
});
