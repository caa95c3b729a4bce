// Prints one closing line for the whole test command: "summary: N passed, N failed".
// Reads the JSON reports that `npm test` asks vitest, Playwright and the cross-engine suite to write.
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
let passed = 0;
let failed = 0;

const unit = read('test-results/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
}
const e2e = read('test-results/e2e.json');
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
}
const engines = read('test-results/engines.json');
if (engines) {
  passed += engines.numPassedTests;
  failed += engines.numFailedTests;
}
console.log(`summary: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || !unit || !e2e || !engines ? 1 : 0);
