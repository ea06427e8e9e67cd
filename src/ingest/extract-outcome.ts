import type { ExtractedPaper } from '../domain/model.js';
import { extractPaper } from './extract/index.js';

export interface ExtractionRequest {
  id: string;
  title: string;
  abstract: string;
}

/** One paper's extraction, or why it failed: one bad paper must not sink its batch. */
export type ExtractionOutcome = { ok: true; paper: ExtractedPaper } | { ok: false; error: string };

export function extractOutcome(request: ExtractionRequest): ExtractionOutcome {
  try {
    return { ok: true, paper: extractPaper(request) };
  } catch (error) {
    return { ok: false, error: `extraction failed: ${(error as Error).message}` };
  }
}
