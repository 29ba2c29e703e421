package org.sepyarn.runner.stage;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.sepyarn.runner.process.ProgramCommand;
import org.sepyarn.runner.process.ProgramLauncher;
import org.sepyarn.runner.process.RunningProgram;

/**
 * A launcher whose programs run for a given number of waits and then exit with a given code, or
 * run until killed; it records what it was asked to start and whether the tree was killed.
 */
final class FakeLauncher implements ProgramLauncher {
  /** Waits before the program ends; negative: it never ends by itself. */
  private final int waitsBeforeExit;
  private final int exitCode;
  private final IOException startFailure;
  final List<ProgramCommand> launched = new ArrayList<>();
  final List<FakeProgram> programs = new ArrayList<>();

  private FakeLauncher(int waitsBeforeExit, int exitCode, IOException startFailure) {
    this.waitsBeforeExit = waitsBeforeExit;
    this.exitCode = exitCode;
    this.startFailure = startFailure;
  }

  static FakeLauncher exitingWith(int exitCode, int afterWaits) {
    return new FakeLauncher(afterWaits, exitCode, null);
  }

  static FakeLauncher neverEnding() {
    return new FakeLauncher(-1, 0, null);
  }

  static FakeLauncher failingToStart(IOException why) {
    return new FakeLauncher(0, 0, why);
  }

  @Override
  public RunningProgram launch(ProgramCommand command) throws IOException {
    launched.add(command);
    if (startFailure != null) {
      throw startFailure;
    }
    FakeProgram program = new FakeProgram();
    programs.add(program);
    return program;
  }

  /** The one program started. */
  FakeProgram program() {
    if (programs.size() != 1) {
      throw new AssertionError("expected one program, started " + programs.size());
    }
    return programs.get(0);
  }

  final class FakeProgram implements RunningProgram {
    int waits;
    int kills;

    @Override
    public OptionalInt waitFor(Duration timeout) throws InterruptedException {
      if (kills > 0) {
        return OptionalInt.of(137);
      }
      waits++;
      if (waitsBeforeExit >= 0 && waits > waitsBeforeExit) {
        return OptionalInt.of(exitCode);
      }
      Thread.sleep(Math.min(timeout.toMillis(), 5));
      return OptionalInt.empty();
    }

    @Override
    public boolean isAlive() {
      return kills == 0 && (waitsBeforeExit < 0 || waits <= waitsBeforeExit);
    }

    @Override
    public void killTree() {
      kills++;
    }
  }
}
