package org.sepyarn.formats.segy;

import java.io.IOException;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Where a SEG-Y file's traces are: the file headers (3200 bytes of text, 400 binary, then 3200 per
 * extended textual header), then traces of a fixed length, a 240-byte header and {@code ns}
 * samples each. {@code ns} comes from the binary header (bytes 3221-3222), or from the first trace
 * header when the binary header says 0. Gives the byte range of whole traces of each task.
 *
 * @param textualHeader the 3200 bytes of the textual header
 * @param binaryHeader the 400 bytes of the binary header
 * @param format the sample format
 * @param samples samples per trace
 * @param dataStart the byte where the first trace starts
 * @param traceCount the number of traces
 */
public record SegyLayout(byte[] textualHeader, byte[] binaryHeader, SampleFormat format, int samples, long dataStart,
    long traceCount) {
  /** Bytes of one trace, header included. */
  public long traceBytes() {
    return TraceHeaderField.BYTES + (long) samples * format.bytesPerSample();
  }

  /** The sample interval in microseconds (binary header bytes 3217-3218). */
  public int sampleIntervalMicros() {
    return BinaryHeaderField.HDT.get(binaryHeader);
  }

  /**
   * Reads the file headers of {@code path} and checks that the file holds whole traces.
   *
   * @throws IllegalArgumentException naming the file and the field that is wrong
   */
  public static SegyLayout read(FileSystem fs, Path path) throws IOException {
    long length = fs.getFileStatus(path).getLen();
    if (length < 3600) {
      throw new IllegalArgumentException("SEG-Y file " + path + " holds " + length + " bytes, fewer than the 3600 of its"
          + " textual and binary headers");
    }
    byte[] text = new byte[TextualHeader.BYTES];
    byte[] binary = new byte[BinaryHeaderField.BYTES];
    try (FSDataInputStream in = fs.open(path)) {
      in.readFully(0, text);
      in.readFully(BinaryHeaderField.START, binary);
      SampleFormat format = SampleFormat.ofCode(BinaryHeaderField.FORMAT.get(binary), "SEG-Y file " + path);
      int extended = BinaryHeaderField.EXTENDED_HEADERS.get(binary);
      if (extended < 0) {
        throw new IllegalArgumentException("SEG-Y file " + path + " says a variable number of extended textual headers"
            + " (bytes 3505-3506 = " + extended + "), which sepyarn does not read");
      }
      long dataStart = 3600L + 3200L * extended;
      int samples = BinaryHeaderField.HNS.get(binary);
      if (samples == 0 && length >= dataStart + TraceHeaderField.BYTES) {
        byte[] first = new byte[TraceHeaderField.BYTES];
        in.readFully(dataStart, first);
        samples = TraceHeader.get(first, 0, TraceHeaderField.NS);
      }
      if (samples == 0) {
        throw new IllegalArgumentException("SEG-Y file " + path + " says 0 samples per trace in its binary header (bytes"
            + " 3221-3222) and in its first trace header (bytes 115-116)");
      }
      return of(path.toString(), text, binary, format, samples, dataStart, length);
    }
  }

  static SegyLayout of(String source, byte[] text, byte[] binary, SampleFormat format, int samples, long dataStart,
      long length) {
    long traceBytes = TraceHeaderField.BYTES + (long) samples * format.bytesPerSample();
    long data = length - dataStart;
    if (data < 0 || data % traceBytes != 0) {
      throw new IllegalArgumentException("SEG-Y file " + source + " holds " + Math.max(0, data) + " bytes after its "
          + "headers, not a whole number of traces of " + traceBytes + " bytes (240 + " + samples + " samples of "
          + format.bytesPerSample() + " bytes): the samples per trace (bytes 3221-3222) or the number of extended "
          + "textual headers (bytes 3505-3506) are wrong, or the traces do not all have the same length");
    }
    return new SegyLayout(text, binary, format, samples, dataStart, data / traceBytes);
  }

  /** How the file's traces are shared among tasks: SEP's split rule ({@link SegyTraceRanges}). */
  public SegyTraceRanges ranges() {
    return new SegyTraceRanges(dataStart, traceBytes(), traceCount);
  }

  /**
   * The traces task {@code task} of {@code tasks} converts: {@code traceCount / tasks} each, the
   * remainder one each to the first tasks (SEP's split rule).
   *
   * @return {@code [first trace, number of traces]}
   */
  public long[] taskTraces(int task, int tasks) {
    return ranges().taskTraces(task, tasks);
  }

  /** The byte range {@code [start, end)} of the whole traces of task {@code task} of {@code tasks}. */
  public long[] taskBytes(int task, int tasks) {
    return ranges().taskBytes(task, tasks);
  }
}
