package org.sepyarn.examples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.sepyarn.examples.stdio.DescribedInputStream;
import org.sepyarn.examples.stdio.DescribedOutputStream;
import org.sepyarn.examples.stdio.StreamOrigin;

/**
 * Runs tools in-process in a temporary world: a working folder, a home folder without a
 * {@code .datapath}, an environment without {@code DATAPATH}, stdout captured, stdin given.
 */
public final class ToolHarness {
  private final Path cwd;
  private final Map<String, String> env = new HashMap<>();

  public ToolHarness(Path root) {
    try {
      this.cwd = Files.createDirectories(root.resolve("work"));
      env.put("HOME", Files.createDirectories(root.resolve("home")).toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path cwd() {
    return cwd;
  }

  public Path home() {
    return Path.of(env.get("HOME"));
  }

  /** The environment the tools see; tests may add to it. */
  public Map<String, String> env() {
    return env;
  }

  /** Runs {@code tool args} with {@code stdin}; stdout is captured in memory (its file unknown). */
  public ToolRun run(byte[] stdin, String... commandLine) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    return execute(new ByteArrayInputStream(stdin), out, out::toByteArray, commandLine);
  }

  /** Runs with no input (a generator). */
  public ToolRun run(String... commandLine) {
    return run(new byte[0], commandLine);
  }

  /** Runs with stdout redirected to the file {@code header}, as {@code tool args > header} does. */
  public ToolRun runTo(Path header, byte[] stdin, String... commandLine) {
    try {
      OutputStream file = Files.newOutputStream(header);
      DescribedOutputStream out = new DescribedOutputStream(file, StreamOrigin.file(header.toAbsolutePath()));
      ToolRun run = execute(new ByteArrayInputStream(stdin), out, () -> read(header), commandLine);
      file.close();
      return new ToolRun(run.status(), read(header), run.stderr(), cwd);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs with stdout going into a pipe (captured). */
  public ToolRun runIntoPipe(byte[] stdin, String... commandLine) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    return execute(new ByteArrayInputStream(stdin), new DescribedOutputStream(bytes, StreamOrigin.pipe()),
        bytes::toByteArray, commandLine);
  }

  /** Runs with stdin a terminal. */
  public ToolRun runFromTerminal(String... commandLine) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    return execute(new DescribedInputStream(new ByteArrayInputStream(new byte[0]), StreamOrigin.terminal()), out,
        out::toByteArray, commandLine);
  }

  private ToolRun execute(InputStream stdin, OutputStream stdout, StdoutBytes captured, String... commandLine) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
    int status = Tools.run(commandLine, stdin, stdout, stderr, env, cwd.toFile());
    return new ToolRun(status, captured.get(), err.toString(StandardCharsets.UTF_8), cwd);
  }

  private interface StdoutBytes {
    byte[] get();
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
