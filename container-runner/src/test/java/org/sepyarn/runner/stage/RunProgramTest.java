package org.sepyarn.runner.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.runner.process.LocalProgramLauncher;
import org.sepyarn.runner.spec.FileRole;
import org.sepyarn.runner.spec.RunnerExitCodes;
import org.sepyarn.runner.spec.TaskFile;
import org.sepyarn.runner.spec.TaskSpec;

class RunProgramTest {
  private static final TaskSpec TASK = new TaskSpec(1, List.of("/opt/sep/bin/Smooth"), List.of("rect1=5"),
      List.of("fmin=5"), null, List.of(new TaskFile("vel=", FileRole.INPUT, "f0-vel.H", "hdfs:///vel.H", null)));

  @TempDir
  Path tmp;

  private Contexts dirs;

  @BeforeEach
  void folders() throws IOException {
    dirs = new Contexts(tmp);
  }

  @Test
  void aProgramThatExitsWithZeroPassesAndRanTheTasksCommand() throws Exception {
    FakeLauncher launcher = FakeLauncher.exitingWith(0, 3);

    RunProgram.run(dirs.of(TASK, 1, 0, launcher));

    assertEquals(List.of("/opt/sep/bin/Smooth", "rect1=5", "fmin=5", "vel=" + dirs.workDir.getAbsolutePath()
        + "/f0-vel.H"), launcher.launched.get(0).argv());
    assertEquals(0, launcher.program().kills);
  }

  @Test
  void aNonZeroExitIsAProgramFailureCarryingTheProgramsCode() {
    FakeLauncher launcher = FakeLauncher.exitingWith(3, 0);

    StageFailure f = assertThrows(StageFailure.class, () -> RunProgram.run(dirs.of(TASK, 1, 0, launcher)));

    assertEquals(RunnerExitCodes.PROGRAM_FAILED, f.exitCode());
    assertEquals(3, f.programExitCode());
    assertEquals("/opt/sep/bin/Smooth exited with status 3", f.getMessage());
  }

  @Test
  void aProgramThatCannotStartIsReportedAsNotStarted() {
    FakeLauncher launcher = FakeLauncher.failingToStart(new IOException("cannot start /opt/sep/bin/Smooth: no"));

    StageFailure f = assertThrows(StageFailure.class, () -> RunProgram.run(dirs.of(TASK, 1, 0, launcher)));

    assertEquals(RunnerExitCodes.PROGRAM_NOT_STARTED, f.exitCode());
    assertEquals("cannot start /opt/sep/bin/Smooth: no", f.getMessage());
    assertNull(f.programExitCode());
  }

  @Test
  void aProgramRunningPastTheTimeoutIsKilledAndTheAttemptTimesOut() {
    FakeLauncher launcher = FakeLauncher.neverEnding();

    StageFailure f = assertThrows(StageFailure.class, () -> RunProgram.run(dirs.of(TASK, 1, 300, launcher)));

    assertEquals(RunnerExitCodes.TIMED_OUT, f.exitCode());
    assertEquals(1, launcher.program().kills);
    assertEquals("the program ran longer than the job's taskTimeout of 300 ms and was killed with its child "
        + "processes", f.getMessage());
  }

  @Test
  void withoutATimeoutALongProgramIsLeftToFinish() throws Exception {
    FakeLauncher launcher = FakeLauncher.exitingWith(0, 100);

    RunProgram.run(dirs.of(TASK, 1, 0, launcher));

    assertEquals(0, launcher.program().kills);
    assertEquals(101, launcher.program().waits);
  }

  @Test
  void anInterruptedRunnerKillsTheProgramAndKeepsTheInterrupt() throws Exception {
    FakeLauncher launcher = FakeLauncher.neverEnding();
    StageFailure[] failure = new StageFailure[1];
    Thread runner = new Thread(() -> {
      try {
        RunProgram.run(dirs.of(TASK, 1, 0, launcher));
      } catch (StageFailure f) {
        failure[0] = f;
        failure[0].addSuppressed(new Exception("interrupted flag " + Thread.currentThread().isInterrupted()));
      }
    });
    runner.start();
    while (launcher.programs.isEmpty() || launcher.program().waits < 2) {
      Thread.sleep(1);
    }

    runner.interrupt();
    runner.join(10_000);

    assertFalse(runner.isAlive());
    assertEquals(RunnerExitCodes.RUNNER_ERROR, failure[0].exitCode());
    assertEquals("interrupted flag true", failure[0].getSuppressed()[0].getMessage());
    assertEquals(1, launcher.program().kills);
  }

  @Test
  void aRealProgramPastTheTimeoutIsKilledWithEveryProcessItStarted() throws Exception {
    TaskSpec task = new TaskSpec(0, List.of("/bin/sh", "-c",
        "sleep 1000 & echo $! >> pids; sh -c 'sleep 1000 & echo $! >> pids; wait' & echo $$ >> pids; wait"),
        null, null, null, null);

    StageFailure f = assertThrows(StageFailure.class,
        () -> RunProgram.run(dirs.of(task, 1, 500, new LocalProgramLauncher())));

    assertEquals(RunnerExitCodes.TIMED_OUT, f.exitCode());
    List<Long> pids = Files.readAllLines(dirs.workDir.toPath().resolve("pids")).stream()
        .map(l -> Long.parseLong(l.strip())).toList();
    assertEquals(3, pids.size(), "the program should have started its processes within 500 ms: " + pids);
    List<Long> survivors = pids.stream().filter(org.sepyarn.runner.process.ProcessChecks::isRunning).toList();
    assertEquals(List.of(), survivors);
  }

  @Test
  void aRealFailingProgramReportsItsExitCodeAndItsStderrIsKept() throws Exception {
    TaskSpec task = new TaskSpec(0, List.of("/bin/sh", "-c", "echo 'cannot read vel' >&2; exit 9"), null, null,
        null, null);

    StageFailure f = assertThrows(StageFailure.class,
        () -> RunProgram.run(dirs.of(task, 1, 0, new LocalProgramLauncher())));

    assertEquals(9, f.programExitCode());
    assertEquals("cannot read vel\n", Files.readString(dirs.logDir.toPath().resolve("program.stderr")));
    assertTrue(f.getMessage().startsWith("/bin/sh exited with status 9"), f.getMessage());
  }

  @Test
  void aRealProgramThatChangesNothingIsKilledAsStalledWithItsChildren() throws Exception {
    TaskSpec task = new TaskSpec(0, List.of("/bin/sh", "-c", "sleep 1000 & echo $! > pids; wait"), null, null, null,
        null);
    long start = System.nanoTime();

    StageFailure f = assertThrows(StageFailure.class,
        () -> RunProgram.run(dirs.stalling(task, 1_500, new LocalProgramLauncher())));

    assertEquals(RunnerExitCodes.STALLED, f.exitCode());
    assertTrue(f.getMessage().startsWith("the program changed nothing for 1s, reaching the job's stallTimeout of"
        + " 1500 ms"), f.getMessage());
    assertTrue(f.getMessage().contains("\"off\""), f.getMessage());
    assertTrue(System.nanoTime() - start < 10_000_000_000L, "killed within a few seconds");
    long child = Long.parseLong(Files.readString(dirs.workDir.toPath().resolve("pids")).strip());
    assertFalse(org.sepyarn.runner.process.ProcessChecks.isRunning(child));
  }

  @Test
  void aRealProgramThatKeepsWritingProgressIsNotStalledThoughItRunsLongerThanTheStallTimeout() throws Exception {
    TaskSpec task = new TaskSpec(0, List.of("/bin/sh", "-c",
        "i=0; while [ $i -lt 15 ]; do echo progress=0.$i >> \"$SEPYARN_PROGRESS_FILE\"; sleep 0.2; i=$((i+1)); done"),
        null, null, null, null);

    RunProgram.run(dirs.stalling(task, 1_000, new LocalProgramLauncher()));
  }

  @Test
  void aProgramWritingOnlyToStderrIsAliveToo() throws Exception {
    TaskSpec task = new TaskSpec(0, List.of("/bin/sh", "-c",
        "i=0; while [ $i -lt 15 ]; do echo shot $i >&2; sleep 0.2; i=$((i+1)); done"), null, null, null, null);

    RunProgram.run(dirs.stalling(task, 1_000, new LocalProgramLauncher()));
  }

  @Test
  void withoutAStallTimeoutASilentProgramIsLeftToRun() throws Exception {
    FakeLauncher launcher = FakeLauncher.exitingWith(0, 100);

    RunProgram.run(dirs.stalling(TASK, 0, launcher));

    assertEquals(0, launcher.program().kills);
  }
}
