package org.sepyarn.runner.process;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/** Starts programs as child processes of this JVM with {@link ProcessBuilder}: argv, never a shell. */
public final class LocalProgramLauncher implements ProgramLauncher {
  /** How long a killed tree gets between SIGTERM and SIGKILL. */
  private static final Duration GRACE = Duration.ofSeconds(5);
  /** How long a SIGKILLed process gets to disappear before killTree gives up waiting. */
  private static final Duration KILL_WAIT = Duration.ofSeconds(2);
  private static final long EXIT_POLL_MILLIS = 10;

  @Override
  public RunningProgram launch(ProgramCommand command) throws IOException {
    checkEncodable(command, platformEncoding());
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

  /**
   * The JVM hands argv and environment to the operating system in the encoding of its locale
   * ({@code sun.jnu.encoding}); under a non-UTF-8 locale such as POSIX it silently turns every
   * character it cannot encode into {@code ?}. Refuses to start a program whose arguments or
   * environment would be changed that way.
   */
  static void checkEncodable(ProgramCommand command, Charset charset) throws IOException {
    CharsetEncoder encoder = charset.newEncoder();
    List<String> argv = command.argv();
    for (int i = 0; i < argv.size(); i++) {
      if (!encoder.canEncode(argv.get(i))) {
        throw notEncodable("argument " + i + " (\"" + argv.get(i) + "\")", argv.get(0), charset);
      }
    }
    for (Map.Entry<String, String> e : command.env().entrySet()) {
      if (!encoder.canEncode(e.getKey()) || !encoder.canEncode(e.getValue())) {
        throw notEncodable("environment variable " + e.getKey(), argv.get(0), charset);
      }
    }
  }

  private static IOException notEncodable(String what, String program, Charset charset) {
    return new IOException("cannot start " + program + ": its " + what + " holds characters that this JVM, "
        + "whose locale encodes program arguments as " + charset.name() + ", would replace with '?'; run the "
        + "container with a UTF-8 locale (for example LANG=C.UTF-8) or use ASCII arguments");
  }

  private static Charset platformEncoding() {
    String name = System.getProperty("sun.jnu.encoding");
    try {
      return name == null ? Charset.defaultCharset() : Charset.forName(name);
    } catch (IllegalArgumentException unknown) {
      return Charset.defaultCharset();
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
      awaitExit(tree, GRACE);
      // Still alive after the grace period: SIGKILL, and wait for it to take effect so that
      // nothing of the tree survives this call.
      List<ProcessHandle> stubborn = tree.stream().filter(ProcessHandle::isAlive).toList();
      stubborn.forEach(ProcessHandle::destroyForcibly);
      awaitExit(stubborn, KILL_WAIT);
      // The JVM's reaper thread records the exit a moment after the process is gone; wait for it
      // so that isAlive() and waitFor() agree with what this call promises.
      try {
        process.waitFor(KILL_WAIT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    /**
     * Polls rather than waiting on {@link ProcessHandle#onExit()}, which checks processes that are
     * not our children only every few hundred milliseconds.
     */
    private static void awaitExit(List<ProcessHandle> processes, Duration limit) {
      long deadline = System.nanoTime() + limit.toNanos();
      while (processes.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() - deadline < 0) {
        try {
          Thread.sleep(EXIT_POLL_MILLIS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }
}
