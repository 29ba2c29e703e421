package org.sepyarn.examples.stdio;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;

/**
 * A serial program that follows SEPlib's conventions. {@link #run} is the whole program: it
 * reads {@code key=value} arguments and stdin, writes a header to stdout and a binary where
 * SEPlib would, reports problems on stderr and returns the exit status (0 done, 1 failed), so
 * tests can run it in-process and {@code main} methods can pass the status to
 * {@code System.exit}.
 */
public interface Tool {
  /** The name the tool is called by ({@code smooth}). */
  String name();

  /** One line saying what the tool does. */
  String summary();

  /** The SEPlib-style self-documentation: name, synopsis, parameters, description. */
  String selfDoc();

  /** Whether the tool reads a dataset on stdin (generators do not). */
  boolean readsStdin();

  /**
   * Does the work. Problems with the user's input are {@link ToolException}s (or
   * {@link IllegalArgumentException}s from the formats library), which {@link #run} reports.
   */
  void execute(ToolContext ctx) throws IOException;

  /**
   * Runs the tool on the given streams, environment and current folder; returns the exit status.
   * With no arguments and nothing to read (stdin a terminal, or empty for a tool that reads
   * stdin) it prints its self-documentation to stderr and returns 1; with the single argument
   * {@code --help} it prints it to stdout and returns 0.
   */
  default int run(String[] args, InputStream stdin, OutputStream stdout, PrintStream stderr,
      Map<String, String> env, File cwd) {
    return ToolRunner.run(this, args, stdin, stdout, stderr, env, cwd);
  }
}
