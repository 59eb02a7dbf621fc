import type { ReportPageApi } from '../../shared/host/reportPageApi';

// The report page puts its functions on the window, where whoever prints it finds them.
declare global {
  interface Window {
    outsideInReport?: ReportPageApi;
  }
}
