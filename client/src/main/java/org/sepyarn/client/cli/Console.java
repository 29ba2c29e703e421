package org.sepyarn.client.cli;

import java.io.PrintStream;

/**
 * Where a command talks to its user: results on {@code out}, messages and progress on
 * {@code err}. Kept apart from the diagnostic log.
 */
public final class Console {
  private final PrintStream out;
  private final PrintStream err;
  private final boolean terminal;

  public Console(PrintStream out, PrintStream err, boolean terminal) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  /** The console of this process; a terminal when Java sees one. */
  public static Console system() {
    return new Console(System.out, System.err, System.console() != null);
  }

  public PrintStream out() {
    return out;
  }

  public PrintStream err() {
    return err;
  }

  /** Whether progress may redraw one line in place. */
  public boolean isTerminal() {
    return terminal;
  }
}
