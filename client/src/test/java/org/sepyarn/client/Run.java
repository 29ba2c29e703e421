package org.sepyarn.client;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.sepyarn.client.cli.Console;

/**
 * One run of the sepyarn command in this process against a configuration, with what it printed.
 *
 * @param exitCode the exit code
 * @param out what it printed on stdout
 * @param err what it printed on stderr
 */
public record Run(int exitCode, String out, String err) {
  /** Runs {@code args} with the local file system as the default one. */
  public static Run local(String... args) {
    Configuration conf = new Configuration();
    conf.set("fs.defaultFS", "file:///");
    return with(conf, args);
  }

  public static Run with(Configuration conf, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false);
    int code = SepyarnMain.run(args, conf, console);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- out:\n" + out + "--- err:\n" + err;
  }
}
