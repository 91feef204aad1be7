/**
 * How a notice looks (its tone), whatever the language: good news, information, a warning or an
 * error. Words live in the language modules; this is the one place that decides the colour.
 */
import type { Notice } from '../../store';

export type Tone = 'info' | 'good' | 'warning' | 'error';

const TONES: Partial<Record<Notice['kind'], Tone>> = {
  'solved-without-par': 'good',
  refused: 'warning',
  'missed-drop': 'warning',
  'no-such-level': 'warning',
  'no-such-day': 'warning',
  'saved-data-damaged': 'warning',
  'saved-data-newer': 'warning',
  'not-saved': 'warning',
  'solver-failed': 'error',
};

export function toneOf(notice: Notice): Tone {
  if (notice.kind === 'coach') return notice.cost === 0 ? 'good' : 'warning';
  // Another board was opened instead: a warning; nothing was opened: an error.
  if (notice.kind === 'link-invalid') return notice.fallback ? 'warning' : 'error';
  return TONES[notice.kind] ?? 'info';
}
