package org.sepyarn.runner.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.runner.spec.FileRole;
import org.sepyarn.runner.spec.RunnerExitCodes;
import org.sepyarn.runner.spec.TaskFile;
import org.sepyarn.runner.spec.TaskSpec;

class CheckOutputsTest {
  private static final Hypercube CUBE = Hypercube.ofLengths(10, 3);

  @TempDir
  Path tmp;

  private Contexts dirs;

  @BeforeEach
  void folders() throws IOException {
    dirs = new Contexts(tmp);
  }

  private static TaskSpec task(TaskFile... files) {
    return new TaskSpec(0, List.of("prog"), null, null, null, List.of(files));
  }

  private static TaskFile stdout() {
    return new TaskFile(">", FileRole.OUTPUT, "f1-out.H", null, null);
  }

  private static TaskFile named() {
    return new TaskFile("dip=", FileRole.OUTPUT, "f2-dip.H", null, null);
  }

  private StageFailure failure(TaskSpec task) {
    StageFailure f = assertThrows(StageFailure.class, () -> CheckOutputs.run(dirs.of(task)));
    assertEquals(RunnerExitCodes.OUTPUT_INVALID, f.exitCode());
    return f;
  }

  @Test
  void completeOutputsPass() throws Exception {
    TestDatasets.write(new File(dirs.workDir, "f1-out.H"), CUBE, TestDatasets.ramp(CUBE, 0));
    TestDatasets.write(new File(dirs.workDir, "f2-dip.H"), CUBE, TestDatasets.ramp(CUBE, 1));

    CheckOutputs.run(dirs.of(task(stdout(), named())));
  }

  @Test
  void inputsAreNotChecked() throws Exception {
    CheckOutputs.run(dirs.of(task(new TaskFile("<", FileRole.INPUT, "f0-in.H", "hdfs:///in.H", null))));
  }

  @Test
  void aNamedOutputTheProgramDidNotWriteIsInvalid() {
    StageFailure f = failure(task(named()));

    assertEquals("output dip= (f2-dip.H): the program did not write f2-dip.H", f.getMessage());
  }

  @Test
  void anEmptyStandardOutputIsInvalid() throws IOException {
    Files.createFile(dirs.workDir.toPath().resolve("f1-out.H"));

    StageFailure f = failure(task(stdout()));

    assertEquals("output > (f1-out.H): the program wrote nothing to standard output", f.getMessage());
  }

  @Test
  void aHeaderWhoseBinaryIsShortIsInvalidAndTheMessageSaysByHowMuch() throws IOException {
    TestDatasets.write(new File(dirs.workDir, "f1-out.H"), CUBE, TestDatasets.ramp(CUBE, 0));
    Path binary = dirs.workDir.toPath().resolve("f1-out.H@");
    byte[] bytes = Files.readAllBytes(binary);
    Files.write(binary, Arrays.copyOf(bytes, bytes.length - 8));

    StageFailure f = failure(task(stdout()));

    assertTrue(f.getMessage().startsWith("output > (f1-out.H) is not a complete dataset: "), f.getMessage());
    assertTrue(f.getMessage().contains("it is truncated by 2 elements"), f.getMessage());
  }

  @Test
  void aHeaderWhoseBinaryIsMissingIsInvalid() throws IOException {
    TestDatasets.write(new File(dirs.workDir, "f2-dip.H"), CUBE, TestDatasets.ramp(CUBE, 0));
    Files.delete(dirs.workDir.toPath().resolve("f2-dip.H@"));

    StageFailure f = failure(task(named()));

    assertTrue(f.getMessage().startsWith("output dip= (f2-dip.H) is not a complete dataset: "), f.getMessage());
  }

  @Test
  void textThatIsNotAHeaderIsInvalid() throws IOException {
    Files.writeString(dirs.workDir.toPath().resolve("f1-out.H"), "Segmentation fault\n", StandardCharsets.UTF_8);

    StageFailure f = failure(task(stdout()));

    assertTrue(f.getMessage().startsWith("output > (f1-out.H) is not a complete dataset: "), f.getMessage());
  }
}
