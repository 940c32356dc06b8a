// Scores the rule recogniser on a labelled corpus file: precision and recall per label.
import fs from 'node:fs';
import path from 'node:path';
import { recognize } from '../../server/src/models/agents/recognize.js';

export const LABELS = ['production', 'keys', 'errors', 'timeout', 'audit', 'contra', 'weak'] as const;
export type Label = (typeof LABELS)[number];

export interface Entry { labels: Set<Label>; text: string; line: number; section: string }
export interface Score { label: Label; tp: number; fp: number; fn: number; precision: number; recall: number; support: number }

export function loadCorpus(name: string): Entry[] {
  const file = path.join(path.dirname(new URL(import.meta.url).pathname), 'corpus', name);
  const out: Entry[] = [];
  let section = '';
  fs.readFileSync(file, 'utf8').split('\n').forEach((raw, i) => {
    if (raw.startsWith('#')) section = raw.slice(1).trim();
    if (!raw.trim() || raw.startsWith('#')) return;
    const tab = raw.indexOf('\t');
    if (tab < 0) throw new Error(`${name}:${i + 1}: no tab between labels and text`);
    const labels = raw.slice(0, tab).trim();
    const set = new Set<Label>(labels === '-' ? [] : (labels.split(',') as Label[]));
    for (const l of set) if (!LABELS.includes(l)) throw new Error(`${name}:${i + 1}: unknown label ${l}`);
    out.push({ labels: set, text: raw.slice(tab + 1).trim(), line: i + 1, section });
  });
  return out;
}

export function predict(text: string): Set<Label> {
  const r = recognize(text);
  const out = new Set<Label>(r.concepts);
  if (r.contradiction) out.add('contra');
  if (r.weak) out.add('weak');
  return out;
}

export function score(entries: Entry[]): { scores: Score[]; errors: string[] } {
  const errors: string[] = [];
  const counts = new Map<Label, { tp: number; fp: number; fn: number }>(LABELS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]));
  for (const e of entries) {
    const p = predict(e.text);
    for (const l of LABELS) {
      const c = counts.get(l)!;
      if (p.has(l) && e.labels.has(l)) c.tp++;
      else if (p.has(l)) { c.fp++; errors.push(`line ${e.line}: extra ${l}: ${e.text}`); }
      else if (e.labels.has(l)) { c.fn++; errors.push(`line ${e.line}: missed ${l}: ${e.text}`); }
    }
  }
  const scores = LABELS.map((label) => {
    const { tp, fp, fn } = counts.get(label)!;
    return { label, tp, fp, fn, support: tp + fn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
  });
  return { scores, errors };
}

export function table(title: string, scores: Score[]): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  return [`${title}`, 'label       support  precision  recall', ...scores.map((s) => `${s.label.padEnd(11)} ${String(s.support).padStart(7)}  ${pct(s.precision)}   ${pct(s.recall)}`)].join('\n');
}
