package org.sepyarn.examples.stdio;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Runs a {@link Tool} the way a SEPlib main program runs: self-documentation when there is
 * nothing to do, the arguments parsed into a {@link ToolContext}, every user error printed as
 * one line {@code <tool>: <message>} on stderr with exit status 1, stdout flushed at the end.
 * Other exceptions are bugs and propagate.
 */
final class ToolRunner {
  private ToolRunner() {
  }

  static int run(Tool tool, String[] args, InputStream stdin, OutputStream stdout, PrintStream stderr,
      Map<String, String> env, File cwd) {
    try {
      if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
        stdout.write(tool.selfDoc().getBytes(StandardCharsets.UTF_8));
        return 0;
      }
      InputStream in = stdin;
      if (args.length == 0) {
        StreamOrigin origin = StreamOrigin.of(stdin);
        boolean nothingToRead = origin.isTerminal();
        if (!nothingToRead && tool.readsStdin()) {
          BufferedInputStream peek = new BufferedInputStream(stdin);
          peek.mark(1);
          nothingToRead = peek.read() < 0;
          peek.reset();
          in = new DescribedInputStream(peek, origin);
        }
        if (nothingToRead) {
          stderr.print(tool.selfDoc());
          return 1;
        }
      }
      ParameterTable commandLine = CommandLine.parse(args, cwd.toPath());
      tool.execute(new ToolContext(tool.name(), commandLine, in, stdout, stderr, env, cwd.toPath()));
      stdout.flush();
      return 0;
    } catch (ToolException | IllegalArgumentException e) {
      stderr.println(tool.name() + ": " + e.getMessage());
      return 1;
    } catch (IOException e) {
      stderr.println(tool.name() + ": I/O error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      return 1;
    } catch (UncheckedIOException e) {
      stderr.println(tool.name() + ": I/O error: " + e.getCause().getClass().getSimpleName() + ": "
          + e.getCause().getMessage());
      return 1;
    } finally {
      flushAfterFailure(stdout);
      stderr.flush();
    }
  }

  /** Pushes out whatever a failed run wrote; a second failure adds nothing to the first one's report. */
  private static void flushAfterFailure(OutputStream stdout) {
    try {
      stdout.flush();
    } catch (IOException alreadyReportedOrMoot) {
      // the run's status is already 1, or its successful flush above succeeded
    }
  }
}
