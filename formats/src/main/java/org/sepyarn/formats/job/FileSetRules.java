package org.sepyarn.formats.job;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rules that look at the files together: one stdin and one stdout at most, each parameter name
 * and each position once, positions from {@code @1} without a gap, no two outputs to one dataset and no output over an input. Paths are compared as written.
 * Files that failed to parse are null entries and are skipped.
 */
final class FileSetRules {
  private FileSetRules() {
  }

  static void check(List<FileSpec> files, Problems filesAt) {
    Map<String, Integer> firstByTag = new HashMap<>();
    Map<String, Integer> firstOutputByPath = new HashMap<>();
    Map<String, Integer> firstInputByPath = new HashMap<>();
    for (int i = 0; i < files.size(); i++) {
      FileSpec file = files.get(i);
      if (file != null && file.isInput()) {
        firstInputByPath.putIfAbsent(file.path(), i);
      }
    }
    for (int i = 0; i < files.size(); i++) {
      FileSpec file = files.get(i);
      if (file == null) {
        continue;
      }
      Problems at = filesAt.index(i);
      Integer sameTag = firstByTag.putIfAbsent(file.tag().toString(), i);
      if (sameTag != null) {
        at.field("tag").add("\"" + file.tag() + "\" again: files[" + sameTag + "] already has it; "
            + (file.tag().isStream() ? "a program has one stdin and one stdout"
            : file.tag().kind() == FileTag.Kind.POSITIONAL ? "each position is given once"
            : "each parameter name is used once"));
      }
      if (file.isOutput()) {
        Integer sameOutput = firstOutputByPath.putIfAbsent(file.path(), i);
        Integer sameInput = firstInputByPath.get(file.path());
        if (sameOutput != null) {
          at.field("path").add("\"" + file.path() + "\" is also the output files[" + sameOutput
              + "]: two outputs cannot be written to one dataset");
        } else if (sameInput != null && file.isIntermediate()) {
          at.field("path").add("\"" + file.path() + "\" is also read by this step, as files[" + sameInput
              + "]: a step reads only intermediates earlier steps wrote; write another intermediate");
        } else if (sameInput != null) {
          at.field("path").add("\"" + file.path() + "\" is also the input files[" + sameInput
              + "]: write the output to another dataset");
        }
      }
    }
    checkPositions(files, filesAt);
  }

  /** Positional files are numbered 1, 2, ... without a gap, so that every position is filled. */
  private static void checkPositions(List<FileSpec> files, Problems filesAt) {
    TreeMap<Integer, Integer> byPosition = new TreeMap<>();
    for (int i = 0; i < files.size(); i++) {
      FileSpec file = files.get(i);
      if (file != null && file.tag().kind() == FileTag.Kind.POSITIONAL) {
        byPosition.putIfAbsent(file.tag().position(), i);
      }
    }
    int expected = 1;
    for (Map.Entry<Integer, Integer> e : byPosition.entrySet()) {
      if (e.getKey() != expected) {
        filesAt.index(e.getValue()).field("tag").add("\"@" + e.getKey() + "\" but no file is \"@" + expected
            + "\": positional files are numbered from @1 without a gap");
        return;
      }
      expected++;
    }
  }
}
