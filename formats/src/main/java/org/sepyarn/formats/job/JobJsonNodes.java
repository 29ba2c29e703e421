package org.sepyarn.formats.job;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Parts of a job file as JSON, for code that writes jobs (a solve's flow): a program, a file. */
public final class JobJsonNodes {
  private JobJsonNodes() {
  }

  public static ObjectNode program(ProgramSpec program) {
    return JobJsonWriter.program(program);
  }

  public static ObjectNode file(FileSpec file) {
    return JobJsonWriter.file(file);
  }
}
