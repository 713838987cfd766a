// Every Mermaid chart hindsight wrote into the golden outputs, read by
// Mermaid's own parser (the `mermaid` npm package, as GitHub runs it), and
// checked task by task: the chart parses, it has exactly the tasks written
// (no event text split a line or opened a section), each task's name is
// the text written for it, and each time is a valid date.
//
// Usage: node tests/mermaid/check.mjs   (from the repository root)
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!DOCTYPE html><body></body>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });

// Mermaid keeps `#58;`-style entities as placeholders until it renders.
const decodePlaceholders = (text) =>
  text.replace(/ﬂ°°(\d+)¶ß/g, (_, code) => String.fromCharCode(Number(code)));
const decodeEntities = (text) =>
  text.replace(/#(\d+);/g, (_, code) => String.fromCharCode(Number(code)));

function chartsIn(path) {
  const text = readFileSync(path, 'utf8');
  if (text.startsWith('gantt\n')) return [text];
  const charts = [];
  const fence = /^```mermaid\n([\s\S]*?)^```$/gm;
  for (let match; (match = fence.exec(text));) charts.push(match[1]);
  return charts;
}

function candidateFiles() {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules') walk(path);
      else if (entry.isFile() && (entry.name.endsWith('.md') || entry.name === 'stdout')) files.push(path);
    }
  };
  walk('examples');
  walk('tests/e2e/cases');
  return files.sort();
}

const keywords = /^(gantt|title|dateFormat|axisFormat|section|%%)\b/;
const failures = [];
let charts = 0;
let tasksChecked = 0;
for (const path of candidateFiles()) {
  for (const chart of chartsIn(path)) {
    charts += 1;
    const where = `${path} (chart ${charts})`;
    const lines = chart.split('\n').map((line) => line.trim()).filter((line) => line && !keywords.test(line));
    let tasks;
    try {
      const diagram = await mermaid.mermaidAPI.getDiagramFromText(chart);
      tasks = diagram.db.getTasks();
    } catch (error) {
      failures.push(`${where}: Mermaid rejects it: ${String(error.message || error).split('\n')[0]}`);
      continue;
    }
    if (tasks.length !== lines.length) {
      failures.push(`${where}: ${lines.length} task lines written, Mermaid read ${tasks.length} tasks`);
      continue;
    }
    tasks.forEach((task, i) => {
      const written = lines[i].slice(0, lines[i].indexOf(' :'));
      if (written.includes(':')) failures.push(`${where}: raw ':' in task name "${written}"`);
      if (decodePlaceholders(task.task).trim() !== decodeEntities(written)) {
        failures.push(`${where}: task ${i + 1} reads as "${task.task}", written as "${written}"`);
      }
      for (const time of [task.startTime, task.endTime]) {
        if (!(time instanceof Date) || Number.isNaN(time.getTime())) {
          failures.push(`${where}: task ${i + 1} ("${written}") has an invalid time`);
        }
      }
      if (task.endTime < task.startTime) failures.push(`${where}: task ${i + 1} ends before it starts`);
      tasksChecked += 1;
    });
  }
}
for (const failure of failures) console.log('FAIL:', failure);
console.log(`${charts} charts, ${tasksChecked} tasks checked`);
if (charts < 4) {
  console.log('FAIL: expected at least 4 charts in the golden outputs; run from the repository root');
  process.exit(1);
}
process.exit(failures.length ? 1 : 0);
