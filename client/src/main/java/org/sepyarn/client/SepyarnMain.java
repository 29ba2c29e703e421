package org.sepyarn.client;

import java.util.Arrays;
import java.util.Map;
import org.sepyarn.client.cli.Console;
import org.sepyarn.examples.Tools;

/**
 * The main class of {@code sepyarn.jar}. {@code tool NAME ...} runs an example program serially;
 * that path runs inside task containers, where Hadoop is not on the classpath, so this class
 * touches no Hadoop class on it: everything else goes through {@link SepyarnCli}, which is only
 * loaded when a command other than {@code tool} runs. No public method of this class may name a
 * Hadoop type either: the JVM's launcher resolves the parameter types of every public method of
 * the main class when it looks for {@code main}.
 */
public final class SepyarnMain {
  /** The word that runs an example program instead of a sepyarn command. */
  public static final String TOOL = "tool";

  private SepyarnMain() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals(TOOL)) {
      Tools.main(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    System.exit(SepyarnCli.runFromShell(args));
  }

  /**
   * Runs a sepyarn command (not {@code tool}) in this process against the cluster {@code conf}
   * describes; returns the exit code: 0 success, 1 job failed or killed, 2 invalid input.
   * Hadoop's generic options ({@code -D key=value}, {@code -conf file}, {@code -fs uri}) may come
   * before the command and change {@code conf}.
   *
   * @param conf the cluster's Hadoop {@code Configuration}, used as it is (any other set of
   *     settings is copied into a new one); typed by the interface {@code Configuration}
   *     implements, so that this class names no Hadoop type
   */
  public static int run(String[] args, Iterable<Map.Entry<String, String>> conf, Console console) {
    return SepyarnCli.run(args, conf, console);
  }
}
