package org.sepyarn.examples.stdio;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one run of a tool sees of the world: its name, its command-line parameters, its
 * three standard streams, its environment and its current folder. Tools never read
 * {@code System.in}, {@code System.getenv()} or the JVM's working directory directly, so that
 * tests can run them in-process in temporary folders.
 */
public final class ToolContext {
  private final String program;
  private final ParameterTable commandLine;
  private final InputStream stdin;
  private final StreamOrigin stdinOrigin;
  private final OutputStream stdout;
  private final StreamOrigin stdoutOrigin;
  private final PrintStream stderr;
  private final Map<String, String> env;
  private final Path cwd;

  public ToolContext(String program, ParameterTable commandLine, InputStream stdin, OutputStream stdout,
      PrintStream stderr, Map<String, String> env, Path cwd) {
    this.program = Objects.requireNonNull(program, "program");
    this.commandLine = Objects.requireNonNull(commandLine, "commandLine");
    this.stdinOrigin = StreamOrigin.of(Objects.requireNonNull(stdin, "stdin"));
    this.stdin = new BufferedInputStream(stdin, 1 << 16);
    this.stdout = Objects.requireNonNull(stdout, "stdout");
    this.stdoutOrigin = StreamOrigin.of(stdout);
    this.stderr = Objects.requireNonNull(stderr, "stderr");
    this.env = Map.copyOf(env);
    this.cwd = cwd.toAbsolutePath().normalize();
  }

  /** The tool's name, as written in history titles and messages. */
  public String program() {
    return program;
  }

  /** The {@code key=value} arguments (SEPlib's {@code getch}). */
  public ParameterTable commandLine() {
    return commandLine;
  }

  /** Standard input, buffered (its origin is {@link #stdinOrigin()}). */
  public InputStream stdin() {
    return stdin;
  }

  /** Standard output as given, unbuffered (its origin is {@link #stdoutOrigin()}). */
  public OutputStream stdout() {
    return stdout;
  }

  public PrintStream stderr() {
    return stderr;
  }

  public Map<String, String> env() {
    return env;
  }

  /** The current folder, absolute. */
  public Path cwd() {
    return cwd;
  }

  /** {@code name} as SEPlib opens it: absolute as written, otherwise relative to the current folder. */
  public Path resolve(String name) {
    return cwd.resolve(name).normalize();
  }

  /** The home folder: {@code $HOME}, else the JVM's {@code user.home}. */
  public Path home() {
    String home = env.get("HOME");
    return Paths.get(home != null && !home.isEmpty() ? home : System.getProperty("user.home"));
  }

  /** What stdin reads from. */
  public StreamOrigin stdinOrigin() {
    return stdinOrigin;
  }

  /** What stdout writes to. */
  public StreamOrigin stdoutOrigin() {
    return stdoutOrigin;
  }
}
