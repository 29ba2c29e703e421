package org.sepyarn.examples.stdio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.history.History;

/**
 * A dataset named by a parameter ({@code model=m.H}), read or written whole, as the vectors of
 * an operator program are. Writing goes to a temporary header beside the named one, renamed over
 * it once the binary is complete, so a reader never sees a header whose binary is half written.
 *
 * @param history its history
 * @param cube its axes
 * @param format its sample format
 * @param values its samples in order (real and imaginary parts interleaved for complex ones)
 */
public record WholeDataset(History history, Hypercube cube, ElementFormat format, double[] values) {
  private static final long MAX_VALUES = Integer.MAX_VALUE - 8;

  /** Reads the dataset named by parameter {@code key}. */
  public static WholeDataset read(ToolContext ctx, String key) throws IOException {
    InputDataset in = InputDataset.fromParameter(ctx, key);
    long count = in.cube().elementCount() * in.format().components();
    if (count > MAX_VALUES) {
      throw new ToolException(in.name() + " holds " + count + " values, more than this program holds in memory ("
          + MAX_VALUES + ")");
    }
    double[] values = new double[(int) count];
    try (SampleInput samples = in.openSamples()) {
      samples.read(values, 0, (int) in.cube().elementCount());
      samples.finish();
    }
    return new WholeDataset(in.history(), in.cube(), in.format(), values);
  }

  /** Reads the dataset named by {@code key} when its header exists. */
  public static Optional<WholeDataset> readIfExists(ToolContext ctx, String key) throws IOException {
    return Files.exists(ctx.resolve(ctx.commandLine().requireString(key))) ? Optional.of(read(ctx, key))
        : Optional.empty();
  }

  /**
   * Writes {@code values} as the dataset named by parameter {@code key}: its header continues
   * {@code previous} (see {@link OutputDataset#create}), its binary goes where SEPlib puts the
   * binary of that header ({@code datapath}, or {@code out=}).
   */
  public static void write(ToolContext ctx, String key, History previous, Hypercube cube, ElementFormat format,
      double[] values) throws IOException {
    Path header = ctx.resolve(ctx.commandLine().requireString(key));
    Path temporary = header.resolveSibling("." + header.getFileName() + ".tmp-" + ProcessHandle.current().pid());
    try (OutputStream file = Files.newOutputStream(temporary)) {
      ToolContext toFile = new ToolContext(ctx.program(), ctx.commandLine(), java.io.InputStream.nullInputStream(),
          new DescribedOutputStream(file, StreamOrigin.file(header)),
          ctx.stderr(), ctx.env(), ctx.cwd());
      try (OutputDataset out = OutputDataset.create(toFile, previous, cube, format)) {
        out.write(values, 0, (int) cube.elementCount());
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
    Files.move(temporary, header, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
