package org.sepyarn.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/** What one in-process run of a tool left: exit status, stdout bytes, stderr text. */
public record ToolRun(int status, byte[] stdout, String stderr, Path cwd) {
  /** Asserts the run succeeded (showing stderr otherwise) and reads the dataset it wrote. */
  public WrittenDataset dataset() {
    assertEquals(0, status, () -> "tool failed: " + stderr);
    return WrittenDataset.parse(stdout, cwd);
  }

  /** Asserts the run failed with status 1. */
  public ToolRun failed() {
    assertEquals(1, status, () -> "expected a failure, stderr: " + stderr + " stdout: "
        + new String(Arrays.copyOf(stdout, Math.min(stdout.length, 400)), StandardCharsets.ISO_8859_1));
    return this;
  }
}
