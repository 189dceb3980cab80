/**
 * Jest reporter: ends the run with one plain line, `tests: N passed, N failed[, N skipped]`,
 * the closing line CI tools read (jest's own summary has a different shape).
 */
'use strict';

class SummaryLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed` + (skipped > 0 ? `, ${skipped} skipped` : '');
    // Jest's own summary prints after every reporter's onRunComplete; write last, at exit.
    process.once('exit', () => process.stderr.write(`${line}\n`));
  }
}

module.exports = SummaryLineReporter;
