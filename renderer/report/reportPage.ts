import { createElement } from 'react';
import { flushSync } from 'react-dom';
import type { Root } from 'react-dom/client';
import { analysisOf } from '../store/analysisOf';
import { parse } from '../../shared/format/parse';
import type { Problem } from '../../shared/format/problem';
import type { JourneyMap } from '../../shared/model/journeyMap';
import { isoDay } from '../../shared/report/isoDay';
import { reportOptionsSchema, type ReportOptions } from '../../shared/report/reportOptions';
import type { ReportPageApi, ReportRendered } from '../../shared/host/reportPageApi';
import type {} from './reportApi';
import { ReportView } from './ReportView';
import { pageStyle } from './pageStyle';

const describeProblem = (problem: Problem): string => (problem.path === '$' ? problem.message : `${problem.message} (at ${problem.path})`);

/** Resolves after the browser has painted twice: the second frame follows the layout of the first. */
const twoFrames = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** Bytes as base64, in slices, because one call of String.fromCharCode takes a limited number of arguments. */
function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

/**
 * Puts `window.outsideInReport` on the page (reportApi.ts). Each render replaces the report: the
 * map and options of the last successful render are what svg() and png() export.
 */
export function exposeReportPage(root: Root, pageRule: HTMLStyleElement): void {
  let shown: JourneyMap | null = null;
  const shownMap = (): JourneyMap => {
    if (!shown) throw new Error('No report has been rendered yet: call render() first.');
    return shown;
  };

  const api: ReportPageApi = {
    async render(journeyText: string, options: ReportOptions): Promise<ReportRendered> {
      const checkedOptions = reportOptionsSchema.safeParse(options);
      if (!checkedOptions.success) return { ok: false, message: `The report options are not valid: ${checkedOptions.error.issues[0]?.message ?? 'unknown problem'}.` };
      const loaded = parse(journeyText);
      if (!loaded.ok) return { ok: false, message: describeProblem(loaded.problems[0]!) };

      const map = loaded.value;
      const compared = checkedOptions.data.compare ? parse(checkedOptions.data.compare.before) : null;
      if (compared && !compared.ok) return { ok: false, message: `The map compared with cannot be read: ${describeProblem(compared.problems[0]!)}` };
      const title = map.title || 'Untitled map';
      const analysis = analysisOf(map);
      pageRule.textContent = pageStyle(checkedOptions.data, title);
      document.title = title;
      flushSync(() => root.render(createElement(ReportView, { map, analysis, options: checkedOptions.data, isoDate: checkedOptions.data.date ?? isoDay(new Date()), ...(compared ? { before: compared.value } : {}) })));
      shown = map;
      await document.fonts.ready;
      await twoFrames();
      return { ok: true, title };
    },
    // The painters of the files load on first use: printing the report needs neither react-dom/server
    // nor the fonts as base64, and leaving them out of the page's start makes every PDF quicker.
    svg: async () => (await import('./standaloneSvg')).mapSvgDocument(shownMap()),
    png: async (scale: number) => base64Of(await (await import('./mapPng')).mapPng(shownMap(), scale)),
  };
  window.outsideInReport = api;
}
