package org.sepyarn.examples.stdio;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import org.sepyarn.formats.element.ElementFormat;

/**
 * Reads a dataset's samples in order (axis 1 fastest), decoding them to {@code double}s; complex
 * samples give two values each (real, imaginary). Holds one block of bytes in memory. The reader
 * knows how many bytes the header promises and says so clearly when the data ends early or runs
 * on past them.
 */
public final class SampleInput implements Closeable {
  private static final int BLOCK_BYTES = 1 << 16;

  private final InputStream in;
  private final ElementFormat format;
  private final String dataName;
  private final long expectedBytes;
  private final byte[] block;
  private long readBytes;

  SampleInput(InputStream in, ElementFormat format, String dataName, long expectedBytes) {
    this.in = in;
    this.format = format;
    this.dataName = dataName;
    this.expectedBytes = expectedBytes;
    this.block = new byte[Math.max(format.esize(), BLOCK_BYTES / format.esize() * format.esize())];
  }

  public ElementFormat format() {
    return format;
  }

  /** How many elements are still to be read. */
  public long remainingElements() {
    return (expectedBytes - readBytes) / format.esize();
  }

  /**
   * Reads exactly {@code elements} samples into {@code dst} from {@code dstOff}
   * ({@code elements * format().components()} values).
   */
  public void read(double[] dst, int dstOff, int elements) throws IOException {
    int esize = format.esize();
    if (elements > remainingElements()) {
      throw new IllegalStateException("asked for " + elements + " elements of " + dataName + " but only "
          + remainingElements() + " remain");
    }
    int done = 0;
    while (done < elements) {
      int count = Math.min(elements - done, block.length / esize);
      int got = in.readNBytes(block, 0, count * esize);
      if (got < count * esize) {
        throw new ToolException("the data of " + dataName + " ends after " + (readBytes + got) + " bytes, but the "
            + "header needs " + expectedBytes + " (n1*n2*..*n9*esize)");
      }
      format.decode(block, 0, dst, dstOff + done * format.components(), count);
      readBytes += got;
      done += count;
    }
  }

  /**
   * Checks that the data held nothing after the last sample (a data file's size is checked when
   * it is opened; data following a header in a stream can only be checked at its end).
   */
  public void finish() throws IOException {
    if (remainingElements() > 0) {
      throw new IllegalStateException(remainingElements() + " elements of " + dataName + " were not read");
    }
    if (in.read() >= 0) {
      throw new ToolException("the data of " + dataName + " holds more than the " + expectedBytes
          + " bytes its header describes (n1*n2*..*n9*esize)");
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
