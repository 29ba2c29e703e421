package org.sepyarn.runner.process;

import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A program to start, exactly: its argv (no shell ever sees it), working folder, extra
 * environment, and where its standard streams go.
 *
 * @param argv the program and its arguments, byte for byte
 * @param workingDir the folder it runs in
 * @param env variables added to the inherited environment
 * @param stdin a file to read standard input from, or null for an empty stdin
 * @param stdout the file standard output goes to
 * @param stderr the file standard error goes to
 */
public record ProgramCommand(List<String> argv, File workingDir, Map<String, String> env, File stdin, File stdout,
    File stderr) {
  public ProgramCommand {
    if (argv == null || argv.isEmpty()) {
      throw new IllegalArgumentException("a program needs at least its name in argv");
    }
    argv = List.copyOf(argv);
    env = env == null ? Map.of() : Map.copyOf(env);
    Objects.requireNonNull(workingDir, "workingDir");
    Objects.requireNonNull(stdout, "stdout");
    Objects.requireNonNull(stderr, "stderr");
  }
}
