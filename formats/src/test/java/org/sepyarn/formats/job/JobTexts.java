package org.sepyarn.formats.job;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;

/** Small job texts for tests, written with single quotes for readability. */
final class JobTexts {
  static final String SOURCE = "job.json";

  private JobTexts() {
  }

  /** JSON from a text that uses single quotes instead of double quotes. */
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  static JobSpec parse(String singleQuoted) {
    return JobSpec.parse(json(singleQuoted), SOURCE);
  }

  /** A job with the given extra top-level fields after a program and 4 tasks. */
  static JobSpec parseWith(String extraFields) {
    return parse(withProgram(extraFields));
  }

  static String withProgram(String extraFields) {
    return "{'program': {'command': ['/opt/rsf/bin/sfsmooth']}, 'tasks': 4" + (extraFields.isEmpty() ? "" : ", ")
        + extraFields + "}";
  }

  /** A job with these files; tasks is left to the caller's fields. */
  static String withFiles(String files, String extraFields) {
    return "{'program': {'command': ['sfsmooth']}, 'files': [" + files + "]"
        + (extraFields.isEmpty() ? "" : ", " + extraFields) + "}";
  }

  static List<JobError> errors(String singleQuoted) {
    return assertThrows(JobValidationException.class, () -> parse(singleQuoted)).errors();
  }

  /** The one error at {@code path}; fails, listing all errors, unless exactly one is there. */
  static JobError errorAt(String singleQuoted, String path) {
    List<JobError> all = errors(singleQuoted);
    List<JobError> here = all.stream().filter(e -> e.path().equals(path)).collect(Collectors.toList());
    if (here.size() != 1) {
      fail("expected one error at " + path + " but got: " + all);
    }
    return here.get(0);
  }

  /** A file entry. */
  static String file(String tag, String path, String usage, String distribute) {
    return "{'tag': '" + tag + "', 'path': '" + path + "', 'usage': '" + usage + "', 'distribute': " + distribute + "}";
  }
}
