package org.sepyarn.formats.segy;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.dataset.Dataset;
import org.sepyarn.formats.dataset.DatasetReader;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.history.History;
import org.sepyarn.formats.sep3d.HeaderKeys;
import org.sepyarn.formats.sep3d.HeaderReader;
import org.sepyarn.formats.sep3d.Sep3dDataset;
import org.sepyarn.formats.sep3d.TraceReader;

/**
 * Writes a SEG-Y file from a SEP3D dataset (traces in header record order, every key named like a
 * {@link TraceHeaderField} put in its bytes) or from a regular dataset (axis 1 the samples, every
 * other sample of axes 2..9 a trace, {@code tracl} and {@code tracr} numbering them). Samples must
 * be floats; they are written as IBM or IEEE floats. File headers kept in the history by an import
 * are written back (with the sample count, interval and format set to the data's); otherwise new
 * ones are made. The file is written under a temporary name next to the target, then renamed.
 */
public final class SegyExport {
  private final Configuration conf;
  private final int bufferBytes;

  public SegyExport(Configuration conf, int bufferBytes) {
    this.conf = conf;
    this.bufferBytes = bufferBytes;
  }

  public SegyExport(Configuration conf) {
    this(conf, 4 << 20);
  }

  /**
   * @throws IllegalArgumentException when the data cannot be written as SEG-Y, saying why
   * @throws FileAlreadyExistsException when {@code segy} exists and {@code overwrite} is false
   */
  public void export(Path header, Path segy, SampleFormat format, boolean overwrite) throws IOException {
    Dataset dataset = Dataset.open(header, conf);
    ElementFormat element = dataset.format();
    if (element.kind() != ElementFormat.Kind.FLOAT) {
      throw new IllegalArgumentException("dataset " + dataset.header() + " holds " + element.name() + " samples; SEG-Y "
          + "export writes float samples only (data_format=xdr_float or native_float)");
    }
    FileSystem fs = segy.getFileSystem(conf);
    if (fs.exists(segy) && !overwrite) {
      throw new FileAlreadyExistsException(segy + " already exists; refusing to replace it");
    }
    boolean sep3d = Sep3dDataset.isSep3d(dataset.history());
    long traces = dataset.cube().elementCount() / dataset.cube().n(1);
    Path temp = new Path(segy.getParent(), "." + segy.getName() + ".writing-" + UUID.randomUUID().toString()
        .substring(0, 8) + ".tmp");
    boolean done = false;
    try {
      try (OutputStream out = new BufferedOutputStream(fs.create(temp, false), 1 << 16)) {
        TraceSink sink = new TraceSink(out, dataset, format);
        sink.fileHeaders(traces);
        if (sep3d) {
          writeSep3d(Sep3dDataset.open(header, conf), sink);
        } else {
          writeRegular(dataset, traces, sink);
        }
      }
      if (overwrite) {
        fs.delete(segy, false);
      }
      if (!fs.rename(temp, segy)) {
        throw new IOException("cannot rename " + temp + " to " + segy);
      }
      done = true;
    } finally {
      if (!done) {
        fs.delete(temp, false);
      }
    }
  }

  private void writeRegular(Dataset dataset, long traces, TraceSink sink) throws IOException {
    int traceBytes = dataset.cube().n(1) * 4;
    int perRead = (int) Math.max(1, Math.min(traces, bufferBytes / traceBytes));
    byte[] buffer = new byte[perRead * traceBytes];
    byte[] header = new byte[TraceHeaderField.BYTES];
    try (DatasetReader reader = new DatasetReader(dataset, conf)) {
      for (long t = 0; t < traces;) {
        int n = (int) Math.min(perRead, traces - t);
        reader.readBytes(t * traceBytes, buffer, 0, n * traceBytes);
        for (int i = 0; i < n; i++) {
          java.util.Arrays.fill(header, (byte) 0);
          TraceHeader.set(header, 0, TraceHeaderField.TRACL, t + i + 1);
          TraceHeader.set(header, 0, TraceHeaderField.TRACR, t + i + 1);
          sink.trace(t + i, header, false, buffer, i * traceBytes);
        }
        t += n;
      }
    }
  }

  private void writeSep3d(Sep3dDataset dataset, TraceSink sink) throws IOException {
    HeaderKeys keys = dataset.keys();
    List<TraceHeaderField> fields = new ArrayList<>();
    List<Integer> index = new ArrayList<>();
    boolean hasDt = false;
    boolean hasTracl = false;
    for (int k = 0; k < keys.size(); k++) {
      var field = TraceHeaderField.byKey(keys.get(k).name());
      if (field.isPresent()) {
        fields.add(field.get());
        index.add(k);
        hasDt |= field.get() == TraceHeaderField.DT;
        hasTracl |= field.get() == TraceHeaderField.TRACL;
      }
    }
    int traceBytes = dataset.traceBytes();
    int chunk = (int) Math.max(1, Math.min(dataset.recordCount(), bufferBytes / (traceBytes + TraceHeaderField.BYTES)));
    byte[] headers = new byte[chunk * TraceHeaderField.BYTES];
    long[] traceNumbers = new long[chunk];
    long[] firstRecord = {0};
    int[] filled = {0};
    boolean keepDt = hasDt;
    boolean numbered = hasTracl;
    try (HeaderReader reader = new HeaderReader(dataset, conf); TraceReader traces = new TraceReader(dataset, conf)) {
      ChunkWriter flush = () -> {
        ByteArrayOutputStream samples = new ByteArrayOutputStream(filled[0] * traceBytes);
        traces.copyTraces(java.util.Arrays.copyOf(traceNumbers, filled[0]), samples);
        byte[] bytes = samples.toByteArray();
        for (int i = 0; i < filled[0]; i++) {
          byte[] header = java.util.Arrays.copyOfRange(headers, i * TraceHeaderField.BYTES,
              (i + 1) * TraceHeaderField.BYTES);
          sink.trace(firstRecord[0] + i, header, keepDt, bytes, i * traceBytes);
        }
        firstRecord[0] += filled[0];
        filled[0] = 0;
      };
      reader.scan((record, words, offset) -> {
        int at = filled[0] * TraceHeaderField.BYTES;
        java.util.Arrays.fill(headers, at, at + TraceHeaderField.BYTES, (byte) 0);
        if (!numbered) {
          TraceHeader.set(headers, at, TraceHeaderField.TRACL, record + 1);
        }
        for (int f = 0; f < fields.size(); f++) {
          int k = index.get(f);
          double value = keys.get(k).type().value(words[offset + k]);
          try {
            TraceHeader.set(headers, at, fields.get(f), Math.round(value));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("header record " + (record + 1) + " of " + dataset.headers().header()
                + ": " + e.getMessage(), e);
          }
        }
        traceNumbers[filled[0]++] = reader.traceOf(record, words, offset);
        if (filled[0] == chunk) {
          flush.run();
        }
      });
      if (filled[0] > 0) {
        flush.run();
      }
    }
  }

  /** Writes one buffer-full of gathered traces. */
  @FunctionalInterface
  private interface ChunkWriter {
    void run() throws IOException;
  }

  /** Writes file headers and traces, converting samples to the file's format. */
  private static final class TraceSink {
    private final OutputStream out;
    private final Dataset dataset;
    private final SampleFormat format;
    private final ByteOrder order;
    private final int samples;
    private final int dtMicros;
    private final byte[] trace;

    TraceSink(OutputStream out, Dataset dataset, SampleFormat format) {
      this.out = out;
      this.dataset = dataset;
      this.format = format;
      this.order = dataset.format().order();
      this.samples = dataset.cube().n(1);
      if (samples > 0xffff) {
        throw new IllegalArgumentException("dataset " + dataset.header() + " has n1=" + samples + " samples per trace; "
            + "SEG-Y holds at most 65535");
      }
      long dt = Math.round(dataset.cube().axis(1).d() * 1e6);
      byte[] kept = SegyHistory.bytes(dataset.history(), SegyHistory.BINARY, BinaryHeaderField.BYTES).orElse(null);
      if (kept != null && BinaryHeaderField.HDT.get(kept) == 0 && dataset.cube().axis(1).d() == 1) {
        dt = 0; // imported from a file without a sample interval, which the import wrote as d1=1
      }
      if (dt < 0 || dt > 0xffff) {
        throw new IllegalArgumentException("dataset " + dataset.header() + " has d1=" + dataset.cube().axis(1).d()
            + " s, which as a SEG-Y sample interval in microseconds is not in 0..65535: SEG-Y axis 1 is time in seconds; set"
            + " d1 to the sample interval in seconds (for example d1=0.004)");
      }
      this.dtMicros = (int) dt;
      this.trace = new byte[TraceHeaderField.BYTES + 4 * samples];
    }

    void fileHeaders(long traces) throws IOException {
      History h = dataset.history();
      byte[] text = SegyHistory.bytes(h, SegyHistory.TEXT, TextualHeader.BYTES).orElseGet(() -> newText(traces));
      byte[] binary = SegyHistory.bytes(h, SegyHistory.BINARY, BinaryHeaderField.BYTES).orElse(null);
      if (binary == null) {
        binary = new byte[BinaryHeaderField.BYTES];
        BinaryHeaderField.REVISION.set(binary, 0x0100);
        BinaryHeaderField.FIXED_LENGTH.set(binary, 1);
      }
      BinaryHeaderField.HDT.set(binary, dtMicros);
      BinaryHeaderField.HNS.set(binary, samples);
      BinaryHeaderField.FORMAT.set(binary, format.code());
      BinaryHeaderField.EXTENDED_HEADERS.set(binary, 0);
      out.write(text);
      out.write(binary);
    }

    private byte[] newText(long traces) {
      List<String> lines = new ArrayList<>();
      lines.add(line(1, "SEG-Y WRITTEN BY SEPYARN FROM " + dataset.header().toUri().getPath()));
      lines.add(line(2, traces + " TRACES OF " + samples + " SAMPLES, SAMPLE INTERVAL " + dtMicros + " US"));
      lines.add(line(3, "SAMPLE FORMAT " + format.code() + (format == SampleFormat.IBM_FLOAT ? " (IBM FLOAT)"
          : " (IEEE FLOAT)")));
      for (int i = 4; i < 40; i++) {
        lines.add(line(i, ""));
      }
      lines.add(line(40, "END TEXTUAL HEADER"));
      return TextualHeader.encode(String.join("\n", lines));
    }

    private static String line(int number, String text) {
      StringBuilder sb = new StringBuilder(String.format(java.util.Locale.ROOT, "C%2d %s", number, text));
      for (int i = 0; i < sb.length(); i++) {
        if (sb.charAt(i) < ' ' || sb.charAt(i) > '~') {
          sb.setCharAt(i, '?');
        }
      }
      return sb.length() > 80 ? sb.substring(0, 80) : sb.toString();
    }

    /** Writes trace {@code number} (0-based, for messages) from its header and samples at {@code offset}. */
    void trace(long number, byte[] header, boolean keepDt, byte[] data, int offset) throws IOException {
      System.arraycopy(header, 0, trace, 0, TraceHeaderField.BYTES);
      TraceHeader.set(trace, 0, TraceHeaderField.NS, samples);
      if (!keepDt) {
        TraceHeader.set(trace, 0, TraceHeaderField.DT, dtMicros);
      }
      java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(data, offset, 4 * samples).order(order);
      for (int s = 0; s < samples; s++) {
        int bits = in.getInt();
        int stored;
        try {
          stored = format.fromIeeeBits(bits);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("trace " + (number + 1) + ", sample " + (s + 1) + " of " + dataset.header()
              + " is NaN, which IBM floats cannot hold: export with IEEE floats (format 5) or replace the NaN first", e);
        }
        BigEndian.put(trace, TraceHeaderField.BYTES + 4 * s, 4, stored);
      }
      out.write(trace);
    }
  }
}
