package org.sepyarn.examples.stdio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Objects;
import java.util.Optional;

/**
 * What a standard stream is connected to, as far as the program can tell: a regular file (whose
 * path names the output header and its binary), a pipe or socket (SEPlib then sends the data
 * down the same stream), a terminal (nothing to read: print the self-documentation), or
 * something unknown. Immutable.
 */
public final class StreamOrigin {
  /** The kinds of connection that change what a SEPlib program does. */
  public enum Kind { FILE, PIPE, TERMINAL, UNKNOWN }

  private static final StreamOrigin PIPE = new StreamOrigin(Kind.PIPE, null);
  private static final StreamOrigin TERMINAL = new StreamOrigin(Kind.TERMINAL, null);
  private static final StreamOrigin UNKNOWN = new StreamOrigin(Kind.UNKNOWN, null);

  private final Kind kind;
  private final Path file;

  private StreamOrigin(Kind kind, Path file) {
    this.kind = kind;
    this.file = file;
  }

  /** A stream redirected to or from the regular file {@code file} (an absolute path). */
  public static StreamOrigin file(Path file) {
    Objects.requireNonNull(file, "file");
    if (!file.isAbsolute()) {
      throw new IllegalArgumentException("a stream's file must be an absolute path, got " + file);
    }
    return new StreamOrigin(Kind.FILE, file);
  }

  public static StreamOrigin pipe() {
    return PIPE;
  }

  public static StreamOrigin terminal() {
    return TERMINAL;
  }

  public static StreamOrigin unknown() {
    return UNKNOWN;
  }

  /** The origin a stream declares ({@link DescribedInputStream}, {@link DescribedOutputStream}), else unknown. */
  public static StreamOrigin of(Object stream) {
    if (stream instanceof DescribedInputStream) {
      return ((DescribedInputStream) stream).origin();
    }
    if (stream instanceof DescribedOutputStream) {
      return ((DescribedOutputStream) stream).origin();
    }
    return UNKNOWN;
  }

  /**
   * The origin of this process's file descriptor {@code fd}, read from Linux's
   * {@code /proc/self/fd/<fd>} link; unknown where that cannot be read.
   */
  public static StreamOrigin ofDescriptor(int fd) {
    Path link = Paths.get("/proc/self/fd/" + fd);
    try {
      return classify(Files.readSymbolicLink(link).toString());
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return UNKNOWN;
    }
  }

  /** The origin named by a {@code /proc/self/fd} link target such as {@code pipe:[123]} or {@code /data/out.H}. */
  static StreamOrigin classify(String target) {
    if (target.startsWith("pipe:") || target.startsWith("socket:")) {
      return PIPE;
    }
    if (target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console")) {
      return TERMINAL;
    }
    Path path = Paths.get(target);
    if (path.isAbsolute() && Files.isRegularFile(path)) {
      return file(path);
    }
    return UNKNOWN;
  }

  public Kind kind() {
    return kind;
  }

  /** The regular file, for {@link Kind#FILE}. */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  public boolean isTerminal() {
    return kind == Kind.TERMINAL;
  }

  public boolean isPipe() {
    return kind == Kind.PIPE;
  }

  @Override
  public String toString() {
    return kind == Kind.FILE ? "file " + file : kind.name().toLowerCase(java.util.Locale.ROOT);
  }
}
