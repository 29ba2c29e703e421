package org.sepyarn.client.segy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.dataset.DatasetWriter;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.segy.SampleFormat;
import org.sepyarn.formats.segy.SegyTraceWriter;

/**
 * The program of each task of {@code sepyarn export segy}: writes the SEG-Y traces (240-byte header
 * and samples each) of traces {@code first .. first+count-1} of a dataset, read straight from the
 * cluster file system, as a piece at {@code traces=}: a dataset of {@code xdr_byte} whose {@code n1}
 * is the bytes of one SEG-Y trace and whose {@code n2} is the task's traces ({@code o2} the first
 * one's 1-based number), so that the pieces joined in task order hold exactly the file's trace
 * bytes. SEPlib-style {@code key=value} arguments, the last of a repeated key winning. Exit 0 when the
 * piece is written, 2 for bad arguments, 1 when the dataset cannot be read or written as SEG-Y (it
 * changed since the job was made, a key does not fit its field, a NaN in IBM floats).
 */
public final class ExportPieceMain {
  static final String DATASET = "dataset";
  static final String FORMAT = "format";
  static final String TRACE_COUNT = "segy_traces";
  static final String FIRST = "first";
  static final String COUNT = "count";
  static final String TRACES = "traces";

  private ExportPieceMain() {
  }

  public static void main(String[] args) {
    System.exit(run(args, new Configuration(), System.err));
  }

  /** Writes the piece the arguments describe; returns the exit status. */
  static int run(String[] args, Configuration conf, PrintStream err) {
    Piece piece;
    try {
      piece = Piece.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("ExportPieceMain: " + e.getMessage());
      return 2;
    }
    try {
      piece.write(conf);
      return 0;
    } catch (Exception e) {
      err.println("ExportPieceMain: cannot write traces " + (piece.first + 1) + ".." + (piece.first + piece.count)
          + " of " + piece.dataset + " as SEG-Y: " + e.getMessage());
      return 1;
    }
  }

  /** One task's piece, as its arguments say it. */
  record Piece(Path dataset, SampleFormat format, long traceCount, long first, long count, Path traces) {
    static Piece parse(String[] args) {
      PieceArguments values = PieceArguments.parse(args);
      long code = values.number(FORMAT);
      SampleFormat format = SampleFormat.ofCode((int) code, FORMAT + "=" + code);
      long first = values.number(FIRST);
      long count = values.number(COUNT);
      if (first < 0 || count < 1) {
        throw new IllegalArgumentException("first=" + first + " count=" + count + ": give a first trace of at least 0"
            + " and at least one trace");
      }
      return new Piece(new Path(values.required(DATASET)), format, values.number(TRACE_COUNT), first, count,
          new Path(values.required(TRACES)));
    }

    void write(Configuration conf) throws IOException {
      SegyTraceWriter writer = new SegyTraceWriter(dataset, conf);
      if (writer.traceCount() != traceCount) {
        throw new IllegalArgumentException(dataset + " holds " + writer.traceCount() + " traces now, but "
            + traceCount + " when the export was planned: the dataset changed; export it again");
      }
      int traceBytes = (int) writer.sampling().traceBytes();
      Hypercube cube = Hypercube.of(new Axis(traceBytes, 0, 1, "segy_trace_byte", ""),
          new Axis(Math.toIntExact(count), first + 1, 1, "trace", ""));
      // The runner names the piece by a local path without a scheme.
      FileSystem local = FileSystem.getLocal(conf);
      try (DatasetWriter out = DatasetWriter.to(local, traces, cube, ElementFormat.XDR_BYTE)
          .program("sepyarn export segy").overwrite(true).open()) {
        OutputStream binary = out.binary();
        writer.write(first, count, format, binary);
        out.commit();
      }
    }
  }
}
