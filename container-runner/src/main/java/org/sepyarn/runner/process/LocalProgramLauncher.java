package org.sepyarn.runner.process;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/** Starts programs as child processes of this JVM with {@link ProcessBuilder}: argv, never a shell. */
public final class LocalProgramLauncher implements ProgramLauncher {
  /** How long a killed tree gets between SIGTERM and SIGKILL. */
  private static final Duration GRACE = Duration.ofSeconds(5);

  @Override
  public RunningProgram launch(ProgramCommand command) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command.argv())
        .directory(command.workingDir())
        .redirectOutput(Redirect.to(command.stdout()))
        .redirectError(Redirect.to(command.stderr()))
        .redirectInput(command.stdin() == null ? Redirect.from(nullDevice()) : Redirect.from(command.stdin()));
    builder.environment().putAll(command.env());
    try {
      return new LocalRunningProgram(builder.start());
    } catch (IOException e) {
      throw new IOException("cannot start " + command.argv().get(0) + " in " + command.workingDir() + ": "
          + e.getMessage(), e);
    }
  }

  private static java.io.File nullDevice() {
    return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  private static final class LocalRunningProgram implements RunningProgram {
    private final Process process;

    LocalRunningProgram(Process process) {
      this.process = process;
    }

    @Override
    public OptionalInt waitFor(Duration timeout) throws InterruptedException {
      if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        return OptionalInt.of(process.exitValue());
      }
      return OptionalInt.empty();
    }

    @Override
    public boolean isAlive() {
      return process.isAlive();
    }

    @Override
    public void killTree() {
      // Collect the tree first: once the parent dies, its children are re-parented and lost.
      List<ProcessHandle> tree = new ArrayList<>();
      process.toHandle().descendants().forEach(tree::add);
      tree.add(process.toHandle());
      tree.forEach(ProcessHandle::destroy);
      long deadline = System.nanoTime() + GRACE.toNanos();
      for (ProcessHandle handle : tree) {
        long left = deadline - System.nanoTime();
        if (left > 0) {
          try {
            handle.onExit().get(left, TimeUnit.NANOSECONDS);
          } catch (Exception e) {
            // still alive after the grace period: killed forcibly below
          }
        }
      }
      tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
  }
}
