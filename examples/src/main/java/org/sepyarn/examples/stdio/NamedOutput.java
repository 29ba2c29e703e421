package org.sepyarn.examples.stdio;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.history.History;

/**
 * A dataset written, streaming, to the history file a parameter names ({@code out=vec.H}): the
 * header is written beside its final name and renamed to it by {@link #commit()} once every
 * sample is written, so a reader never sees a header whose binary is incomplete. Closed without
 * a commit (a failure), it removes the partial header.
 */
public final class NamedOutput implements Closeable {
  private final Path header;
  private final Path temporary;
  private final OutputStream file;
  private final OutputDataset dataset;
  private boolean closed;

  private NamedOutput(Path header, Path temporary, OutputStream file, OutputDataset dataset) {
    this.header = header;
    this.temporary = temporary;
    this.file = file;
    this.dataset = dataset;
  }

  /** Opens the dataset named by parameter {@code key}, following {@code previous} (see {@link OutputDataset#create}). */
  public static NamedOutput create(ToolContext ctx, String key, History previous, Hypercube cube, ElementFormat format)
      throws IOException {
    Path header = ctx.resolve(ctx.commandLine().requireString(key));
    Path temporary = header.resolveSibling("." + header.getFileName() + ".tmp-" + ProcessHandle.current().pid());
    OutputStream file = Files.newOutputStream(temporary);
    try {
      ToolContext toFile = new ToolContext(ctx.program(), ctx.commandLine(), java.io.InputStream.nullInputStream(),
          new DescribedOutputStream(file, StreamOrigin.file(header)), ctx.stderr(), ctx.env(), ctx.cwd());
      return new NamedOutput(header, temporary, file, OutputDataset.create(toFile, previous, cube, format));
    } catch (IOException | RuntimeException e) {
      file.close();
      Files.deleteIfExists(temporary);
      throw e;
    }
  }

  public ElementFormat format() {
    return dataset.format();
  }

  /** Writes {@code count} samples ({@code count * components} values) from {@code src[off]}. */
  public void write(double[] src, int off, int count) throws IOException {
    dataset.write(src, off, count);
  }

  /** Completes the binary and gives the header its final name. */
  public void commit() throws IOException {
    closed = true;
    try {
      dataset.close();
    } finally {
      file.close();
    }
    Files.move(temporary, header, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      file.close();
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
