import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { WorkbenchPage } from './support/workbenchPage';

// Recovery copies the browser edition cannot restore (damaged, or kept by a newer version) are
// offered for what they are, and many copies come a page at a time.

let workbench: WorkbenchPage;

test.beforeEach(async ({ page }) => {
  workbench = new WorkbenchPage(page);
  page.on('dialog', (dialog) => void dialog.accept());
  await workbench.goto();
});

/** Puts records into the page's IndexedDB recovery store, as an older session (or a newer version) left them. */
async function putRecoveryRecords(page: Page, records: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    (entries) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('outside-in', 1);
        request.onupgradeneeded = () => {
          for (const store of ['recovery', 'preferences', 'recent']) if (!request.result.objectStoreNames.contains(store)) request.result.createObjectStore(store);
        };
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const transaction = request.result.transaction('recovery', 'readwrite');
          for (const [key, value] of Object.entries(entries)) transaction.objectStore('recovery').put(value, key);
          transaction.oncomplete = () => {
            request.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    records,
  );
}

const offer = () => workbench.page.getByRole('region', { name: 'Unsaved changes from last time' });
const NEWER_MAP = '{"format":"outside-in.journey","version":9,"map":{}}';

test('a damaged copy and one a newer version kept are offered for what they are, downloaded on request, and go only when discarded', async ({ page }) => {
  await putRecoveryRecords(page, {
    bad: { documentId: 'bad', title: 17, text: null },
    later: { version: 2, documentId: 'later', title: 'Claim', fileName: null, updatedAt: '2026-05-02T12:00:00.000Z', text: NEWER_MAP, ref: null, stamp: 0 },
  });
  await page.reload();
  const damaged = offer().getByRole('listitem', { name: 'A recovery copy' });
  const newer = offer().getByRole('listitem', { name: 'Claim' });
  await expect(damaged).toContainText('The recovery copy is damaged');
  await expect(newer).toContainText('A newer version of Outside-In kept this recovery copy');
  await workbench.screenshot('test-results/screenshots/recovery-unreadable.png');

  const download = page.waitForEvent('download');
  await newer.getByRole('button', { name: 'Download' }).click();
  expect((await download).suggestedFilename()).toBe('Claim.journey');
  expect(await readFile(await (await download).path(), 'utf8')).toBe(NEWER_MAP);
  // Handed over, it stays offered: only Discard removes it.
  await expect(newer).toBeVisible();

  await damaged.getByRole('button', { name: 'Discard' }).click();
  await expect(damaged).toBeHidden();
  await page.reload();
  await expect(offer().getByRole('listitem', { name: 'Claim' })).toBeVisible();
  await expect(offer().getByRole('listitem', { name: 'A recovery copy' })).toBeHidden();
});

test('many copies come a page at a time: the newest first, then Show More', async ({ page }) => {
  const records: Record<string, unknown> = {};
  for (let index = 0; index < 24; index++) {
    const documentId = `copy${index}`;
    records[documentId] = { version: 1, documentId, title: `Map ${index}`, fileName: null, updatedAt: new Date(Date.now() - index * 60_000).toISOString(), text: '{}', ref: null, stamp: 0 };
  }
  await putRecoveryRecords(page, records);
  await page.reload();
  await expect(offer()).toContainText('24 maps had unsaved changes');
  await expect(offer().getByRole('listitem')).toHaveCount(20);
  await expect(offer()).toContainText('4 more not shown.');
  await offer().getByRole('button', { name: 'Show More' }).click();
  await expect(offer().getByRole('listitem')).toHaveCount(24);
  await expect(offer().getByRole('listitem').last()).toHaveAccessibleName('Map 23');
  await expect(offer().getByRole('button', { name: 'Show More' })).toBeHidden();
});
