package org.sepyarn.examples.stdio;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * This process's stdin and stdout, unbuffered and described by what they are connected to
 * (Linux's {@code /proc/self/fd}), for running a tool as a real program.
 */
public final class ProcessStreams {
  private ProcessStreams() {
  }

  /** File descriptor 0; a terminal when {@code /proc} says so or, failing that, when the JVM has a console. */
  public static InputStream stdin() {
    StreamOrigin origin = StreamOrigin.ofDescriptor(0);
    if (origin.kind() == StreamOrigin.Kind.UNKNOWN && System.console() != null) {
      origin = StreamOrigin.terminal();
    }
    return new DescribedInputStream(new FileInputStream(FileDescriptor.in), origin);
  }

  /** File descriptor 1. */
  public static OutputStream stdout() {
    return new DescribedOutputStream(new FileOutputStream(FileDescriptor.out), StreamOrigin.ofDescriptor(1));
  }
}
