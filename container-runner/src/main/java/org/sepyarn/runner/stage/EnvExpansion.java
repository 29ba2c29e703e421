package org.sepyarn.runner.stage;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * YARN's cross-platform expansion in {@code program.env} values, done by the runner since the
 * program's environment reaches it through the plan, not through the container's launch:
 * {@code {{PWD}}} is the task's working folder (where the job's archives are unpacked), any other
 * {@code {{NAME}}} the container's variable {@code NAME} (empty when unset), as a shell would.
 * Everything else is left as written; nothing is run through a shell.
 */
public final class EnvExpansion {
  private static final Pattern VARIABLE = Pattern.compile("\\{\\{([A-Za-z_][A-Za-z0-9_]*)\\}\\}");

  private EnvExpansion() {
  }

  /**
   * {@code env} with every value expanded.
   *
   * @param workDir the task's working folder, the value of {@code {{PWD}}}
   * @param container the container's own environment
   */
  public static Map<String, String> expand(Map<String, String> env, File workDir, Function<String, String> container) {
    Map<String, String> expanded = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : env.entrySet()) {
      expanded.put(e.getKey(), expand(e.getValue(), workDir, container));
    }
    return expanded;
  }

  static String expand(String value, File workDir, Function<String, String> container) {
    if (value.indexOf("{{") < 0) {
      return value;
    }
    Matcher m = VARIABLE.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String replacement = name.equals("PWD") ? workDir.toPath().toAbsolutePath().normalize().toString()
          : container.apply(name);
      m.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? "" : replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
