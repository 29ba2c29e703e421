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
  /** The SEPlib parameter that says where binaries go; sepyarn sets it for every task. */
  static final String DATAPATH = "datapath";
  static final String DATAPATH_REASON = "sepyarn sets each task's datapath (through DATAPATH and .datapath)"
      + " so that outputs land in the task's working directory";

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
      at.add("\"" + key + "\" cannot be a " + role + ": " + DATAPATH_REASON);
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
      at.add("\"" + arg + "\": " + DATAPATH_REASON + ", and this argument would override it; remove it");
    } else if (arg.indexOf('\0') >= 0) {
      at.add("an argument cannot contain a NUL character");
    }
  }
}
