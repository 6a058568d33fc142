/**
 * The review app in a real browser: playwright-core driving Debian's chromium headless. Log in,
 * upload the fixture reports, open the matrix, dismiss a flag with a reason, reprocess the
 * report, and find the decision still there. Saves screenshots of the matrix, the flag page and
 * the report page to docs/screenshots/ (referenced from the README).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../src/server/accounts.ts';
import { buildApp } from '../../src/server/app.ts';
import { createInlineBridge, type PipelineBridge } from '../../src/server/pipeline-bridge.ts';
import { openStore, type Store } from '../../src/store/index.ts';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const ROOT = join(import.meta.dirname, '../..');
const SHOTS = join(ROOT, 'docs/screenshots');
const REPORTS = join(ROOT, 'fixtures/reports');
/** Reports with planted problems, so the matrix and the queue have errors to show. */
const WITH_FLAGS = [
  'sum-mismatch-1-so-xay-dung-binh-dinh.docx',
  'rate-mismatch-1-so-gtvt-ha-tinh.docx',
  'difference-mismatch-1-so-vhttdl-thanh-hoa.docx',
  'period-regression-1-q1-so-tu-phap-da-nang.docx',
  'period-regression-2-h1-so-tu-phap-da-nang.docx',
  'conflicting-values-1-so-nnptnt-an-giang.docx',
];

let dir = '';
let store: Store;
let bridge: PipelineBridge;
let app: FastifyInstance;
let context: BrowserContext;
let page: Page;
let base = '';
/** The rules version in force: changed before reprocessing, as after a deploy of new rules. */
let rules = 'r-browser-1';

describe.skipIf(!HAVE_CHROMIUM)(`review app in chromium${HAVE_CHROMIUM ? '' : ` (skipped: ${CHROMIUM} is not installed — apt-get install -y chromium)`}`, () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'solieu-browser-'));
    store = await openStore(join(dir, 'store.db'));
    bridge = createInlineBridge(store, { rulesVersion: () => rules });
    app = await buildApp({ store, bridge, secret: 'z'.repeat(40) });
    await addUser(store, { name: 'quan.tri', role: 'admin', password: 'mat-khau-quan-tri' }, 'test');
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport: { width: 1600, height: 900 },
      locale: 'vi-VN',
    });
    page = context.pages()[0] ?? (await context.newPage());
    mkdirSync(SHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await app?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('logs in', async () => {
    await page.goto(`${base}/`);
    expect(page.url()).toContain('/login');
    await page.fill('input[name="name"]', 'quan.tri');
    await page.fill('input[name="password"]', 'mat-khau-quan-tri');
    await page.click('button[type="submit"]');
    await page.waitForURL(`${base}/`);
    await expect(page.locator('.who').textContent()).resolves.toContain('quan.tri');
  }, 60_000);

  it('uploads the fixture reports and watches them to the end', async () => {
    const files = [
      ...readdirSync(REPORTS).filter((f) => f.endsWith('.docx')).map((f) => join(REPORTS, f)),
      ...WITH_FLAGS.map((f) => join(REPORTS, 'flags', f)),
    ];
    await page.goto(`${base}/upload`);
    await page.setInputFiles('#file-input', files);
    await expect(page.locator('.chosen').textContent()).resolves.toContain(`Đã chọn ${files.length} tệp`);
    await page.click('#upload-button');
    await page.waitForSelector('#upload-status[data-done="true"]', { timeout: 150_000 });
    const statuses = await page.locator('#upload-status tbody td.status').allTextContents();
    expect(statuses).toHaveLength(files.length);
    expect(statuses.every((s) => s === 'Đã trích xuất' || s === 'Có cảnh báo')).toBe(true);
  }, 180_000);

  it('opens the matrix', async () => {
    await page.goto(`${base}/`);
    const matrix = page.locator('#matrix');
    await expect(matrix.textContent()).resolves.toContain('Sở Xây dựng (Bình Định)');
    await expect(matrix.locator('td.has-errors').count()).resolves.toBeGreaterThan(0);
    await expect(matrix.locator('td.missing').count()).resolves.toBeGreaterThan(0);
    // one year at a time, as an analyst would look at it
    await page.selectOption('select[name="year"]', '2023');
    await page.click('form.filters button[type="submit"]');
    await page.waitForURL(/year=2023/);
    await expect(page.locator('#matrix thead').textContent()).resolves.not.toContain('2022');
    await page.screenshot({ path: join(SHOTS, 'matrix.png'), fullPage: true });
  }, 60_000);

  it('dismisses a flag with a reason, reprocesses, and the decision is still there', async () => {
    // from the matrix to the report to the flag
    const row = page.locator('#matrix tr', { hasText: 'Sở Xây dựng (Bình Định)' });
    await row.locator('td.has-errors a').first().click();
    await page.waitForURL(/\/reports\/\d+$/);
    const reportUrl = page.url();
    await page.locator('#report-flags a', { hasText: 'Tổng các lĩnh vực' }).first().click();
    await page.waitForURL(/\/flags\/[0-9a-f]+$/);
    const flagUrl = page.url();
    await expect(page.locator('.excerpt mark').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.excerpt strong.figure').count()).resolves.toBeGreaterThan(1);

    await page.check('input[name="decision"][value="dismissed"]');
    await expect(page.locator('.value-field').isHidden()).resolves.toBe(true);
    await page.fill('textarea[name="reason"]', 'Đã đối chiếu sổ tiếp nhận: tổng 420 đúng, lĩnh vực Nhà ở ghi nhầm 118');
    await page.screenshot({ path: join(SHOTS, 'flag.png'), fullPage: true });
    await page.click('#review-form button[type="submit"]');
    await page.waitForURL(/\?saved=1$/);
    await expect(page.locator('#flag-status').textContent()).resolves.toContain('Đã bỏ qua');

    await page.goto(reportUrl);
    rules = 'r-browser-2';
    await page.click('#reprocess-button');
    await page.waitForURL(/\?reprocess=1$/);
    await bridge.idle();
    await page.goto(reportUrl);
    await expect(page.locator('#versions').textContent()).resolves.toContain('2 (hiện hành)');
    await page.screenshot({ path: join(SHOTS, 'report.png'), fullPage: true });

    await page.goto(flagUrl);
    const status = await page.locator('#flag-status').textContent();
    expect(status).toContain('Đã bỏ qua');
    expect(status).toContain('lĩnh vực Nhà ở ghi nhầm 118');
    await expect(page.locator('#review-history tbody tr').count()).resolves.toBe(1);
  }, 120_000);

  it('report text never runs as script', async () => {
    const pwned = await page.evaluate('window.__pwned');
    expect(pwned).toBeUndefined();
  });
});
