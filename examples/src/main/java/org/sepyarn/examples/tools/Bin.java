package org.sepyarn.examples.tools;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.sepyarn.examples.stdio.InputDataset;
import org.sepyarn.examples.stdio.OutputDataset;
import org.sepyarn.examples.stdio.ParameterTable;
import org.sepyarn.examples.stdio.Tool;
import org.sepyarn.examples.stdio.ToolContext;
import org.sepyarn.examples.stdio.ToolException;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.history.History;
import org.sepyarn.formats.sep3d.HeaderKey;
import org.sepyarn.formats.sep3d.HeaderKeys;

/**
 * {@code bin}: stacks the traces of an irregular (SEP3D) dataset onto a regular grid of one or two
 * header keys, adding every trace into the bin its keys fall in. Given a piece of an irregular
 * split ({@code sepyarn_block=} in its history), it writes only the bins its block owns (those whose
 * centre lies in the block, the first and last blocks reaching to the grid's ends) and uses the
 * overlap as context, to see every trace of those bins; so the tasks' images summed give the
 * serial image bit for bit: each bin is the sum of the same traces in the same order.
 */
public final class Bin implements Tool {
  @Override
  public String name() {
    return "bin";
  }

  @Override
  public String summary() {
    return "stacks the traces of a SEP3D dataset into a regular grid of one or two header keys";
  }

  @Override
  public boolean readsStdin() {
    return false;
  }

  @Override
  public String selfDoc() {
    return """
        NAME
            bin - stack irregular traces into a regular grid of header keys

        SYNOPSIS
            bin traces=t.H key1=cmp_x n2= o2= d2= [key2=cmp_y n3= o3= d3=] > image.H

        INPUT PARAMETERS
            traces      file    a SEP3D dataset of real 4-byte samples (hff=, keys, data_record_number)
            key1        string  the header key binned along output axis 2
            n2 o2 d2    the bins along key1: bin i is centred on o2 + i*d2, half a bin either side
            key2        string  optional second key, binned along output axis 3 (n3 o3 d3 then required)
            datapath    string  prefix of the binary's name (else $DATAPATH, ./.datapath, ~/.datapath, .)

        DESCRIPTION
            Output axis 1 is the traces' axis 1. Traces are added in header record order; a trace
            outside the grid is left out. On a piece of a job's irregular split (its history says
            sepyarn_block=), only the bins whose centre lies in the block itself are written, the
            rest are 0: the block's overlap must be at least half a bin along each key binned (so
            that the block sees every trace of its bins), and along a key the split cuts but bin
            does not bin, only the block's own traces are added. The images of all the blocks,
            summed (a "copy" output), equal the serial image bit for bit. A piece of no traces
            (n2=0) gives an image of zeros. Output xdr_float.
        """;
  }

  @Override
  public void execute(ToolContext ctx) throws IOException {
    ParameterTable p = ctx.commandLine();
    List<String> keys = new ArrayList<>(List.of(p.requireString("key1")));
    List<Axis> bins = new ArrayList<>(List.of(new Axis(p.requireInt("n2"), p.requireDouble("o2"),
        p.requireDouble("d2"), keys.get(0), "")));
    if (p.has("key2")) {
      keys.add(p.requireString("key2"));
      bins.add(new Axis(p.requireInt("n3"), p.requireDouble("o3"), p.requireDouble("d3"), keys.get(1), ""));
    }
    for (int k = 0; k < bins.size(); k++) {
      if (!(bins.get(k).d() > 0)) {
        throw p.bad("d" + (k + 2), "the bin width must be more than 0");
      }
    }
    java.nio.file.Path header = ctx.resolve(p.requireString("traces"));
    History first = historyOf(header);
    if (first.has("hff") && first.getString("n2", "1").trim().equals("0")) {
      Axis traceAxis = new Axis(first.getInt("n1", 1), first.getDouble("o1", 0), first.getDouble("d1", 1),
          first.getString("label1", ""), first.getString("unit1", ""));
      write(ctx, traceAxis, bins, new float[Math.toIntExact(traceAxis.n() * cells(bins))]);
      return;
    }
    InputDataset traces = InputDataset.fromParameter(ctx, "traces");
    String hff = traces.history().get("hff").map(String::trim).filter(v -> !v.isEmpty() && !v.equals("-1"))
        .orElseThrow(() -> p.bad("traces", "is not a SEP3D dataset: its history has no hff= naming a header dataset"));
    java.nio.file.Path hffPath = header.toAbsolutePath().getParent().resolve(hff);
    InputDataset headers = InputDataset.fromPath(ctx, "hff=" + hff, hffPath);
    if (traces.format().kind() != ElementFormat.Kind.FLOAT || traces.format().esize() != 4) {
      throw p.bad("traces", "holds " + traces.format().name() + " samples; bin stacks 4-byte real samples");
    }
    HeaderKeys headerKeys;
    try {
      headerKeys = HeaderKeys.read(headers.history(), headers.cube().n(1));
    } catch (IllegalArgumentException e) {
      throw new ToolException("header dataset " + hffPath + ": " + e.getMessage(), e);
    }
    Ownership owner = Ownership.of(traces.history(), keys, bins, p);
    int[] at = new int[keys.size()];
    for (int k = 0; k < at.length; k++) {
      at[k] = headerKeys.require(keys.get(k), "bin's key" + (k + 1));
    }
    int[] cutAt = owner.cutKeyIndexes(headerKeys);
    int drn = headerKeys.indexOf(HeaderKey.DATA_RECORD_NUMBER).orElse(-1);
    int n1 = traces.cube().n(1);
    long traceCount = traces.cube().elementCount() / n1;
    float[] image = new float[Math.toIntExact(n1 * cells(bins))];
    int width = headerKeys.size();
    ByteBuffer record = ByteBuffer.allocate(4 * width).order(headers.format().order());
    ByteBuffer trace = ByteBuffer.allocate(4 * n1).order(traces.format().order());
    double[] values = new double[keys.size()];
    double[] cutValues = new double[cutAt.length];
    long records = headers.cube().elementCount() / width;
    try (FileChannel hdr = FileChannel.open(binaryOf(headers));
        FileChannel data = FileChannel.open(binaryOf(traces))) {
      for (long r = 0; r < records; r++) {
        readFully(hdr, record.clear(), r * 4 * width);
        int cell = 0;
        int stride = 1;
        boolean inside = true;
        for (int k = 0; k < at.length && inside; k++) {
          values[k] = headerKeys.get(at[k]).type().value(record.getInt(4 * at[k]));
          long i = (long) Math.floor((values[k] - bins.get(k).o()) / bins.get(k).d() + 0.5);
          inside = i >= 0 && i < bins.get(k).n();
          cell += (int) i * stride;
          stride *= bins.get(k).n();
        }
        for (int c = 0; c < cutAt.length; c++) {
          cutValues[c] = headerKeys.get(cutAt[c]).type().value(record.getInt(4 * cutAt[c]));
        }
        if (!inside || !owner.owns(cell, cutValues)) {
          continue;
        }
        long t = drn < 0 ? r : record.getInt(4 * drn) - 1L;
        if (t < 0 || t >= traceCount) {
          throw new ToolException("header record " + (r + 1) + " of " + hffPath + " has data_record_number=" + (t + 1)
              + ", outside the " + traceCount + " traces of " + header);
        }
        readFully(data, trace.clear(), t * 4 * n1);
        int base = cell * n1;
        for (int i = 0; i < n1; i++) {
          image[base + i] += trace.getFloat(4 * i);
        }
      }
    }
    write(ctx, traces.cube().axis(1), bins, image);
  }

  private static long cells(List<Axis> bins) {
    long cells = 1;
    for (Axis a : bins) {
      cells *= a.n();
    }
    return cells;
  }

  /** The history of the header file {@code header}: its text up to the data separator, if any. */
  private static History historyOf(java.nio.file.Path header) throws IOException {
    byte[] bytes;
    try (java.io.InputStream in = Files.newInputStream(header)) {
      bytes = in.readNBytes(1 << 20);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new ToolException("history file traces=" + header + " does not exist");
    }
    int end = 0;
    while (end < bytes.length && bytes[end] != 014) {
      end++;
    }
    return History.parse(header.toString(), new String(bytes, 0, end, StandardCharsets.ISO_8859_1));
  }

  private static java.nio.file.Path binaryOf(InputDataset d) {
    return d.binary().orElseThrow(() -> new ToolException(d.name() + " has its data after its header (in=stdin);"
        + " bin reads traces by position: write the dataset with its binary in a file of its own"));
  }

  private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer, position + buffer.position());
      if (n < 0) {
        throw new ToolException("the binary ends before byte " + (position + buffer.limit()));
      }
    }
    buffer.flip();
  }

  private static void write(ToolContext ctx, Axis traceAxis, List<Axis> bins, float[] image) throws IOException {
    List<Axis> axes = new ArrayList<>(List.of(traceAxis));
    axes.addAll(bins);
    try (OutputDataset out = OutputDataset.create(ctx, History.empty("bin"), new Hypercube(axes),
        ElementFormat.XDR_FLOAT)) {
      out.write(image, 0, image.length);
    }
  }

  /**
   * Which bins and traces a piece of an irregular split adds: the bins whose centres lie in its
   * block along each key it bins, and the traces in its block along each key it is cut by but
   * does not bin. A dataset that is no such piece owns everything.
   */
  private static final class Ownership {
    private final List<Axis> bins;
    private final List<double[]> binRanges = new ArrayList<>();
    private final List<String> cutOnly = new ArrayList<>();
    private final List<double[]> cutRanges = new ArrayList<>();

    private Ownership(List<Axis> bins) {
      this.bins = bins;
    }

    static Ownership of(History h, List<String> keys, List<Axis> bins, ParameterTable p) {
      Ownership o = new Ownership(bins);
      for (int k = 0; k < keys.size(); k++) {
        o.binRanges.add(null);
      }
      if (!h.has("sepyarn_block")) {
        return o;
      }
      if (!h.has("sepyarn_key1")) {
        throw new ToolException("traces: this piece was cut over the grid's axes (" + h.getString(
            "sepyarn_grid_window", "") + "); bin needs its input cut by header keys, or whole");
      }
      for (int c = 1; h.has("sepyarn_key" + c); c++) {
        String key = h.getString("sepyarn_key" + c, "");
        int position = h.getInt("sepyarn_position" + c, 0);
        int blocks = h.getInt("sepyarn_blocks" + c, 1);
        double start = position == 0 ? Double.NEGATIVE_INFINITY : h.getDouble("sepyarn_start" + c, 0);
        double end = position == blocks - 1 ? Double.POSITIVE_INFINITY : h.getDouble("sepyarn_end" + c, 0);
        int k = keys.indexOf(key);
        if (k < 0) {
          o.cutOnly.add(key);
          o.cutRanges.add(new double[] {start, end});
          continue;
        }
        double overlap = h.getDouble("sepyarn_overlap" + c, 0);
        if (overlap < bins.get(k).d() / 2) {
          throw p.bad("d" + (k + 2), "the piece's block is widened by an overlap of " + overlap + " along " + key
              + ", less than half a bin (" + bins.get(k).d() / 2 + "), so it may miss traces of the bins it owns;"
              + " give the job an overlap of at least " + bins.get(k).d() / 2 + " along " + key);
        }
        o.binRanges.set(k, new double[] {start, end});
      }
      return o;
    }

    /** The header key indexes of the keys the split cuts but bin does not bin. */
    int[] cutKeyIndexes(HeaderKeys keys) {
      return cutOnly.stream().mapToInt(key -> keys.require(key, "the split")).toArray();
    }

    boolean owns(int cell, double[] cutValues) {
      int rest = cell;
      for (int k = 0; k < bins.size(); k++) {
        int i = rest % bins.get(k).n();
        rest /= bins.get(k).n();
        double[] range = binRanges.get(k);
        double centre = bins.get(k).o() + i * bins.get(k).d();
        if (range != null && (centre < range[0] || centre >= range[1])) {
          return false;
        }
      }
      for (int c = 0; c < cutValues.length; c++) {
        double[] range = cutRanges.get(c);
        if (cutValues[c] < range[0] || cutValues[c] >= range[1]) {
          return false;
        }
      }
      return true;
    }
  }
}
