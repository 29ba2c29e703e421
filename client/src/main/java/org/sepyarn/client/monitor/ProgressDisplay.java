package org.sepyarn.client.monitor;

import java.io.PrintStream;
import java.util.function.BooleanSupplier;

/**
 * Shows progress and messages on the console. On a terminal the progress is one live line,
 * redrawn in place with {@code \r}, which messages push down; elsewhere (a log file, a pipe)
 * progress is a plain line whenever it changes and at least every {@code plainIntervalMillis}.
 * Silenced (when the process is ending: {@link DetachOnInterrupt#processEnding()}), it shows
 * nothing more: what a monitor sees of clusters that stop with the process is not news.
 */
public final class ProgressDisplay {
  private final PrintStream out;
  private final boolean terminal;
  private final long plainIntervalMillis;
  private final BooleanSupplier silenced;
  private String live = "";
  private String lastKey;
  private long lastPlainAt;

  public ProgressDisplay(PrintStream out, boolean terminal, long plainIntervalMillis) {
    this(out, terminal, plainIntervalMillis, DetachOnInterrupt::processEnding);
  }

  ProgressDisplay(PrintStream out, boolean terminal, long plainIntervalMillis, BooleanSupplier silenced) {
    this.out = out;
    this.terminal = terminal;
    this.plainIntervalMillis = plainIntervalMillis;
    this.silenced = silenced;
  }

  /** Shows the progress as of {@code nowMillis}. */
  public void show(ProgressLine line, long nowMillis) {
    if (silenced.getAsBoolean()) {
      return;
    }
    if (terminal) {
      String text = line.text();
      out.print("\r" + text + padding(live.length() - text.length()));
      out.flush();
      live = text;
      return;
    }
    if (!line.key().equals(lastKey) || nowMillis - lastPlainAt >= plainIntervalMillis) {
      out.println(line.text());
      lastKey = line.key();
      lastPlainAt = nowMillis;
    }
  }

  /** Shows the last progress, whether or not it changed. */
  public void showFinal(ProgressLine line) {
    if (silenced.getAsBoolean()) {
      return;
    }
    if (terminal) {
      show(line, 0);
    } else {
      out.println(line.text());
      lastKey = line.key();
    }
  }

  /** Prints a line of its own, above the live progress line on a terminal. */
  public void message(String text) {
    if (silenced.getAsBoolean()) {
      return;
    }
    if (terminal && !live.isEmpty()) {
      out.print("\r" + padding(live.length()) + "\r");
      out.println(text);
      out.print(live);
      out.flush();
      return;
    }
    out.println(text);
  }

  /** Ends the live line so that what follows starts on a line of its own. */
  public void finish() {
    if (silenced.getAsBoolean()) {
      return;
    }
    if (terminal && !live.isEmpty()) {
      out.println();
      live = "";
    }
  }

  private static String padding(int n) {
    return n <= 0 ? "" : " ".repeat(n);
  }
}
