/**
 * `--profile-typing=DIR`: where the keystroke benchmark's time goes. Each editor's rounds are
 * recorded as a Chromium trace (written to DIR, for the DevTools Performance panel), and only
 * the measured windows (the `keystroke` user-timing measures that the benchmark then adds) are
 * summarised: JavaScript self time by function, and the renderer's own work (style, layout,
 * paint, event dispatch) by trace event.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';

/** The trace categories: the DevTools timeline, sampled JavaScript, user timing. */
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
];

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  id2?: { local?: string };
  args?: {
    data?: {
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** Milliseconds by name, summed over the keystrokes of one editor. */
class Tally {
  readonly js = new Map<string, number>();
  readonly renderer = new Map<string, number>();
  keystrokes = 0;
  windowMs = 0;
  /** Keystrokes during which the renderer painted a frame (it waited for that frame). */
  withFrame = 0;

  add(map: Map<string, number>, name: string, ms: number): void {
    map.set(name, (map.get(name) ?? 0) + ms);
  }
}

function windowsOf(events: TraceEvent[]): { start: number; end: number; pid: number }[] {
  const begins = new Map<string, TraceEvent>();
  const windows: { start: number; end: number; pid: number }[] = [];
  for (const e of events) {
    if (e.name !== 'keystroke' || !e.cat.includes('blink.user_timing')) continue;
    const id = `${e.pid}:${e.id ?? e.id2?.local ?? ''}`;
    if (e.ph === 'b') begins.set(id, e);
    else if (e.ph === 'e') {
      const begin = begins.get(id);
      if (begin) windows.push({ start: begin.ts, end: e.ts, pid: e.pid });
    }
  }
  return windows.sort((a, b) => a.start - b.start);
}

/** Which window (index) holds `ts`, by binary search; -1 if none. */
function windowAt(windows: { start: number; end: number }[], ts: number): number {
  let lo = 0;
  let hi = windows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = windows[mid]!;
    if (ts < w.start) hi = mid - 1;
    else if (ts >= w.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The part of [start, end) inside the windows, in microseconds. */
function overlap(windows: { start: number; end: number }[], start: number, end: number): number {
  let total = 0;
  for (const w of windows) {
    if (w.end <= start) continue;
    if (w.start >= end) break;
    total += Math.min(end, w.end) - Math.max(start, w.start);
  }
  return total;
}

function summarise(events: TraceEvent[], tally: Tally): void {
  const windows = windowsOf(events);
  if (!windows.length) return;
  const pid = windows[0]!.pid;
  tally.keystrokes += windows.length;
  for (const w of windows) tally.windowMs += (w.end - w.start) / 1000;
  const main = events.find(
    (e) =>
      e.pid === pid &&
      e.ph === 'M' &&
      e.name === 'thread_name' &&
      (e.args as { name?: string } | undefined)?.name === 'CrRendererMain',
  ) as (TraceEvent & { tid: number }) | undefined;
  const tid = main?.tid;

  // The renderer's trace events: self time (less nested events) inside the windows.
  const complete = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const stack: { event: TraceEvent; end: number; child: number }[] = [];
  const close = (until: number) => {
    while (stack.length && stack[stack.length - 1]!.end <= until) {
      const top = stack.pop()!;
      const self = overlap(windows, top.event.ts, top.end) - top.child;
      tally.add(tally.renderer, top.event.name, self / 1000);
      const parent = stack[stack.length - 1];
      if (parent) parent.child += overlap(windows, top.event.ts, top.end);
    }
  };
  const framed = new Set<number>();
  for (const event of complete) {
    close(event.ts);
    stack.push({ event, end: event.ts + (event.dur ?? 0), child: 0 });
    if (event.name === 'Paint' || event.name === 'Commit') {
      const at = windowAt(windows, event.ts);
      if (at >= 0) framed.add(at);
    }
  }
  close(Infinity);
  tally.withFrame += framed.size;

  // Sampled JavaScript: each sample's interval counts for the function on top of the stack.
  const nodes = new Map<number, ProfileNode>();
  const profiles = new Map<string, { time: number }>();
  for (const e of events) {
    if (e.pid !== pid) continue;
    const key = `${e.id ?? ''}`;
    if (e.name === 'Profile') profiles.set(key, { time: e.args?.data?.startTime ?? e.ts });
    if (e.name !== 'ProfileChunk') continue;
    const data = e.args?.data;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const profile = profiles.get(key);
    if (!profile) continue;
    const samples = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      const next = deltas[i + 1] ?? 0;
      profile.time += deltas[i] ?? 0;
      if (windowAt(windows, profile.time) < 0) continue;
      const node = nodes.get(samples[i]!);
      const frame = node?.callFrame;
      const file = frame?.url ? frame.url.slice(frame.url.lastIndexOf('/') + 1) : '';
      const name = frame
        ? `${frame.functionName || '(anonymous)'}${file ? ` ${file}:${frame.lineNumber + 1}` : ''}`
        : '?';
      tally.add(tally.js, name, Math.max(0, next) / 1000);
    }
  }
}

function top(map: Map<string, number>, per: number, n: number): string[] {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, ms]) => `      ${(ms / per).toFixed(3).padStart(7)} ms  ${name}`);
}

/** Records traces of the benchmark's rounds and summarises them per editor. */
export class TypingProfiler {
  private readonly tallies = new Map<string, Tally>();
  private count = 0;

  constructor(
    private readonly browser: Browser,
    private readonly dir: string,
  ) {}

  /** Runs `round` (typing into `page`) under a trace, counted for `editor`. */
  async record<T>(editor: string, page: Page, round: () => Promise<T>): Promise<T> {
    await this.browser.startTracing(page, { categories: CATEGORIES });
    const result = await round();
    const buffer = await this.browser.stopTracing();
    await mkdir(this.dir, { recursive: true });
    const file = join(this.dir, `typing-${editor}-${++this.count}.json`);
    await writeFile(file, buffer);
    const { traceEvents } = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };
    let tally = this.tallies.get(editor);
    if (!tally) this.tallies.set(editor, (tally = new Tally()));
    summarise(traceEvents, tally);
    return result;
  }

  /** Prints, per editor, the mean per keystroke of the top functions and renderer events. */
  print(n = 25): void {
    for (const [editor, tally] of this.tallies) {
      const per = Math.max(1, tally.keystrokes);
      console.log(
        `\n  ${editor}: ${tally.keystrokes} keystrokes, mean window ${(tally.windowMs / per).toFixed(3)} ms, ` +
          `a frame painted inside ${tally.withFrame}`,
      );
      console.log('    renderer self time per keystroke:');
      console.log(top(tally.renderer, per, n).join('\n'));
      console.log('    JavaScript self time per keystroke (sampled):');
      console.log(top(tally.js, per, n).join('\n'));
    }
  }
}
