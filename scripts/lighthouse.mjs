// npm run lighthouse: builds Tolk, serves it as a host would (precompressed files, scripts/bench/staticServer.mjs) and reports Lighthouse scores (library and reader, desktop and mobile) with the audits that fail.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { untilQuiet } from './bench/quiet.mjs';
import { serveStatic } from './bench/staticServer.mjs';
import { LIGHTHOUSE_CHROME_FLAGS as CHROME_FLAGS, LIGHTHOUSE_CHROME_PATH as CHROME_PATH } from './bench/util.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = join(ROOT, 'bench-results');
const REPORT_DIR = join(OUT_DIR, 'lighthouse');
// A build of its own, so a concurrent `npm run build` (Playwright's web server, the bench) cannot swap dist/ under a run.
const BUILD_DIR = join(OUT_DIR, 'lighthouse-dist');
const PORT = Number(process.env.TOLK_BENCH_PORT ?? 4178);
const ORIGIN = `http://localhost:${PORT}`;
const PAGES = [
  { name: 'library', url: `${ORIGIN}/` },
  { name: 'reader', url: `${ORIGIN}/read/belarus-president-putin` },
];
const FORM_FACTORS = ['desktop', 'mobile'];
// LIGHTHOUSE_RUNS=3 runs each page and form factor three times and reports the run with the median performance score
// (issue #15 asks for the median of three on a quiet machine); one run by default.
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 1));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const BIN = (name) => join(ROOT, 'node_modules/.bin', name);
const ENV = { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', ...(CHROME_PATH ? { CHROME_PATH } : {}) };

let server;
let running; // the build or Lighthouse CLI process running now, if any

function stopServer() {
  server?.close();
  server = undefined;
}

process.on('exit', stopServer);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    running?.kill('SIGINT'); // Lighthouse's CLI closes its Chrome on SIGINT
    stopServer();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

async function build() {
  const status = await runChild(BIN('vite'), ['build', '--outDir', BUILD_DIR, '--emptyOutDir', '--logLevel', 'warn']);
  if (status !== 0) throw new Error(`vite build failed (${status})`);
}

/**
 * Serves the build from this process, every file compressed once beforehand: vite preview compressed each response as
 * it was asked for, about 160 ms of CPU per page load taken from the browser under test on a 2-core machine.
 */
async function startServer() {
  try {
    server = await serveStatic(BUILD_DIR, PORT);
  } catch (error) {
    if (error.code !== 'EADDRINUSE') throw error;
    throw new Error(`port ${PORT} is in use; stop whatever serves ${ORIGIN} and run again`, { cause: error });
  }
}

/** Runs a command (the build, the Lighthouse CLI) without blocking this process; resolves with its exit code or the signal that ended it. */
function runChild(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], env: ENV });
    running = child;
    child.on('error', reject);
    child.on('close', (code, signal) => {
      running = undefined;
      resolve(code ?? signal);
    });
  });
}

const ATTEMPTS = 3;

/**
 * One Lighthouse CLI run; returns the parsed report (LHR). A page that did not load (Lighthouse's runtime error,
 * e.g. CHROME_INTERSTITIAL_ERROR under heavy load) is tried again, up to ATTEMPTS in all; throws when none succeeds.
 */
async function runLighthouse(page, formFactor, run = 1) {
  const reportPath = join(REPORT_DIR, `${page.name}-${formFactor}${RUNS > 1 ? `-${run}` : ''}.report.json`);
  const args = [
    page.url,
    '--output=json',
    `--output-path=${reportPath}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    '--quiet',
    ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const failures = [];
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    rmSync(reportPath, { force: true });
    const status = await runChild(BIN('lighthouse'), args);
    const lhr = existsSync(reportPath) ? JSON.parse(readFileSync(reportPath, 'utf8')) : undefined;
    if (status === 0 && lhr && !lhr.runtimeError) return { lhr, reportPath, failures };
    const reason = lhr?.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : `exit ${status}, no report`;
    failures.push(reason);
    if (lhr) renameSync(reportPath, reportPath.replace(/\.report\.json$/, `.failed-${attempt}.report.json`));
    console.error(`  attempt ${attempt} of ${ATTEMPTS} failed (${reason})`);
  }
  throw new Error(`lighthouse failed for ${page.name} (${formFactor}) ${ATTEMPTS} times:\n  ${failures.join('\n  ')}`);
}

const SKIPPED_MODES = new Set(['notApplicable', 'manual', 'informative', 'error']);

/** What an audit found, briefly: its explanation or its first few table rows (message, URL or element). */
function findings(audit) {
  const items = (audit.details?.items ?? []).slice(0, 3).map((item) => item.description ?? item.node?.snippet ?? item.url ?? item.source?.url).filter((text) => typeof text === 'string');
  return [audit.explanation, audit.errorMessage, ...items].filter(Boolean).map((text) => text.replace(/\s+/g, ' ').slice(0, 200));
}

/** The scored audits of one category that did not pass (score below 1), heaviest first; weight 0 marks a diagnostic. */
function failingAudits(lhr, categoryId) {
  const category = lhr.categories[categoryId];
  return category.auditRefs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ audit }) => audit && !SKIPPED_MODES.has(audit.scoreDisplayMode) && audit.score !== null && audit.score < 1)
    .sort((a, b) => b.ref.weight - a.ref.weight || a.audit.score - b.audit.score)
    .map(({ ref, audit }) => ({
      id: audit.id,
      title: audit.title,
      score: Math.round(audit.score * 100),
      weight: ref.weight,
      ...(ref.group ? { group: ref.group } : {}),
      ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
      ...(categoryId !== 'performance' ? { findings: findings(audit) } : {}),
    }));
}

function summarise(page, formFactor, lhr, reportPath) {
  const scores = {};
  const failing = {};
  for (const id of CATEGORIES) {
    const score = lhr.categories[id]?.score;
    scores[id] = score === null || score === undefined ? null : Math.round(score * 100);
    if (scores[id] !== 100) failing[id] = failingAudits(lhr, id);
  }
  const runWarnings = lhr.runWarnings ?? [];
  const benchmarkIndex = Math.round(lhr.environment?.benchmarkIndex ?? 0);
  const totalBlockingTimeMs = Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN);
  return { page: page.name, url: page.url, formFactor, scores, totalBlockingTimeMs, benchmarkIndex, failing, runWarnings, report: reportPath.slice(ROOT.length) };
}

function printTable(results) {
  const header = ['page', 'form factor', ...CATEGORIES, 'TBT ms', 'cpu index', ...(RUNS > 1 ? ['performance of each run'] : [])];
  const rows = results.map((r) => [r.page, r.formFactor, ...CATEGORIES.map((id) => String(r.scores[id] ?? '–')), String(r.totalBlockingTimeMs), String(r.benchmarkIndex), ...(RUNS > 1 ? [r.performanceRuns.join(' ')] : [])]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
  const load = loadavg().map((value) => value.toFixed(1)).join(' ');
  console.log(`cpu index: Lighthouse's benchmarkIndex (higher is faster). Performance scores move with machine load (load average now ${load}); compare runs on a quiet machine.`);
}

function printFailing(results) {
  const below = results.filter((r) => Object.keys(r.failing).length > 0);
  if (below.length === 0) {
    console.log('\nEvery category scores 100.');
    return;
  }
  console.log('\nAudits that keep a category below 100 (weight in the category score; weight 0 = diagnostic):');
  for (const r of below) {
    for (const [category, audits] of Object.entries(r.failing)) {
      console.log(`\n${r.page} · ${r.formFactor} · ${category} ${r.scores[category]}`);
      if (audits.length === 0) console.log('  (no single failing audit reported; see the full report)');
      for (const a of audits) {
        console.log(`  ${a.id} — ${a.title} (score ${a.score}, weight ${a.weight}${a.displayValue ? `, ${a.displayValue}` : ''})`);
        for (const finding of a.findings ?? []) console.log(`      ${finding}`);
      }
    }
    for (const warning of r.runWarnings) console.log(`  run warning: ${warning}`);
    for (const failure of r.failedAttempts) console.log(`  retried after: ${failure}`);
  }
}

async function main() {
  rmSync(REPORT_DIR, { recursive: true, force: true });
  mkdirSync(REPORT_DIR, { recursive: true });
  console.log('Building…');
  await build();
  await startServer();
  const results = [];
  let lighthouseVersion;
  let userAgent;
  try {
    for (const page of PAGES) {
      for (const formFactor of FORM_FACTORS) {
        const runs = [];
        for (let run = 1; run <= RUNS; run++) {
          // Each run on a quiet machine, as the issue asks: the build, or the run before's Chromium closing, would share its cores.
          const quiet = await untilQuiet();
          const idle = quiet.idle === undefined ? '' : `; cores ${Math.round(quiet.idle * 100)} % idle${quiet.quiet ? '' : ' (not quiet: measured anyway)'} after ${(quiet.waitedMs / 1000).toFixed(1)} s`;
          console.log(`Lighthouse: ${page.name} (${formFactor})${RUNS > 1 ? ` run ${run} of ${RUNS}` : ''} ${page.url}${idle}`);
          const { lhr, reportPath, failures } = await runLighthouse(page, formFactor, run);
          lighthouseVersion = lhr.lighthouseVersion;
          userAgent = lhr.environment?.hostUserAgent;
          runs.push({ ...summarise(page, formFactor, lhr, reportPath), failedAttempts: failures });
        }
        const byPerformance = [...runs].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
        const median = byPerformance[Math.floor((byPerformance.length - 1) / 2)];
        results.push({ ...median, performanceRuns: runs.map((r) => r.scores.performance), totalBlockingTimeRunsMs: runs.map((r) => r.totalBlockingTimeMs) });
      }
    }
  } finally {
    stopServer();
  }
  printTable(results);
  printFailing(results);
  for (const r of results.filter((result) => result.failedAttempts.length > 0 && Object.keys(result.failing).length === 0)) {
    console.log(`\n${r.page} · ${r.formFactor}: retried after ${r.failedAttempts.join('; ')}`);
  }
  const summary = { date: new Date().toISOString(), runs: RUNS, loadAverage: loadavg(), lighthouseVersion, chrome: CHROME_PATH ?? 'found by chrome-launcher', userAgent, categories: CATEGORIES, results };
  const outPath = join(OUT_DIR, 'lighthouse.json');
  writeFileSync(outPath, `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`\nLighthouse ${lighthouseVersion}; summary in ${outPath.slice(ROOT.length)}, full reports in ${REPORT_DIR.slice(ROOT.length)}/`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    stopServer();
    process.exit(1);
  },
);
