package org.sepyarn.runner.iocount;

import org.sepyarn.runner.spec.ByteCount;
import org.sepyarn.runner.spec.PhaseBytes;

/**
 * Adds up the bytes an {@link IoCounter} counts while each phase runs, phase by phase. Phases are
 * measured one at a time on one thread; other activity of the JVM on the counted file systems in
 * the meantime (a heartbeat reading the AM's address) is counted with the phase. Not thread-safe.
 */
public final class PhaseMeter {
  /** A phase's work. */
  @FunctionalInterface
  public interface Work<E extends Exception> {
    void run() throws E;
  }

  private final IoCounter counter;
  private PhaseBytes counted = PhaseBytes.none();

  public PhaseMeter(IoCounter counter) {
    this.counter = counter;
  }

  /**
   * Runs {@code work} and adds what it moved to {@code phase}, also when it fails (a failed fetch
   * moved bytes too).
   */
  public <E extends Exception> void measure(String phase, Work<E> work) throws E {
    ByteCount before = counter.current();
    try {
      work.run();
    } finally {
      add(phase, counter.current().since(before));
    }
  }

  private void add(String phase, ByteCount count) {
    counted = counted.plus(phase, count);
  }

  /** Every phase measured so far. */
  public PhaseBytes counted() {
    return counted;
  }
}
