package org.sepyarn.client.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.client.Run;
import org.sepyarn.client.TestDatasets;

/** {@code sepyarn validate --embedded} checks a job as {@code submit --embedded} would run it. */
class ValidateCommandTest {
  @TempDir
  Path dir;

  private Path job(String command) {
    new TestDatasets(dir).ramp("in.H", 10, 8);
    Path job = dir.resolve("job.json");
    TestDatasets.write(job, "{\"program\": {\"command\": [\"" + command + "\"]}, \"tasks\": 2, \"files\": [{\"tag\":"
        + " \"<\", \"path\": \"in.H\", \"usage\": \"input\", \"distribute\": {\"split\": {\"axis\": 2}}}]}");
    return job;
  }

  @Test
  void withEmbeddedARelativePathIsTakenFromTheJobFilesFolder() {
    Run run = Run.local("validate", "--embedded", job("/bin/cat").toString());
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains(": valid"), run.toString());
  }

  @Test
  void withEmbeddedAProgramMissingOnThisMachineIsRefused() {
    Run run = Run.local("validate", "--embedded", job("/nonexistent/sfsmooth").toString());
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("program.command[0]: \"/nonexistent/sfsmooth\" does not exist on this machine"),
        run.toString());
  }
}
