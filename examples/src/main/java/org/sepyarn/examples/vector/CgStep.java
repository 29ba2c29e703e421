package org.sepyarn.examples.vector;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.sepyarn.examples.stdio.NamedOutput;
import org.sepyarn.examples.stdio.ParameterTable;
import org.sepyarn.examples.stdio.Tool;
import org.sepyarn.examples.stdio.ToolContext;
import org.sepyarn.examples.stdio.ToolException;
import org.sepyarn.examples.stdio.WholeDataset;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.history.History;
import org.sepyarn.formats.solver.StepLengths;

/**
 * {@code cgstep}: the vector arithmetic of an out-of-core conjugate-direction solve, on the
 * pieces of its vectors, streaming. Each operation forms its results in double precision and
 * rounds each once to the output's format, and sums products in sample order, so a piece gives
 * the same bits however often it runs. Dot products are written as partial sums (one small
 * {@code xdr_double} dataset per piece), which the solve adds up in piece order.
 */
public final class CgStep implements Tool {
  static final ElementFormat SUMS = ElementFormat.XDR_DOUBLE;

  @Override
  public String name() {
    return "cgstep";
  }

  @Override
  public String summary() {
    return "vector arithmetic of an out-of-core conjugate-gradient solve (sepyarn solve runs it)";
  }

  @Override
  public boolean readsStdin() {
    return false;
  }

  @Override
  public String selfDoc() {
    return """
        NAME
            cgstep - the vector arithmetic of an out-of-core conjugate-direction solve

        SYNOPSIS
            cgstep op=residual r=OUT [d=IN] [Lx=IN] [like=IN]
            cgstep op=dots dots=OUT G=IN r=IN [S=IN]
            cgstep op=update ndots=K dots0=IN.. previous=y|n grad=IN [prev=IN] [v=IN] sign=1|-1 norms=OUT
                [dir=OUT] [vnew=OUT] [vkeep=OUT]
            cgstep op=combine n=K in0=IN .. sum=OUT
            cgstep op=multiply w=IN vec=IN product=OUT
            cgstep op=norms niter=N parts=C r_I_C=IN .. x_I=IN .. table=OUT

        INPUT PARAMETERS
            <key>_scale  float  multiplies the vector <key> as it is read (default 1)
            like         file   the shape of a residual with neither d nor Lx (a zero vector)

        DESCRIPTION
            residual  r = d - Lx (an absent vector is zero).
            dots      the partial sums G.G, G.r, S.S, G.S, S.r over this piece (n1=5, xdr_double);
                      an absent r or S is zero.
            update    adds the partial sums of dots0.., takes the step lengths alpha and beta from
                      them (beta only with previous=y), and writes dir = alpha grad + beta prev,
                      vnew = v + sign dir (rounded dir), vkeep a copy of vnew, and the partial
                      sums v.v, vnew.vnew (n1=2, xdr_double).
            combine   sum = in0 + in1 + ...
            multiply  product = w vec, sample by sample (w real; both parts of a complex vec).
            norms     the table of |r| and |x| of each iteration (n1=2, n2=niter+1) from the
                      partial sums of each update: r_I_C (iteration I, data part C) and x_I.
        """;
  }

  @Override
  public void execute(ToolContext ctx) throws IOException {
    ParameterTable cl = ctx.commandLine();
    String op = cl.requireString("op");
    switch (op) {
      case "residual" -> residual(ctx);
      case "dots" -> dots(ctx);
      case "update" -> update(ctx);
      case "combine" -> combine(ctx);
      case "multiply" -> multiply(ctx);
      case "norms" -> norms(ctx);
      default -> throw cl.bad("op", "\"" + op + "\" is not an operation: residual, dots, update, combine, multiply"
          + " or norms");
    }
  }

  private static void residual(ToolContext ctx) throws IOException {
    try (ScaledInputs in = ScaledInputs.open(ctx, List.of("d", "Lx"));
        NamedOutput r = NamedOutput.create(ctx, "r", in.history(), in.cube(), in.format())) {
      double[][] blocks = in.blocks();
      double[] out = new double[blocks[0].length];
      int n;
      while ((n = in.read(blocks)) > 0) {
        for (int k = 0; k < n * in.components(); k++) {
          out[k] = blocks[0][k] - blocks[1][k];
        }
        r.write(out, 0, n);
      }
      r.commit();
    }
  }

  private static void dots(ToolContext ctx) throws IOException {
    double[] sums = new double[StepLengths.DOTS.length];
    try (ScaledInputs in = ScaledInputs.open(ctx, List.of("G", "r", "S"))) {
      if (!in.present(0)) {
        throw ctx.commandLine().bad("G", "is required for op=dots");
      }
      double[][] b = in.blocks();
      int n;
      while ((n = in.read(b)) > 0) {
        for (int k = 0; k < n * in.components(); k++) {
          double g = b[0][k];
          double r = b[1][k];
          double s = b[2][k];
          sums[0] += g * g;
          sums[1] += g * r;
          sums[2] += s * s;
          sums[3] += g * s;
          sums[4] += s * r;
        }
      }
    }
    writeSums(ctx, "dots", sums, "dot");
  }

  private static void update(ToolContext ctx) throws IOException {
    ParameterTable cl = ctx.commandLine();
    int sign = cl.requireInt("sign");
    if (sign != 1 && sign != -1) {
      throw cl.bad("sign", "must be 1 (the model: v + dir) or -1 (the residual: v - dir)");
    }
    StepLengths step = StepLengths.of(addedSums(ctx, "dots", cl.requireInt("ndots"), StepLengths.DOTS.length),
        cl.getBoolean("previous", false));
    ctx.stderr().printf("cgstep: alpha=%s beta=%s%n", step.alpha(), step.beta());
    double v2 = 0;
    double vnew2 = 0;
    try (ScaledInputs in = ScaledInputs.open(ctx, List.of("grad", "prev", "v"))) {
      if (!in.present(0)) {
        throw cl.bad("grad", "is required for op=update");
      }
      ElementFormat format = in.format();
      try (NamedOutput dir = optional(ctx, "dir", in, format);
          NamedOutput vnew = optional(ctx, "vnew", in, format);
          NamedOutput vkeep = optional(ctx, "vkeep", in, format)) {
        double[][] b = in.blocks();
        double[] d = new double[b[0].length];
        double[] x = new double[b[0].length];
        int n;
        while ((n = in.read(b)) > 0) {
          for (int k = 0; k < n * in.components(); k++) {
            d[k] = rounded(step.alpha() * b[0][k] + step.beta() * b[1][k], format);
            x[k] = rounded(b[2][k] + sign * d[k], format);
            v2 += b[2][k] * b[2][k];
            vnew2 += x[k] * x[k];
          }
          for (NamedOutput out : new NamedOutput[] {dir, vnew, vkeep}) {
            if (out != null) {
              out.write(out == dir ? d : x, 0, n);
            }
          }
        }
        for (NamedOutput out : new NamedOutput[] {dir, vnew, vkeep}) {
          if (out != null) {
            out.commit();
          }
        }
      }
    }
    writeSums(ctx, "norms", new double[] {v2, vnew2}, "norm2");
  }

  private static NamedOutput optional(ToolContext ctx, String key, ScaledInputs like, ElementFormat format)
      throws IOException {
    return ctx.commandLine().has(key) ? NamedOutput.create(ctx, key, like.history(), like.cube(), format) : null;
  }

  private static void combine(ToolContext ctx) throws IOException {
    int count = ctx.commandLine().requireInt("n");
    if (count < 1) {
      throw ctx.commandLine().bad("n", "must be 1 or more");
    }
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      keys.add("in" + i);
    }
    try (ScaledInputs in = ScaledInputs.open(ctx, keys);
        NamedOutput out = NamedOutput.create(ctx, "sum", in.history(), in.cube(), in.format())) {
      double[][] b = in.blocks();
      double[] sum = new double[b[0].length];
      int n;
      while ((n = in.read(b)) > 0) {
        for (int k = 0; k < n * in.components(); k++) {
          double s = 0;
          for (double[] block : b) {
            s += block[k];
          }
          sum[k] = s;
        }
        out.write(sum, 0, n);
      }
      out.commit();
    }
  }

  private static void multiply(ToolContext ctx) throws IOException {
    try (ScaledInputs weights = ScaledInputs.open(ctx, List.of("w"));
        ScaledInputs in = ScaledInputs.open(ctx, List.of("vec"));
        NamedOutput out = NamedOutput.create(ctx, "product", in.history(), in.cube(), in.format())) {
      if (weights.components() != 1) {
        throw ctx.commandLine().bad("w", "holds complex samples: the weights of a diagonal are real");
      }
      if (weights.cube().elementCount() != in.cube().elementCount()) {
        throw ctx.commandLine().bad("w", "holds " + weights.cube().elementCount() + " samples, but vec= holds "
            + in.cube().elementCount() + ": the weights must match the vector sample for sample");
      }
      double[][] w = weights.blocks();
      double[][] b = in.blocks();
      double[] product = new double[b[0].length];
      int c = in.components();
      int n;
      while ((n = in.read(b)) > 0) {
        weights.read(w);
        for (int k = 0; k < n * c; k++) {
          product[k] = w[0][k / c] * b[0][k];
        }
        out.write(product, 0, n);
      }
      weights.read(w);
      out.commit();
    }
  }

  private static void norms(ToolContext ctx) throws IOException {
    ParameterTable cl = ctx.commandLine();
    int niter = cl.requireInt("niter");
    int parts = cl.requireInt("parts");
    if (niter < 1 || parts < 1) {
      throw cl.bad(niter < 1 ? "niter" : "parts", "must be 1 or more");
    }
    double[] table = new double[2 * (niter + 1)];
    for (int i = 0; i < niter; i++) {
      double[] r = new double[2];
      for (int c = 0; c < parts; c++) {
        double[] sums = sums(ctx, "r_" + i + "_" + c, 2);
        r[0] += sums[0];
        r[1] += sums[1];
      }
      double[] x = sums(ctx, "x_" + i, 2);
      if (i == 0) {
        table[0] = Math.sqrt(r[0]);
        table[1] = Math.sqrt(x[0]);
      }
      table[2 * (i + 1)] = Math.sqrt(r[1]);
      table[2 * (i + 1) + 1] = Math.sqrt(x[1]);
    }
    java.io.PrintStream log = ctx.stderr();
    log.println("iteration  |residual|  |model|");
    for (int i = 0; i <= niter; i++) {
      log.printf("%9d  %s  %s%n", i, table[2 * i], table[2 * i + 1]);
    }
    Hypercube cube = Hypercube.of(new Axis(2, 0, 1, "norm", ""), new Axis(niter + 1, 0, 1, "iteration", ""));
    WholeDataset.write(ctx, "table", History.empty("cgstep"), cube, SUMS, table);
  }

  /** The partial sums of {@code count} datasets {@code <prefix>0..}, added in that order. */
  private static double[] addedSums(ToolContext ctx, String prefix, int count, int length) throws IOException {
    if (count < 1) {
      throw ctx.commandLine().bad("n" + prefix, "must be 1 or more");
    }
    double[] total = new double[length];
    for (int i = 0; i < count; i++) {
      double[] s = sums(ctx, prefix + i, length);
      for (int k = 0; k < length; k++) {
        total[k] += s[k];
      }
    }
    return total;
  }

  private static double[] sums(ToolContext ctx, String key, int length) throws IOException {
    WholeDataset sums = WholeDataset.read(ctx, key);
    if (sums.values().length != length) {
      throw new ToolException(key + "=" + ctx.commandLine().requireString(key) + " holds " + sums.values().length
          + " values, but partial sums of " + length + " were expected");
    }
    return sums.values();
  }

  private static void writeSums(ToolContext ctx, String key, double[] sums, String label) throws IOException {
    WholeDataset.write(ctx, key, History.empty("cgstep"), Hypercube.of(new Axis(sums.length, 0, 1, label, "")), SUMS,
        sums);
  }

  /** {@code v} as the output format holds it: rounded to float for 4-byte samples. */
  static double rounded(double v, ElementFormat format) {
    return format.componentSize() == 4 ? (float) v : v;
  }
}
