package org.sepyarn.formats.dataset;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.history.History;
import org.sepyarn.formats.history.HistoryAxes;
import org.sepyarn.formats.history.HistorySection;
import org.sepyarn.formats.history.HistoryValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a whole dataset atomically on any file system. The header is a new history or a source
 * history with a section appended (axes, {@code esize}, {@code data_format} and {@code in=}
 * always explicit). The binary goes by default next to the header as {@code <header name>@}, or
 * after the header in the same file ({@code in="stdin"}). Everything is written under hidden
 * temporary names; the caller fills {@link #binary()} sequentially and calls {@link #commit()},
 * which checks the byte count and renames the files into place. {@link #close()} without a commit
 * (or a failed commit) deletes the temporary files and leaves any existing output untouched.
 * Not thread-safe.
 */
public final class DatasetWriter implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(DatasetWriter.class);
  private static final Pattern RESERVED = Pattern.compile("(n|o|d|label|unit)[1-9]|esize|data_format|in");
  private static final byte[] SEPARATOR_LINE = {'\n', 014, 014, 004};

  private enum State { OPEN, COMMITTED, ABORTED }

  private final FileSystem fs;
  private final Path header;
  private final Path binary;
  private final long expectedBytes;
  private final String historyText;
  private final CommitRenamer renamer;
  private final Path headerTemp;
  private final Path binaryTemp;
  private BinaryOutputStream binaryOut;
  private State state = State.OPEN;

  private DatasetWriter(Builder b) throws IOException {
    this.fs = DataFileSystems.forData(b.fs);
    this.header = fs.makeQualified(b.header);
    this.binary = b.dataInHeader ? null : fs.makeQualified(b.binary != null ? b.binary
        : new Path(header.getParent(), header.getName() + "@"));
    if (binary != null && !fs.makeQualified(binary).toUri().resolve("/").equals(header.toUri().resolve("/"))) {
      throw new IllegalArgumentException("binary " + binary + " must be on the same file system as header " + header);
    }
    this.expectedBytes = BinarySize.expected(b.cube, b.format);
    this.historyText = historyText(b, binary == null ? "stdin" : binary.toUri().getPath());
    this.renamer = new CommitRenamer(fs, b.overwrite);
    renamer.checkReplaceable(header);
    if (binary != null) {
      renamer.checkReplaceable(binary);
    }
    this.headerTemp = CommitRenamer.temporarySibling(header, "writing");
    this.binaryTemp = binary == null ? null : CommitRenamer.temporarySibling(binary, "writing");
    try {
      byte[] text = historyText.getBytes(StandardCharsets.UTF_8);
      if (binary == null) {
        OutputStream out = fs.create(headerTemp, false);
        binaryOut = new BinaryOutputStream(out, expectedBytes, header.toString());
        out.write(text);
        out.write(SEPARATOR_LINE);
      } else {
        try (OutputStream out = fs.create(headerTemp, false)) {
          out.write(text);
        }
        binaryOut = new BinaryOutputStream(fs.create(binaryTemp, false), expectedBytes, binary.toString());
      }
    } catch (IOException | RuntimeException e) {
      abort();
      throw e;
    }
    LOG.debug("writing dataset {} ({} bytes of data) through temporary {}", header, expectedBytes, headerTemp);
  }

  private static String historyText(Builder b, String in) {
    Map<String, String> params = new LinkedHashMap<>(b.parameters);
    params.putAll(b.source == null ? HistoryAxes.parameters(b.cube, b.format)
        : HistoryAxes.changes(b.source, b.cube, b.format));
    params.put("in", in);
    return HistorySection.now(b.program, params).appendTo(b.source == null ? "" : b.source.selfContainedText());
  }

  /** Starts describing a dataset to write at {@code header} on {@code fs}. */
  public static Builder to(FileSystem fs, Path header, Hypercube cube, ElementFormat format) {
    return new Builder(fs, header, cube, format);
  }

  /** The stream to write every sample to, in storage order; exactly {@link #expectedBytes()} bytes. */
  public OutputStream binary() {
    checkOpen("write to");
    return binaryOut;
  }

  public long expectedBytes() {
    return expectedBytes;
  }

  /** The qualified header path the dataset will have. */
  public Path header() {
    return header;
  }

  /** Where the binary will be; the header itself when the data follows it. */
  public Path binaryPath() {
    return binary == null ? header : binary;
  }

  /** The history text written to the header. */
  public String historyText() {
    return historyText;
  }

  /**
   * Checks that exactly {@link #expectedBytes()} were written, closes the files and renames them
   * into place. On any failure the temporary files are deleted, existing output is left as it was,
   * and the error is thrown.
   */
  public void commit() throws IOException {
    checkOpen("commit");
    try {
      if (binaryOut.count() != expectedBytes) {
        long missing = expectedBytes - binaryOut.count();
        throw new InvalidDatasetException("dataset " + header + " got " + binaryOut.count() + " bytes of data but its "
            + "header describes " + expectedBytes + " bytes: " + missing + " bytes are missing");
      }
      binaryOut.close();
      List<CommitRenamer.Move> moves = new ArrayList<>();
      if (binary != null) {
        moves.add(new CommitRenamer.Move(binaryTemp, binary));
      }
      moves.add(new CommitRenamer.Move(headerTemp, header));
      renamer.promote(moves);
      state = State.COMMITTED;
      LOG.info("wrote dataset {} ({} bytes of data in {})", header, expectedBytes, binaryPath());
    } catch (IOException | RuntimeException e) {
      abort();
      throw e;
    }
  }

  /** Deletes the temporary files; existing output is untouched. Does nothing after a commit. */
  public void abort() {
    if (state != State.OPEN) {
      return;
    }
    state = State.ABORTED;
    if (binaryOut != null) {
      try {
        binaryOut.close();
      } catch (IOException e) {
        LOG.debug("closing the binary of aborted dataset {} failed: {}", header, e.toString());
      }
    }
    deleteQuietly(headerTemp);
    if (binaryTemp != null) {
      deleteQuietly(binaryTemp);
    }
  }

  private void deleteQuietly(Path p) {
    try {
      fs.delete(p, false);
    } catch (IOException e) {
      LOG.warn("could not delete temporary file {} of aborted dataset {}: {}", p, header, e.toString());
    }
  }

  /** Aborts unless committed. */
  @Override
  public void close() {
    abort();
  }

  private void checkOpen(String action) {
    if (state != State.OPEN) {
      throw new IllegalStateException("cannot " + action + " dataset " + header + ": it is already "
          + state.name().toLowerCase(java.util.Locale.ROOT));
    }
  }

  /** What to write and how; {@link #open()} creates the writer. */
  public static final class Builder {
    private final FileSystem fs;
    private final Path header;
    private final Hypercube cube;
    private final ElementFormat format;
    private String program = "sepyarn";
    private History source;
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private boolean dataInHeader;
    private Path binary;
    private boolean overwrite;

    private Builder(FileSystem fs, Path header, Hypercube cube, ElementFormat format) {
      this.fs = Objects.requireNonNull(fs, "fs");
      this.header = Objects.requireNonNull(header, "header");
      this.cube = Objects.requireNonNull(cube, "cube");
      this.format = Objects.requireNonNull(format, "format");
    }

    /** The program named in the new section's title line; default {@code sepyarn}. */
    public Builder program(String name) {
      this.program = Objects.requireNonNull(name, "program");
      return this;
    }

    /** Append a section to this history's text instead of starting a new history. */
    public Builder appendTo(History history) {
      this.source = Objects.requireNonNull(history, "history");
      return this;
    }

    /**
     * More parameters for the new section. Axis keys, {@code esize}, {@code data_format} and
     * {@code in} are written from the cube, format and binary location and may not be given.
     */
    public Builder parameters(Map<String, String> more) {
      for (Map.Entry<String, String> e : more.entrySet()) {
        if (RESERVED.matcher(e.getKey()).matches()) {
          throw new IllegalArgumentException("parameter " + e.getKey() + " is written by DatasetWriter from the "
              + "hypercube, element format and binary location; do not pass it as an extra parameter");
        }
        HistoryValues.quote(e.getKey(), e.getValue());
        parameters.put(e.getKey(), e.getValue());
      }
      return this;
    }

    /** Put the data after the header in the same file ({@code in="stdin"}); default false. */
    public Builder dataInHeader(boolean value) {
      this.dataInHeader = value;
      return this;
    }

    /** Put the binary at {@code path} (same file system) instead of {@code <header>@}. */
    public Builder binary(Path path) {
      this.binary = Objects.requireNonNull(path, "path");
      return this;
    }

    /** Replace existing output; default false (an existing header or binary is an error). */
    public Builder overwrite(boolean value) {
      this.overwrite = value;
      return this;
    }

    /**
     * The header text this dataset would have with its binary at {@code binaryPath}, for a binary
     * put in place by other means (HDFS {@code concat} of pieces) whose header is written alone.
     */
    public String headerTextFor(Path binaryPath) {
      return historyText(this, binaryPath.toUri().getPath());
    }

    /** Creates the temporary files and returns the writer. */
    public DatasetWriter open() throws IOException {
      if (dataInHeader && binary != null) {
        throw new IllegalArgumentException("dataset " + header + ": choose either data in the header or binary "
            + binary + ", not both");
      }
      return new DatasetWriter(this);
    }
  }
}
