/**
 * Runs the slowest test files first, so the workers finish together instead of one of them
 * starting the seed build (about a minute) when the other is nearly done. Jest orders by the
 * durations of the previous run on this machine; a fresh clone has none, and jest would fall
 * back to file size, which says little here. test-durations.json holds each file's seconds as
 * measured on the 2-core machine; a timing from a previous run, where there is one, wins.
 * Refresh the list when files are added or their cost changes a lot (a file not in it runs last).
 */
const path = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;
const durations = require('./test-durations.json');

const ROOT = path.resolve(__dirname, '..', '..');

class SlowestFirst extends Sequencer {
  sort(tests) {
    const seconds = (test) => {
      const [, lastMs] = this._getCache(test)[test.path] ?? [];
      if (lastMs) return lastMs / 1000;
      return durations[path.relative(ROOT, test.path).split(path.sep).join('/')] ?? 0;
    };
    // Files that failed last time first (jest's own rule): 0 marks a failure in its cache.
    const failedBefore = (test) => (this._getCache(test)[test.path]?.[0] === 0 ? 1 : 0);
    return [...tests].sort(
      (a, b) => failedBefore(b) - failedBefore(a) || seconds(b) - seconds(a) || a.path.localeCompare(b.path),
    );
  }
}

module.exports = SlowestFirst;
