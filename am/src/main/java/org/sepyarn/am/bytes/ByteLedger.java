package org.sepyarn.am.bytes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sepyarn.am.merge.MergeRecord;
import org.sepyarn.am.plan.OutputMerge;
import org.sepyarn.am.status.JobBytes;
import org.sepyarn.am.status.OutputBytes;
import org.sepyarn.runner.iocount.IoCounter;
import org.sepyarn.runner.iocount.PhaseMeter;
import org.sepyarn.runner.spec.AttemptReport;
import org.sepyarn.runner.spec.ByteCount;
import org.sepyarn.runner.spec.PhaseBytes;

/**
 * The job's bytes as one ApplicationMaster attempt knows them: the runners' (from the reports of
 * ended attempts), its own (the merge it runs, and everything else it reads and writes on the
 * cluster file system: inputs' headers, plan, journal, status files, reports), what earlier
 * ApplicationMaster attempts counted of their own, and each output's merge. Thread-safe.
 */
public final class ByteLedger {
  /** The phases every snapshot lists, counted or not, in this order. */
  private static final List<String> PHASES = List.of(PhaseBytes.FETCH, PhaseBytes.COMMIT, PhaseBytes.MERGE,
      PhaseBytes.AM);

  private final IoCounter counter;
  private final ByteCount atStart;
  private final PhaseBytes earlierAttempts;
  private final RunnerBytes runners = new RunnerBytes();
  private final Map<Integer, OutputBytes> outputs = new TreeMap<>();
  private final Map<Integer, Long> outputData = new TreeMap<>();
  private ByteCount merged = ByteCount.NONE;

  /**
   * Counting starts now.
   *
   * @param counter counts this JVM's bytes on the cluster's file systems
   * @param earlierAttempts what earlier ApplicationMaster attempts of the job counted of their own
   */
  public ByteLedger(IoCounter counter, PhaseBytes earlierAttempts) {
    this.counter = counter;
    this.atStart = counter.current();
    this.earlierAttempts = earlierAttempts;
  }

  /** Counts the bytes an ended attempt's runner reported; a report counts once however often it is given. */
  public synchronized void attemptEnded(AttemptReport report) {
    runners.add(report);
  }

  /** Runs the ApplicationMaster's merge, counting what it moves as the {@code merge} phase. */
  public <E extends Exception> void measureMerge(PhaseMeter.Work<E> merge) throws E {
    ByteCount before = counter.current();
    try {
      merge.run();
    } finally {
      ByteCount moved = counter.current().since(before);
      synchronized (this) {
        merged = merged.plus(moved);
      }
    }
  }

  /** Records how an output was merged and what the merge copied. */
  public synchronized void outputMerged(OutputMerge output, MergeRecord record) {
    outputs.put(output.fileIndex(), new OutputBytes(output.fileIndex(), output.path(), record.method(),
        record.copiedBytes()));
    outputData.put(output.fileIndex(), record.outputBytes());
  }

  /** What this ApplicationMaster attempt moved itself so far: {@code merge} and {@code am}. */
  public synchronized PhaseBytes ownCounts() {
    ByteCount all = counter.current().since(atStart);
    return PhaseBytes.none().plus(PhaseBytes.MERGE, merged).plus(PhaseBytes.AM, all.since(merged));
  }

  /** The job's bytes so far, every phase, in the order fetch, commit, merge, am. */
  public synchronized JobBytes snapshot() {
    PhaseBytes ordered = PhaseBytes.none();
    for (String phase : PHASES) {
      ordered = ordered.plus(phase, ByteCount.NONE);
    }
    PhaseBytes all = ordered.plus(runners.total()).plus(earlierAttempts).plus(ownCounts());
    long data = outputData.values().stream().mapToLong(Long::longValue).sum();
    return JobBytes.of(all, new ArrayList<>(outputs.values()), data);
  }
}
