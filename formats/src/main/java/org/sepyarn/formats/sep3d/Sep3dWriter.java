package org.sepyarn.formats.sep3d;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.dataset.DatasetWriter;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.history.History;

/**
 * Writes a SEP3D dataset atomically: the trace dataset at the given header, its header dataset
 * at {@code <header>@@} ({@code hff=}) and, when there is a grid, the grid at {@code <header>@@@@}
 * ({@code gff=}), each through {@link DatasetWriter}'s temporary names. The caller writes every
 * trace to {@link #traces()} and every header record with {@link #writeRecord}, then calls
 * {@link #commit()}, which puts the grid, then the headers, then the traces in place, so the
 * trace header, which makes the dataset visible, comes last. Not thread-safe.
 */
public final class Sep3dWriter implements Closeable {
  private final List<DatasetWriter> parts = new ArrayList<>();
  private final DatasetWriter traces;
  private final DatasetWriter headers;
  private final HeaderKeys keys;
  private final byte[] record;
  private final long expectedTraceBytes;
  private final long expectedRecords;
  private final CountingStream traceStream;
  private long records;

  private Sep3dWriter(Builder b) throws IOException {
    this.keys = b.keys;
    this.record = new byte[keys.recordBytes()];
    Path header = b.fs.makeQualified(b.header);
    Path hff = b.headersAt != null ? b.fs.makeQualified(b.headersAt)
        : new Path(header.getParent(), header.getName() + "@@");
    Path gff = new Path(header.getParent(), header.getName() + "@@@@");
    try {
      Map<String, String> traceParams = new LinkedHashMap<>(b.parameters);
      traceParams.put("hff", b.hffName != null ? b.hffName : hff.toUri().getPath());
      traceParams.put("gff", b.grid == null ? "-1" : gff.toUri().getPath());
      traceParams.put("same_record_number", keys.indexOf(HeaderKey.DATA_RECORD_NUMBER).isPresent() ? "0" : "1");
      if (b.grid != null) {
        b.grid.checkRecords(b.recordCount, "of " + header);
        parts.add(open(DatasetWriter.to(b.fs, gff, b.grid.axes(), ElementFormat.XDR_INT)
            .parameters(b.grid.gridParameters()), b));
        writeGrid(parts.get(0), b.grid);
      }
      Hypercube headerCube = Hypercube.of(Axis.ofLength(keys.size()), Axis.ofLength(toInt(b.recordCount, "records")));
      this.headers = open(DatasetWriter.to(b.fs, hff, headerCube, ElementFormat.XDR_INT).parameters(keys.parameters()), b);
      parts.add(headers);
      Hypercube traceCube = Hypercube.of(b.traceAxis, b.traceCountAxis.withN(toInt(b.traceCount, "traces")));
      DatasetWriter.Builder tb = DatasetWriter.to(b.fs, header, traceCube, b.format).parameters(traceParams);
      if (b.source != null) {
        tb.appendTo(b.source);
      }
      this.traces = open(tb, b);
      parts.add(traces);
      this.traceStream = new CountingStream(traces.binary());
      this.expectedTraceBytes = traces.expectedBytes();
      this.expectedRecords = b.recordCount;
    } catch (IOException | RuntimeException e) {
      abort();
      throw e;
    }
  }

  private static int toInt(long count, String what) {
    if (count < 1 || count > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("a SEP3D dataset holds 1 to " + Integer.MAX_VALUE + " " + what + ", not "
          + count + (count == 0 ? ": SEPlib has no empty axis" : ""));
    }
    return (int) count;
  }

  private static DatasetWriter open(DatasetWriter.Builder w, Builder b) throws IOException {
    return w.program(b.program).overwrite(b.overwrite).open();
  }

  private static void writeGrid(DatasetWriter w, TraceGrid grid) throws IOException {
    byte[] bytes = new byte[grid.cellCount() * 4];
    for (int i = 0; i < grid.cellCount(); i++) {
      putInt(bytes, i * 4, grid.cell(i));
    }
    w.binary().write(bytes);
  }

  static void putInt(byte[] b, int at, int v) {
    b[at] = (byte) (v >>> 24);
    b[at + 1] = (byte) (v >>> 16);
    b[at + 2] = (byte) (v >>> 8);
    b[at + 3] = (byte) v;
  }

  /** Starts describing a SEP3D dataset of {@code traceCount} traces and as many header records. */
  public static Builder to(FileSystem fs, Path header, Axis traceAxis, ElementFormat format, HeaderKeys keys,
      long traceCount) {
    return new Builder(fs, header, traceAxis, format, keys, traceCount);
  }

  /** The stream every trace goes to, in order: {@code traceCount * n1 * esize} bytes. */
  public OutputStream traces() {
    return traceStream;
  }

  /** Writes the next header record: one word per key, as {@link KeyType#bits} gives them. */
  public void writeRecord(int[] words, int offset) throws IOException {
    for (int k = 0; k < keys.size(); k++) {
      putInt(record, 4 * k, words[offset + k]);
    }
    headers.binary().write(record);
    records++;
  }

  public Path header() {
    return traces.header();
  }

  /** Checks every byte count and puts grid, headers, then traces in place; on failure deletes what it wrote. */
  public void commit() throws IOException {
    try {
      if (traceStream.count != expectedTraceBytes || records != expectedRecords) {
        throw new org.sepyarn.formats.dataset.InvalidDatasetException("SEP3D dataset " + traces.header() + " got "
            + traceStream.count + " bytes of traces and " + records + " header records but describes "
            + expectedTraceBytes + " bytes and " + expectedRecords + " records");
      }
      for (DatasetWriter w : parts) {
        w.commit();
      }
    } catch (IOException | RuntimeException e) {
      abort();
      throw e;
    }
  }

  /** Deletes the temporary files of the parts not yet committed. */
  public void abort() {
    for (DatasetWriter w : parts) {
      w.abort();
    }
  }

  @Override
  public void close() {
    abort();
  }

  /** Counts the trace bytes, so that nothing is committed unless every part is complete. */
  private static final class CountingStream extends java.io.FilterOutputStream {
    private long count;

    CountingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }

    @Override
    public void close() {
      // the writer closes the binary on commit
    }
  }

  /** What to write; {@link #open()} creates the writer. */
  public static final class Builder {
    private final FileSystem fs;
    private final Path header;
    private final Axis traceAxis;
    private final ElementFormat format;
    private final HeaderKeys keys;
    private final long traceCount;
    private long recordCount;
    private Axis traceCountAxis = Axis.ofLength(1);
    private TraceGrid grid;
    private History source;
    private String program = "sepyarn";
    private boolean overwrite;
    private Path headersAt;
    private String hffName;
    private final Map<String, String> parameters = new LinkedHashMap<>();

    private Builder(FileSystem fs, Path header, Axis traceAxis, ElementFormat format, HeaderKeys keys, long traceCount) {
      this.fs = Objects.requireNonNull(fs, "fs");
      this.header = Objects.requireNonNull(header, "header");
      this.traceAxis = Objects.requireNonNull(traceAxis, "traceAxis");
      this.format = Objects.requireNonNull(format, "format");
      this.keys = Objects.requireNonNull(keys, "keys");
      this.traceCount = traceCount;
      this.recordCount = traceCount;
    }

    /** Header records, when not one per trace (the keys must then include {@code data_record_number}). */
    public Builder recordCount(long count) {
      if (count != traceCount && keys.indexOf(HeaderKey.DATA_RECORD_NUMBER).isEmpty()) {
        throw new IllegalArgumentException(count + " header records for " + traceCount + " traces need a "
            + "data_record_number key");
      }
      this.recordCount = count;
      return this;
    }

    /** Origin, sampling and label of axis 2, which counts the traces; default o=0, d=1. */
    public Builder traceCountAxis(Axis axis) {
      this.traceCountAxis = Objects.requireNonNull(axis, "axis");
      return this;
    }

    public Builder grid(TraceGrid g) {
      this.grid = Objects.requireNonNull(g, "grid");
      return this;
    }

    /** Append the trace history's section to {@code history} (its {@code hff}/{@code gff} are replaced). */
    public Builder appendTo(History history) {
      this.source = history;
      return this;
    }

    /**
     * Writes the header dataset at {@code path} instead of {@code <header>@@}, while the trace
     * header names it {@code hff=hffName}: for a piece of a dataset whose header records are joined
     * elsewhere into the dataset {@code hffName} names (a task of a parallel import).
     */
    public Builder headersAt(Path path, String hffName) {
      this.headersAt = Objects.requireNonNull(path, "path");
      if (Objects.requireNonNull(hffName, "hffName").isBlank() || hffName.equals("-1")) {
        throw new IllegalArgumentException("hff=" + hffName + " names no header dataset");
      }
      this.hffName = hffName;
      return this;
    }

    public Builder program(String name) {
      this.program = Objects.requireNonNull(name, "program");
      return this;
    }

    public Builder overwrite(boolean value) {
      this.overwrite = value;
      return this;
    }

    /** More parameters for the trace history's new section ({@code hff}, {@code gff} are written by the writer). */
    public Builder parameters(Map<String, String> more) {
      for (String k : more.keySet()) {
        if (k.equals("hff") || k.equals("gff") || k.equals("same_record_number")) {
          throw new IllegalArgumentException(k + "= is written by Sep3dWriter; do not pass it");
        }
      }
      parameters.putAll(more);
      return this;
    }

    public Sep3dWriter open() throws IOException {
      return new Sep3dWriter(this);
    }
  }
}
