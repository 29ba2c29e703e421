package org.sepyarn.examples.stdio;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.history.History;
import org.sepyarn.formats.history.HistoryAxes;
import org.sepyarn.formats.history.HistorySection;

/**
 * The dataset a tool writes. Its header goes to stdout: the input's history text exactly as it
 * was read, then one appended section (title line {@code <program>:   user@host   date}, then
 * the axis values that changed, {@code esize}, {@code data_format} and {@code in=}; a generator,
 * which has no input history, writes every axis). The binary goes where
 * {@link BinaryDestination} says: a file, or after the bytes {@code \014\014\004} on stdout.
 * Samples are written in order from {@code double}s (or {@code float}s) through one block of
 * bytes; {@link #close()} checks that exactly {@code n1*..*n9} elements were written.
 */
public final class OutputDataset implements Closeable {
  private static final int BLOCK_BYTES = 1 << 16;

  private final ElementFormat format;
  private final long elements;
  private final OutputStream data;
  private final boolean ownsData;
  private final BinaryDestination destination;
  private final String headerText;
  private final byte[] block;
  private final double[] converted;
  private long written;

  private OutputDataset(ElementFormat format, long elements, OutputStream data, boolean ownsData,
      BinaryDestination destination, String headerText) {
    this.format = format;
    this.elements = elements;
    this.data = data;
    this.ownsData = ownsData;
    this.destination = destination;
    this.headerText = headerText;
    int perBlock = Math.max(1, BLOCK_BYTES / format.esize());
    this.block = new byte[perBlock * format.esize()];
    this.converted = new double[perBlock * format.components()];
  }

  /**
   * Writes the header for a dataset of {@code cube} in {@code format}, following
   * {@code previous} (the input's history, or {@link History#empty} for a generator), and opens
   * the binary.
   */
  public static OutputDataset create(ToolContext ctx, History previous, Hypercube cube, ElementFormat format)
      throws IOException {
    BinaryDestination destination = BinaryDestination.resolve(ctx, LocalHost.name());
    Map<String, String> parameters = new LinkedHashMap<>(previous.parameters().isEmpty()
        ? HistoryAxes.parameters(cube, format) : HistoryAxes.changes(previous, cube, format));
    parameters.remove("in");
    parameters.put("in", destination.inValue());
    String text = HistorySection.now(ctx.program(), parameters).appendTo(previous.text());
    OutputStream stdout = ctx.stdout();
    stdout.write(text.getBytes(StandardCharsets.ISO_8859_1));
    if (destination.followsHeader()) {
      stdout.write(HeaderText.SEPARATOR);
      return new OutputDataset(format, cube.elementCount(), new BufferedOutputStream(stdout, BLOCK_BYTES), false,
          destination, text);
    }
    stdout.flush();
    Path file = destination.file();
    OutputStream out;
    try {
      out = Files.newOutputStream(file);
    } catch (NoSuchFileException e) {
      throw new ToolException("cannot create binary " + file + " (" + destination.reason() + "): its folder "
          + file.getParent() + " does not exist");
    } catch (IOException e) {
      throw new ToolException("cannot create binary " + file + " (" + destination.reason() + "): " + e, e);
    }
    return new OutputDataset(format, cube.elementCount(), new BufferedOutputStream(out, BLOCK_BYTES), true,
        destination, text);
  }

  /**
   * The output format: {@code out_format=} from the command line if given, else
   * {@code dflt} (the input's format; {@code xdr_float} for generators).
   */
  public static ElementFormat format(ToolContext ctx, ElementFormat dflt) {
    ParameterTable cl = ctx.commandLine();
    if (!cl.has("out_format")) {
      return dflt;
    }
    try {
      return ElementFormat.byName(cl.requireString("out_format"));
    } catch (IllegalArgumentException e) {
      throw cl.bad("out_format", "is not a usable element format: " + e.getMessage());
    }
  }

  public ElementFormat format() {
    return format;
  }

  public BinaryDestination destination() {
    return destination;
  }

  /** The header text written to stdout (without the separator). */
  public String headerText() {
    return headerText;
  }

  /** Writes {@code count} elements ({@code count * format().components()} values) from {@code src[off]}. */
  public void write(double[] src, int off, int count) throws IOException {
    checkRoom(count);
    int perBlock = block.length / format.esize();
    for (int done = 0; done < count; done += perBlock) {
      int n = Math.min(perBlock, count - done);
      format.encode(src, off + done * format.components(), block, 0, n);
      data.write(block, 0, n * format.esize());
    }
    written += count;
  }

  /** Writes {@code count} real elements from {@code src[off]}. */
  public void write(float[] src, int off, int count) throws IOException {
    if (format.components() != 1) {
      throw new IllegalStateException("float samples are real, but the output is " + format.name());
    }
    checkRoom(count);
    int perBlock = block.length / format.esize();
    for (int done = 0; done < count; done += perBlock) {
      int n = Math.min(perBlock, count - done);
      for (int i = 0; i < n; i++) {
        converted[i] = src[off + done + i];
      }
      format.encode(converted, 0, block, 0, n);
      data.write(block, 0, n * format.esize());
    }
    written += count;
  }

  private void checkRoom(int count) {
    if (count < 0 || written + count > elements) {
      throw new IllegalStateException("writing " + count + " elements after " + written + " would pass the "
          + elements + " the header describes");
    }
  }

  /** Flushes the data and closes a binary file; throws when fewer elements were written than described. */
  @Override
  public void close() throws IOException {
    if (ownsData) {
      data.close();
    } else {
      data.flush();
    }
    if (written != elements) {
      throw new IllegalStateException("wrote " + written + " elements but the header describes " + elements);
    }
  }
}
