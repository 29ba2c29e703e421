package org.sepyarn.formats.job;

/** Small flow texts for tests, written with single quotes as {@link JobTexts} reads them. */
final class FlowTexts {
  private FlowTexts() {
  }

  /** A step with a program named after it and these files; {@code extra} adds keys. */
  static String step(String name, String extra, String... files) {
    return "{'name': '" + name + "', 'program': {'command': ['/opt/rsf/bin/sf" + name + "']}, 'files': ["
        + String.join(", ", files) + "]" + (extra.isEmpty() ? "" : ", " + extra) + "}";
  }

  /** A flow of these steps; {@code extra} adds top-level keys. */
  static String flow(String extra, String... steps) {
    return "{'steps': [" + String.join(", ", steps) + "]" + (extra.isEmpty() ? "" : ", " + extra) + "}";
  }

  static String in(String tag, String path, String distribute) {
    return JobTexts.file(tag, path, "input", distribute);
  }

  static String out(String tag, String path, String distribute) {
    return JobTexts.file(tag, path, "output", distribute);
  }

  static String split(int axis) {
    return "{'split': {'axis': " + axis + "}}";
  }

  static String blocks(String blocks, String overlap) {
    return "{'patch': {'blocks': " + blocks + ", 'overlap': " + overlap + "}}";
  }

  /** scale (dataset to @scaled) then smooth (@scaled to a dataset), both split along axis 2 in 4. */
  static String scaleThenSmooth() {
    return flow("'tasks': 4",
        step("scale", "", in("<", "/data/in.H", split(2)), out(">", "@scaled", split(2))),
        step("smooth", "", in("<", "@scaled", split(2)), out(">", "/data/out.H", split(2))));
  }
}
