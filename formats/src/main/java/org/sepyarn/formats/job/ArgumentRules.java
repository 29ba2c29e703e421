package org.sepyarn.formats.job;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rules for what a job may put on a program's command line: SEPlib keys, and arguments that
 * must not take over what sepyarn controls.
 */
final class ArgumentRules {
  /** SEPlib key: a letter followed by letters, digits, {@code _} or {@code -}. */
  private static final Pattern SEP_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
  /** Keys sepyarn sets itself on every task's command line. */
  static final String DATAPATH = "datapath";

  private ArgumentRules() {
  }

  static boolean isSepKey(String key) {
    return SEP_KEY.matcher(key).matches();
  }

  /** Checks a key a job names (a file tag's or the checkpoint argument's). */
  static void checkKey(String key, String role, Problems at) {
    if (!isSepKey(key)) {
      at.add("\"" + key + "\" is not a valid " + role + ": a SEPlib key is a letter followed by letters,"
          + " digits, \"_\" or \"-\"");
    } else if (key.toLowerCase(Locale.ROOT).equals(DATAPATH)) {
      at.add("\"" + key + "\" cannot be a " + role + ": sepyarn sets datapath= on every task so that"
          + " outputs land in the task's working directory");
    }
  }

  /** Checks each argument of a list, reporting at {@code list[i]}. */
  static void checkArgs(List<String> args, Problems at) {
    for (int i = 0; i < args.size(); i++) {
      checkArg(args.get(i), at.index(i));
    }
  }

  static void checkArg(String arg, Problems at) {
    if (arg.isEmpty()) {
      at.add("an argument cannot be empty");
    } else if (arg.toLowerCase(Locale.ROOT).startsWith(DATAPATH + "=")) {
      at.add("\"" + arg + "\": sepyarn sets datapath= on every task so that outputs land in the task's"
          + " working directory; remove this argument");
    } else if (arg.indexOf('\0') >= 0) {
      at.add("an argument cannot contain a NUL character");
    }
  }
}
