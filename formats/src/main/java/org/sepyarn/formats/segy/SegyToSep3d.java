package org.sepyarn.formats.segy;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.sep3d.HeaderKey;
import org.sepyarn.formats.sep3d.HeaderKeys;
import org.sepyarn.formats.sep3d.Sep3dWriter;

/**
 * Converts SEG-Y traces into a SEP3D dataset: the samples as {@code xdr_float} traces (IBM floats
 * converted exactly, IEEE floats copied bit for bit), the chosen trace header fields as
 * {@code scalar_int} keys, one header record per trace in file order. The file headers go into
 * the history ({@link SegyHistory}). Converts all traces or the whole traces of one range, so that
 * each task of a parallel import converts its own; reads through one buffer of bounded size.
 */
public final class SegyToSep3d {
  private final int bufferBytes;

  /** @param bufferBytes the most bytes one read fetches; at least one trace is read */
  public SegyToSep3d(int bufferBytes) {
    this.bufferBytes = bufferBytes;
  }

  public SegyToSep3d() {
    this(4 << 20);
  }

  /** Converts every trace of {@code segy}, with every standard field as a key. */
  public void convert(FileSystem fs, Path segy, Path out) throws IOException {
    SegyLayout layout = SegyLayout.read(fs, segy);
    convert(fs, segy, layout, 0, layout.traceCount(), List.of(TraceHeaderField.values()), out);
  }

  /**
   * Converts traces {@code first .. first + count - 1} (0-based) of {@code segy}.
   *
   * @throws IllegalArgumentException when a trace header says another number of samples, naming the trace
   */
  public void convert(FileSystem fs, Path segy, SegyLayout layout, long first, long count,
      List<TraceHeaderField> fields, Path out) throws IOException {
    convert(fs, segy, layout, first, count, fields, fs, out, UnaryOperator.identity());
  }

  /**
   * As {@link #convert(FileSystem, Path, SegyLayout, long, long, List, Path)}, writing to
   * {@code out} on {@code outFs}, with {@code placement} changing where the writer puts the parts
   * (e.g. {@link Sep3dWriter.Builder#headersAt}).
   */
  public void convert(FileSystem fs, Path segy, SegyLayout layout, long first, long count,
      List<TraceHeaderField> fields, FileSystem outFs, Path out, UnaryOperator<Sep3dWriter.Builder> placement)
      throws IOException {
    if (first < 0 || count < 1 || first + count > layout.traceCount()) {
      throw new IllegalArgumentException("traces " + first + ".." + (first + count - 1) + " are not among the "
          + layout.traceCount() + " traces of " + segy);
    }
    HeaderKeys keys = new HeaderKeys(fields.stream().map(f -> HeaderKey.ofInt(f.key())).toList());
    double dt = layout.sampleIntervalMicros() / 1e6;
    Map<String, String> params = new LinkedHashMap<>();
    params.put(SegyHistory.FILE, segy.toString());
    params.put(SegyHistory.FORMAT, Integer.toString(layout.format().code()));
    params.put(SegyHistory.FIRST_TRACE, Long.toString(first + 1));
    params.put(SegyHistory.TEXT, SegyHistory.hex(layout.textualHeader()));
    params.put(SegyHistory.BINARY, SegyHistory.hex(layout.binaryHeader()));
    Sep3dWriter.Builder builder = Sep3dWriter.to(outFs, out, new Axis(layout.samples(), 0, dt == 0 ? 1 : dt, "time", "s"),
        ElementFormat.XDR_FLOAT, keys, count).traceCountAxis(new Axis(1, first + 1, 1, "trace", ""))
        .program("sepyarn import segy").parameters(params).overwrite(true);
    builder = placement.apply(builder);
    int traceBytes = (int) layout.traceBytes();
    int perRead = (int) Math.max(1, Math.min(count, bufferBytes / traceBytes));
    byte[] buffer = new byte[perRead * traceBytes];
    byte[] samples = new byte[layout.samples() * 4];
    int[] words = new int[fields.size()];
    try (Sep3dWriter writer = builder.open(); FSDataInputStream in = fs.open(segy)) {
      for (long done = 0; done < count;) {
        int n = (int) Math.min(perRead, count - done);
        in.readFully(layout.dataStart() + (first + done) * traceBytes, buffer, 0, n * traceBytes);
        for (int t = 0; t < n; t++) {
          int at = t * traceBytes;
          int ns = TraceHeader.get(buffer, at, TraceHeaderField.NS);
          if (ns != 0 && ns != layout.samples()) {
            throw new IllegalArgumentException("trace " + (first + done + t + 1) + " of SEG-Y file " + segy + " says "
                + ns + " samples (bytes 115-116) but the file's traces have " + layout.samples() + ": sepyarn reads "
                + "only files whose traces all have the same length");
          }
          for (int k = 0; k < words.length; k++) {
            words[k] = TraceHeader.get(buffer, at, fields.get(k));
          }
          writer.writeRecord(words, 0);
          for (int s = 0; s < layout.samples(); s++) {
            int bits = layout.format().toIeeeBits(BigEndian.get(buffer, at + TraceHeaderField.BYTES + 4 * s, 4, false));
            BigEndian.put(samples, 4 * s, 4, bits);
          }
          writer.traces().write(samples);
        }
        done += n;
      }
      writer.commit();
    }
  }
}
