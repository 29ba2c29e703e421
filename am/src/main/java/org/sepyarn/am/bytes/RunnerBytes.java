package org.sepyarn.am.bytes;

import java.util.HashMap;
import java.util.Map;
import org.sepyarn.runner.spec.AttemptReport;
import org.sepyarn.runner.spec.PhaseBytes;

/**
 * The bytes every ended attempt's runner counted, from its report. An attempt's report counts
 * once however often it is read, so reports may be read again after an ApplicationMaster restart.
 * Not thread-safe.
 */
public final class RunnerBytes {
  private final Map<Long, PhaseBytes> byAttempt = new HashMap<>();
  private PhaseBytes total = PhaseBytes.none();

  /** Counts the report's bytes, unless this attempt's report was counted before. */
  public void add(AttemptReport report) {
    long key = ((long) report.task() << 32) | (report.attempt() & 0xffffffffL);
    if (byAttempt.putIfAbsent(key, report.bytes()) == null) {
      total = total.plus(report.bytes());
    }
  }

  /** Every attempt counted, phase by phase. */
  public PhaseBytes total() {
    return total;
  }

  /** How many attempts were counted. */
  public int attempts() {
    return byAttempt.size();
  }
}
