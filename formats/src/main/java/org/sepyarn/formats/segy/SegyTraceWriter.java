package org.sepyarn.formats.segy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.dataset.DatasetReader;
import org.sepyarn.formats.sep3d.HeaderKeys;
import org.sepyarn.formats.sep3d.HeaderReader;
import org.sepyarn.formats.sep3d.Sep3dDataset;
import org.sepyarn.formats.sep3d.TraceReader;

/**
 * Writes the SEG-Y traces (240-byte header and samples each) of a range of a dataset's traces, so
 * that the whole file is its {@link SegyFileHeader} followed by the ranges of every task in order.
 * A SEP3D dataset gives its traces in header record order (following {@code data_record_number}),
 * every key named like a {@link TraceHeaderField} in its bytes (float keys rounded), {@code tracl}
 * the 1-based record number when no key gives it, {@code dt} the sample interval unless a key gives
 * it. A regular dataset gives every sample of axes 2..9 as a trace, {@code tracl} and
 * {@code tracr} its 1-based number. {@code ns} is always {@code n1}. Reads through one buffer of
 * bounded size.
 */
public final class SegyTraceWriter {
  private final Configuration conf;
  private final int bufferBytes;
  private final Dataset dataset;
  private final Sep3dDataset sep3d;
  private final SegySampling sampling;

  /**
   * Opens the dataset whose header is {@code header}.
   *
   * @throws IllegalArgumentException when its samples cannot be written as SEG-Y, saying why
   */
  public SegyTraceWriter(Path header, Configuration conf, int bufferBytes) throws IOException {
    this.conf = conf;
    this.bufferBytes = bufferBytes;
    this.dataset = Dataset.open(header, conf);
    this.sampling = SegySampling.of(dataset);
    this.sep3d = Sep3dDataset.isSep3d(dataset.history()) ? Sep3dDataset.open(header, conf) : null;
  }

  public SegyTraceWriter(Path header, Configuration conf) throws IOException {
    this(header, conf, 4 << 20);
  }

  public Dataset dataset() {
    return dataset;
  }

  public SegySampling sampling() {
    return sampling;
  }

  /** Whether the dataset is SEP3D (traces in header record order) rather than a regular cube. */
  public boolean isSep3d() {
    return sep3d != null;
  }

  /** The traces of the SEG-Y file: one per header record of a SEP3D dataset, one per trace of a cube. */
  public long traceCount() {
    return sep3d != null ? sep3d.recordCount() : dataset.cube().elementCount() / dataset.cube().n(1);
  }

  /** Where each task's traces go in the file. */
  public SegyTraceRanges ranges() {
    return new SegyTraceRanges(SegyFileHeader.BYTES, sampling.traceBytes(), traceCount());
  }

  /** The 3600 bytes of file headers of the whole file in {@code format}. */
  public byte[] fileHeader(SampleFormat format) {
    return SegyFileHeader.of(dataset, sampling, format, traceCount());
  }

  /**
   * Writes traces {@code first .. first + count - 1} (0-based) as SEG-Y traces in {@code format}.
   *
   * @throws IllegalArgumentException when a key does not fit its field or a sample is NaN in IBM
   *     floats, naming the record or trace and sample
   */
  public void write(long first, long count, SampleFormat format, OutputStream out) throws IOException {
    long total = traceCount();
    if (first < 0 || count < 0 || first + count > total) {
      throw new IllegalArgumentException("traces " + first + ".." + (first + count - 1) + " (0-based) are not among the "
          + total + " traces of " + dataset.header());
    }
    Sink sink = new Sink(out, format);
    if (sep3d != null) {
      writeSep3d(first, count, sink);
    } else {
      writeRegular(first, count, sink);
    }
  }

  private void writeRegular(long first, long count, Sink sink) throws IOException {
    int traceBytes = sampling.samples() * 4;
    int perRead = (int) Math.max(1, Math.min(count, bufferBytes / traceBytes));
    byte[] buffer = new byte[perRead * traceBytes];
    byte[] header = new byte[TraceHeaderField.BYTES];
    try (DatasetReader reader = new DatasetReader(dataset, conf)) {
      for (long t = first; t < first + count;) {
        int n = (int) Math.min(perRead, first + count - t);
        reader.readBytes(t * traceBytes, buffer, 0, n * traceBytes);
        for (int i = 0; i < n; i++) {
          Arrays.fill(header, (byte) 0);
          TraceHeader.set(header, 0, TraceHeaderField.TRACL, t + i + 1);
          TraceHeader.set(header, 0, TraceHeaderField.TRACR, t + i + 1);
          sink.trace(t + i, header, 0, false, buffer, i * traceBytes);
        }
        t += n;
      }
    }
  }

  private void writeSep3d(long first, long count, Sink sink) throws IOException {
    HeaderKeys keys = sep3d.keys();
    List<TraceHeaderField> fields = new ArrayList<>();
    List<Integer> index = new ArrayList<>();
    for (int k = 0; k < keys.size(); k++) {
      var field = TraceHeaderField.byKey(keys.get(k).name());
      if (field.isPresent()) {
        fields.add(field.get());
        index.add(k);
      }
    }
    boolean hasDt = fields.contains(TraceHeaderField.DT);
    boolean hasTracl = fields.contains(TraceHeaderField.TRACL);
    int traceBytes = sep3d.traceBytes();
    int chunk = (int) Math.max(1, Math.min(count, bufferBytes / (traceBytes + TraceHeaderField.BYTES)));
    Gathered gathered = new Gathered(chunk, traceBytes, hasDt);
    try (HeaderReader reader = new HeaderReader(sep3d, conf); TraceReader traces = new TraceReader(sep3d, conf)) {
      reader.scan(first, count, (record, words, offset) -> {
        int at = gathered.filled * TraceHeaderField.BYTES;
        Arrays.fill(gathered.headers, at, at + TraceHeaderField.BYTES, (byte) 0);
        if (!hasTracl) {
          TraceHeader.set(gathered.headers, at, TraceHeaderField.TRACL, record + 1);
        }
        for (int f = 0; f < fields.size(); f++) {
          int k = index.get(f);
          double value = keys.get(k).type().value(words[offset + k]);
          try {
            TraceHeader.set(gathered.headers, at, fields.get(f), Math.round(value));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("header record " + (record + 1) + " of " + sep3d.headers().header()
                + ": " + e.getMessage(), e);
          }
        }
        if (gathered.filled == 0) {
          gathered.firstRecord = record;
        }
        gathered.traceNumbers[gathered.filled++] = reader.traceOf(record, words, offset);
        if (gathered.filled == chunk) {
          gathered.flush(traces, sink);
        }
      });
      if (gathered.filled > 0) {
        gathered.flush(traces, sink);
      }
    }
  }

  /** The trace headers and trace numbers of the records read since the last flush. */
  private static final class Gathered {
    final byte[] headers;
    final long[] traceNumbers;
    final int traceBytes;
    final boolean keepDt;
    int filled;
    long firstRecord;

    Gathered(int chunk, int traceBytes, boolean keepDt) {
      this.headers = new byte[chunk * TraceHeaderField.BYTES];
      this.traceNumbers = new long[chunk];
      this.traceBytes = traceBytes;
      this.keepDt = keepDt;
    }

    void flush(TraceReader traces, Sink sink) throws IOException {
      ByteArrayOutputStream samples = new ByteArrayOutputStream(filled * traceBytes);
      traces.copyTraces(Arrays.copyOf(traceNumbers, filled), samples);
      byte[] bytes = samples.toByteArray();
      for (int i = 0; i < filled; i++) {
        sink.trace(firstRecord + i, headers, i * TraceHeaderField.BYTES, keepDt, bytes, i * traceBytes);
      }
      filled = 0;
    }
  }

  /** Writes traces, converting samples to the file's format. */
  private final class Sink {
    private final OutputStream out;
    private final SampleFormat format;
    private final ByteOrder order;
    private final byte[] trace;

    Sink(OutputStream out, SampleFormat format) {
      this.out = out;
      this.format = format;
      this.order = dataset.format().order();
      this.trace = new byte[(int) sampling.traceBytes()];
    }

    /** Writes trace {@code number} (0-based, for messages) from its header and samples at {@code offset}. */
    void trace(long number, byte[] header, int headerOffset, boolean keepDt, byte[] data, int offset)
        throws IOException {
      int samples = sampling.samples();
      System.arraycopy(header, headerOffset, trace, 0, TraceHeaderField.BYTES);
      TraceHeader.set(trace, 0, TraceHeaderField.NS, samples);
      if (!keepDt) {
        TraceHeader.set(trace, 0, TraceHeaderField.DT, sampling.dtMicros());
      }
      ByteBuffer in = ByteBuffer.wrap(data, offset, 4 * samples).order(order);
      for (int s = 0; s < samples; s++) {
        int bits = in.getInt();
        int stored;
        try {
          stored = format.fromIeeeBits(bits);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("trace " + (number + 1) + ", sample " + (s + 1) + " of " + dataset.header()
              + " is NaN, which IBM floats cannot hold: export with IEEE floats (--format ieee) or replace the NaN"
              + " first", e);
        }
        BigEndian.put(trace, TraceHeaderField.BYTES + 4 * s, 4, stored);
      }
      out.write(trace);
    }
  }
}
