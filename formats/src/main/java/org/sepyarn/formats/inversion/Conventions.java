package org.sepyarn.formats.inversion;

import java.util.regex.Pattern;
import org.sepyarn.formats.job.Problems;

/**
 * How an operator program is told what to do, SEP's conventions by default: {@code adj=y} runs
 * the adjoint (data to model), {@code add=y} adds to the output's samples instead of replacing
 * them, and the model and data datasets are named by {@code model=} and {@code data=}.
 *
 * @param adj the parameter that selects the adjoint ({@code adj})
 * @param add the parameter that asks to add to the output ({@code add})
 * @param modelTag the tag naming the model dataset ({@code model=})
 * @param dataTag the tag naming the data dataset ({@code data=})
 */
public record Conventions(String adj, String add, String modelTag, String dataTag) {
  private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
  public static final Conventions SEP = new Conventions("adj", "add", "model=", "data=");

  public Conventions {
    Problems problems = new Problems();
    check(adj, add, modelTag, dataTag, problems);
    problems.throwIfAny("conventions");
  }

  static void check(String adj, String add, String modelTag, String dataTag, Problems at) {
    key(adj, at.field("adj"));
    key(add, at.field("add"));
    tag(modelTag, at.field("model"));
    tag(dataTag, at.field("data"));
    if (adj.equals(add)) {
      at.field("add").add("\"" + add + "\" is also the adjoint's parameter: give the two different names");
    }
    if (modelTag.equals(dataTag)) {
      at.field("data").add("\"" + dataTag + "\" is also the model's tag: the model and data need different tags");
    }
  }

  private static void key(String value, Problems at) {
    if (!KEY.matcher(value).matches()) {
      at.add("\"" + value + "\" is not a parameter name: a letter, then letters, digits, _ or -, e.g. \"adj\"");
    }
  }

  private static void tag(String value, Problems at) {
    if (!value.endsWith("=") || !KEY.matcher(value.substring(0, value.length() - 1)).matches()) {
      at.add("\"" + value + "\" is not a parameter tag: a parameter name followed by \"=\", e.g. \"model=\"");
    }
  }

  /** The arguments selecting forward ({@code adj=n}) or adjoint ({@code adj=y}), and adding or not. */
  public java.util.List<String> flags(boolean adjoint, boolean adding) {
    return java.util.List.of(adj + "=" + (adjoint ? "y" : "n"), add + "=" + (adding ? "y" : "n"));
  }
}
