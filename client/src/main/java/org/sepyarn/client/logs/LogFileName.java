package org.sepyarn.client.logs;

import java.util.List;
import java.util.regex.Pattern;
import org.sepyarn.client.cli.InvalidInputException;

/** The name of a file in a container's log folder, as {@code --file} gives it. */
public final class LogFileName {
  /** What sepyarn's containers write, the program's stderr first. */
  public static final List<String> KNOWN = List.of("program.stderr", "program.stdout", "runner.stderr",
      "runner.stdout", "syslog");
  public static final String DEFAULT = KNOWN.get(0);
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private LogFileName() {
  }

  /**
   * Checks {@code name}: one plain file name, no folders.
   *
   * @throws InvalidInputException naming the usual files
   */
  public static String check(String name) throws InvalidInputException {
    if (name == null || !PLAIN.matcher(name).matches()) {
      throw new InvalidInputException("--file \"" + name + "\" is not the name of a log file: give a plain file name"
          + " (letters, digits, '.', '_', '-') such as " + String.join(", ", KNOWN));
    }
    return name;
  }
}
