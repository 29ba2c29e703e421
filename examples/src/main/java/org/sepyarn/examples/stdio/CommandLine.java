package org.sepyarn.examples.stdio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.sepyarn.formats.history.History;
import org.sepyarn.formats.history.HistoryParser;
import org.sepyarn.formats.history.IncludeResolver;

/**
 * A program's {@code key=value} arguments as SEPlib reads them: a later definition of a key
 * overrides an earlier one, and {@code par=file} inserts the parameters of a parameter file at
 * its place (so later arguments still override them). Parameter files follow the history-file
 * rules of {@link HistoryParser} with SEPlib's comment rule (lines starting with {@code #} are
 * skipped), may include further files, and are found relative to the current folder, as SEPlib
 * does. A leading {@code --} is dropped ({@code --out=stdout}, Madagascar's form), and one pair of
 * matching quotes around a value is removed (for arguments passed without a shell).
 */
public final class CommandLine {
  /** Where command-line parameters come from, as error messages say it. */
  public static final String ORIGIN = "on the command line";

  private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

  private CommandLine() {
  }

  /** The parameters of {@code args}, with {@code par=} files read relative to {@code cwd}. */
  public static ParameterTable parse(String[] args, Path cwd) {
    ParameterTable.Builder table = new ParameterTable.Builder(ORIGIN);
    for (String arg : args) {
      String word = arg.startsWith("--") ? arg.substring(2) : arg;
      int eq = word.indexOf('=');
      if (eq <= 0 || !KEY.matcher(word.substring(0, eq)).matches()) {
        throw new ToolException("argument \"" + arg + "\" is not a key=value parameter: write parameters as "
            + "key=value (for example n1=100), with a key that starts with a letter");
      }
      String key = word.substring(0, eq);
      String value = unquote(word.substring(eq + 1));
      table.put(key, value, ORIGIN);
      if (key.equals("par")) {
        include(value, cwd, table);
      }
    }
    return table.build();
  }

  private static void include(String file, Path cwd, ParameterTable.Builder table) {
    Path path = cwd.resolve(file);
    IncludeResolver resolver = name -> Files.readString(cwd.resolve(name), StandardCharsets.ISO_8859_1);
    History parsed;
    try {
      parsed = new HistoryParser(resolver).parse(path.toString(), resolver.read(file));
    } catch (IOException e) {
      throw new ToolException("cannot read parameter file par=" + file + " (" + path + ") " + ORIGIN + ": "
          + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new ToolException("parameter file par=" + file + " " + ORIGIN + ": " + e.getMessage(), e);
    }
    String origin = "in par=" + file + " " + ORIGIN;
    for (Map.Entry<String, String> e : parsed.parameters().entrySet()) {
      if (!e.getKey().equals("par")) {
        table.put(e.getKey(), e.getValue(), origin);
      }
    }
  }

  private static String unquote(String value) {
    if (value.length() >= 2) {
      char first = value.charAt(0);
      if ((first == '"' || first == '\'') && value.charAt(value.length() - 1) == first) {
        return value.substring(1, value.length() - 1);
      }
    }
    return value;
  }
}
