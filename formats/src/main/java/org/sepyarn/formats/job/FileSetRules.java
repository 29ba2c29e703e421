package org.sepyarn.formats.job;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rules that look at the files together: one stdin and one stdout at most, each parameter name
 * once, no two outputs to one dataset and no output over an input. Paths are compared as written.
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
            + (file.tag().isStream() ? "a program has one stdin and one stdout" : "each parameter name is used once"));
      }
      if (file.isOutput()) {
        Integer sameOutput = firstOutputByPath.putIfAbsent(file.path(), i);
        Integer sameInput = firstInputByPath.get(file.path());
        if (sameOutput != null) {
          at.field("path").add("\"" + file.path() + "\" is also the output files[" + sameOutput
              + "]: two outputs cannot be written to one dataset");
        } else if (sameInput != null) {
          at.field("path").add("\"" + file.path() + "\" is also the input files[" + sameInput
              + "]: write the output to another dataset");
        }
      }
    }
  }
}
