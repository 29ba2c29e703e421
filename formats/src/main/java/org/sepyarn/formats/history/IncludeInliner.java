package org.sepyarn.formats.history;

import java.util.List;
import java.util.Map;

/**
 * Rewrites history text so that it needs none of the files its {@code par=} parameters include:
 * a line holding {@code par=file} becomes its other assignments with the included file's
 * assignments in place of {@code par=file} (recursively), which the parser reads as the same
 * parameters. Other lines are kept as they are; of an included file only its assignments are
 * kept, as the parser reads nothing else from it.
 */
final class IncludeInliner {
  private final HistoryDialect dialect;
  private final Map<String, String> includedTexts;

  /** @param includedTexts each included file's text, by the name written after {@code par=} */
  IncludeInliner(HistoryDialect dialect, Map<String, String> includedTexts) {
    this.dialect = dialect;
    this.includedTexts = includedTexts;
  }

  String inline(String text) {
    StringBuilder out = new StringBuilder();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append('\n');
      }
      String line = lines[i];
      List<Assignment> assignments = isComment(line) ? List.of() : HistoryLine.assignments(line);
      if (assignments.stream().noneMatch(IncludeInliner::isInclude)) {
        out.append(line);
      } else {
        appendAssignments(assignments, out);
      }
    }
    return out.toString();
  }

  private void appendAssignments(List<Assignment> assignments, StringBuilder out) {
    StringBuilder words = new StringBuilder();
    for (Assignment a : assignments) {
      if (isInclude(a) && includedTexts.containsKey(a.value())) {
        flush(words, out);
        appendIncluded(includedTexts.get(a.value()), out);
      } else {
        words.append(words.length() == 0 ? "\t\t" : " ").append(HistoryValues.assignment(a.key(), a.value()));
      }
    }
    flush(words, out);
    if (out.length() > 0 && out.charAt(out.length() - 1) == '\n') {
      out.setLength(out.length() - 1);
    }
  }

  private void appendIncluded(String text, StringBuilder out) {
    for (String line : text.split("\n", -1)) {
      if (!isComment(line)) {
        List<Assignment> assignments = HistoryLine.assignments(line);
        if (!assignments.isEmpty()) {
          appendAssignments(assignments, out);
          out.append('\n');
        }
      }
    }
  }

  private static void flush(StringBuilder words, StringBuilder out) {
    if (words.length() > 0) {
      out.append(words).append('\n');
      words.setLength(0);
    }
  }

  private boolean isComment(String line) {
    return dialect.skipsHashLines() && HistoryLine.isHashLine(line);
  }

  private static boolean isInclude(Assignment a) {
    return a.key().equals("par");
  }
}
