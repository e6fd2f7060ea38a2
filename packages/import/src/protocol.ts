import type { ColumnMapping } from './fields';
import type { AnalysisView, MrrSummary, Progress } from './session';
import type { FileSummary, ImportResult, ImportSettings } from './types';

/** Messages from the page to the import worker. */
export type WorkerRequest =
  | { type: 'load'; id: number; file: Blob; fileName: string; settings: ImportSettings }
  | { type: 'load-mrr'; id: number; file: Blob; fileName: string; settings: ImportSettings }
  | { type: 'clear-mrr'; id: number }
  | { type: 'analyse'; id: number; mapping: ColumnMapping; settings: ImportSettings; locale: string }
  | { type: 'result'; id: number };

/** Messages from the import worker to the page; `id` is the request's. */
export type WorkerResponse =
  | { type: 'progress'; id: number; progress: Progress }
  | { type: 'loaded'; id: number; summary: FileSummary }
  | { type: 'mrr-loaded'; id: number; mrr: MrrSummary | null }
  | { type: 'analysed'; id: number; analysis: AnalysisView }
  | { type: 'result'; id: number; result: ImportResult }
  | { type: 'failed'; id: number; message: string };
