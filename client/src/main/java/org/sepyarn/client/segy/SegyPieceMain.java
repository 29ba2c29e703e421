package org.sepyarn.client.segy;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sepyarn.formats.segy.SegyLayout;
import org.sepyarn.formats.segy.SegyToSep3d;
import org.sepyarn.formats.segy.TraceHeaderField;

/**
 * The program of each task of {@code sepyarn import segy}: converts traces {@code first ..
 * first+count-1} of a SEG-Y file, read straight from the cluster file system, into a piece of a
 * SEP3D dataset: the traces at {@code traces=} and their header records at {@code headers=}, the
 * traces' header naming the joined header dataset ({@code hff=}). SEPlib-style {@code key=value}
 * arguments, the last of a repeated key winning. Runs in a task's container on its class path
 * (sepyarn.jar and the cluster's Hadoop). Exit 0 when the piece is written, 2 for bad arguments, 1
 * when the file cannot be read or converted (it changed since the job was made, a trace is broken).
 */
public final class SegyPieceMain {
  static final String SEGY = "segy";
  static final String TRACE_COUNT = "segy_traces";
  static final String KEYS = "keys";
  static final String HFF = "hff";
  static final String FIRST = "first";
  static final String COUNT = "count";
  static final String HEADERS = "headers";
  static final String TRACES = "traces";

  private SegyPieceMain() {
  }

  public static void main(String[] args) {
    System.exit(run(args, new Configuration(), System.err));
  }

  /** Converts the piece the arguments describe; returns the exit status. */
  static int run(String[] args, Configuration conf, PrintStream err) {
    Piece piece;
    try {
      piece = Piece.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("SegyPieceMain: " + e.getMessage());
      return 2;
    }
    try {
      piece.convert(conf);
      return 0;
    } catch (Exception e) {
      err.println("SegyPieceMain: cannot convert traces " + (piece.first + 1) + ".." + (piece.first + piece.count)
          + " of " + piece.segy + ": " + e.getMessage());
      return 1;
    }
  }

  /** One task's piece, as its arguments say it. */
  record Piece(Path segy, long traceCount, List<TraceHeaderField> fields, String hff, long first, long count,
      Path headers, Path traces) {
    static Piece parse(String[] args) {
      PieceArguments values = PieceArguments.parse(args);
      List<TraceHeaderField> fields = new ArrayList<>();
      for (String key : values.required(KEYS).split(",")) {
        fields.add(TraceHeaderField.byKey(key).orElseThrow(() -> new IllegalArgumentException("keys= names "
            + key + ", which is no SEG-Y trace header field")));
      }
      return new Piece(new Path(values.required(SEGY)), values.number(TRACE_COUNT), fields, values.required(HFF),
          values.number(FIRST), values.number(COUNT), new Path(values.required(HEADERS)),
          new Path(values.required(TRACES)));
    }

    void convert(Configuration conf) throws java.io.IOException {
      FileSystem segyFs = segy.getFileSystem(conf);
      SegyLayout layout = SegyLayout.read(segyFs, segy);
      if (layout.traceCount() != traceCount) {
        throw new IllegalArgumentException(segy + " holds " + layout.traceCount() + " traces now, but "
            + traceCount + " when the import was planned: the file changed; import it again");
      }
      // The runner names the pieces by local paths without a scheme.
      FileSystem local = FileSystem.getLocal(conf);
      new SegyToSep3d().convert(segyFs, segy, layout, first, count, fields, local, traces,
          b -> b.headersAt(headers, hff));
    }
  }
}
