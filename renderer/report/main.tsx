import { createRoot } from 'react-dom/client';
import { DEFAULT_REPORT_OPTIONS } from '../../shared/report/reportOptions';
import { loadFonts } from '../theme/loadFonts';
import { pageStyle } from './pageStyle';
import { exposeReportPage } from './reportPage';
import '../theme/fonts.css';
import './report.css';

// The report page shows nothing until whoever prints it calls window.outsideInReport.render().
const container = document.getElementById('report');
if (!container) throw new Error('report.html has no #report element.');
const pageRule = document.createElement('style');
pageRule.id = 'report-page-rule';
pageRule.textContent = pageStyle(DEFAULT_REPORT_OPTIONS, 'Outside-In');
document.head.append(pageRule);
await loadFonts();
exposeReportPage(createRoot(container), pageRule);
