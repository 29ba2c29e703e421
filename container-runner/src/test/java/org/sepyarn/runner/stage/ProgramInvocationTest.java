package org.sepyarn.runner.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.runner.process.ProgramCommand;
import org.sepyarn.runner.spec.FileRole;
import org.sepyarn.runner.spec.TaskFile;
import org.sepyarn.runner.spec.TaskSpec;

class ProgramInvocationTest {
  @TempDir
  Path tmp;

  private File workDir() throws IOException {
    return Files.createDirectories(tmp.resolve("work dir")).toFile();
  }

  private File logDir() throws IOException {
    return Files.createDirectories(tmp.resolve("logs")).toFile();
  }

  private static TaskSpec task(List<TaskFile> files) {
    return new TaskSpec(2, List.of("/opt/sep/bin/Smooth", "--fast"), List.of("rect1=5", "rect2=3"),
        List.of("fmin=5", "rect1=7"), Map.of("OMP_NUM_THREADS", "1"), files);
  }

  @Test
  void argvIsCommandThenArgsThenTaskArgsThenExtraArgsThenEveryNamedFileInFileOrder() throws IOException {
    File work = workDir();
    TaskSpec task = task(List.of(
        new TaskFile("vel=", FileRole.INPUT, "f0-vel.H", "hdfs:///vel.H", null),
        new TaskFile("<", FileRole.INPUT, "f1-in.H", "hdfs:///in.H", "[0:10]"),
        new TaskFile("ref=", FileRole.INPUT, "f2-ref.H", "hdfs:///ref.H", null),
        new TaskFile("dip=", FileRole.OUTPUT, "f3-dip.H", null, null)));

    ProgramCommand command = ProgramInvocation.build(task, work, logDir(), List.of("restart=y", "checkpoint=c"));

    String abs = work.getAbsolutePath() + File.separator;
    assertEquals(List.of("/opt/sep/bin/Smooth", "--fast", "rect1=5", "rect2=3", "fmin=5", "rect1=7",
        "restart=y", "checkpoint=c", "vel=" + abs + "f0-vel.H", "ref=" + abs + "f2-ref.H", "dip=" + abs + "f3-dip.H"),
        command.argv());
  }

  @Test
  void positionalFilesComeAfterEveryOtherArgumentInTheirPositionsOrder() throws IOException {
    File work = workDir();
    TaskSpec task = task(List.of(
        new TaskFile("@2", FileRole.INPUT, "f0-b.H", "hdfs:///b.H", null),
        new TaskFile("vel=", FileRole.INPUT, "f1-vel.H", "hdfs:///vel.H", null),
        new TaskFile("@1", FileRole.INPUT, "f2-a.H", "hdfs:///a.H", "[0:10]"),
        new TaskFile(">", FileRole.OUTPUT, "f3-out.H", null, null)));

    ProgramCommand command = ProgramInvocation.build(task, work, logDir(), List.of());

    String abs = work.getAbsolutePath() + File.separator;
    assertEquals(List.of("/opt/sep/bin/Smooth", "--fast", "rect1=5", "rect2=3", "fmin=5", "rect1=7",
        "vel=" + abs + "f1-vel.H", abs + "f2-a.H", abs + "f0-b.H"), command.argv());
  }

  @Test
  void theStdinFileIsStandardInputAndTheStdoutFileIsStandardOutput() throws IOException {
    File work = workDir();
    File logs = logDir();
    TaskSpec task = task(List.of(
        new TaskFile("<", FileRole.INPUT, "f0-in.H", "hdfs:///in.H", null),
        new TaskFile(">", FileRole.OUTPUT, "f1-out.H", null, null)));

    ProgramCommand command = ProgramInvocation.build(task, work, logs, List.of());

    assertEquals(new File(work, "f0-in.H"), command.stdin());
    assertEquals(new File(work, "f1-out.H"), command.stdout());
    assertEquals(new File(logs, "program.stderr"), command.stderr());
    assertEquals(work, command.workingDir());
    assertEquals(List.of("/opt/sep/bin/Smooth", "--fast", "rect1=5", "rect2=3", "fmin=5", "rect1=7"), command.argv());
  }

  @Test
  void withoutStreamFilesTheProgramReadsNothingAndWritesItsStdoutToTheLog() throws IOException {
    File logs = logDir();

    ProgramCommand command = ProgramInvocation.build(task(List.of()), workDir(), logs, List.of());

    assertNull(command.stdin());
    assertEquals(new File(logs, "program.stdout"), command.stdout());
  }

  @Test
  void binariesLandInTheWorkingFolderThroughDatapathAndTheDatapathFile() throws IOException {
    File work = workDir();

    ProgramCommand command = ProgramInvocation.build(task(List.of()), work, logDir(), List.of());

    String datapath = work.getAbsolutePath() + File.separator;
    assertEquals(datapath, command.env().get("DATAPATH"));
    assertEquals("datapath=" + datapath + "\n",
        Files.readString(new File(work, ".datapath").toPath(), StandardCharsets.UTF_8));
  }

  @Test
  void theProgramIsToldWhereToWriteItsProgressAndKeepsTheTasksEnvironment() throws IOException {
    File work = workDir();

    ProgramCommand command = ProgramInvocation.build(task(List.of()), work, logDir(), List.of());

    assertEquals(new File(work, ".sepyarn-progress").getAbsolutePath(),
        command.env().get(ProgramInvocation.PROGRESS_FILE_ENV));
    assertEquals(ProgramInvocation.progressFile(work).getAbsolutePath(), command.env().get("SEPYARN_PROGRESS_FILE"));
    assertEquals("1", command.env().get("OMP_NUM_THREADS"));
    assertEquals(3, command.env().size());
  }

  @Test
  void pwdInTheProgramsEnvironmentBecomesTheWorkingFolderWhereArchivesAreUnpacked() throws IOException {
    File work = workDir();
    TaskSpec task = new TaskSpec(0, List.of("m8r/bin/sfsmooth"), List.of(), List.of(),
        Map.of("RSFROOT", "{{PWD}}/m8r"), List.of());

    ProgramCommand command = ProgramInvocation.build(task, work, logDir(), List.of());

    assertEquals(work.getAbsolutePath() + "/m8r", command.env().get("RSFROOT"));
    assertEquals(List.of("m8r/bin/sfsmooth"), command.argv(), "a relative command is left relative to the folder");
    assertEquals(work, command.workingDir());
  }
}
