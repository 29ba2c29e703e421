package org.sepyarn.it;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.sepyarn.client.SepyarnMain;
import org.sepyarn.client.cli.Console;

/**
 * One run of the {@code sepyarn} command in this process against the test's clusters, with what
 * it printed; {@code sepyarn.jar} comes from the system property failsafe sets.
 *
 * @param exitCode the exit code
 * @param out what it printed on stdout
 * @param err what it printed on stderr
 */
record CliRun(int exitCode, String out, String err) {
  static CliRun of(Configuration conf, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false);
    int code = SepyarnMain.run(args, new Configuration(conf), console);
    return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- out:\n" + out + "--- err:\n" + err;
  }
}
