package org.sepyarn.formats.merge;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.sepyarn.formats.dataset.WindowSource;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Overlapping patches blended back into one cube with {@link TriangleTaper} weights: at every
 * output sample, the sum over the patches covering it of weight times value, divided by the sum
 * of their weights (Claerbout's wall-weight normalisation, so uneven overlaps blend correctly).
 * Every output sample must be covered by some patch: a gap is an error, found before any byte is
 * written (or, for placements too irregular to check up front, when the merge reaches it). All
 * pieces must share one format, which is the output's; arithmetic is in double.
 */
public final class TaperedBlend implements Merge {
  private static final Logger log = LoggerFactory.getLogger(TaperedBlend.class);

  private final Hypercube outputCube;
  private final List<PlacedPiece> pieces;
  private final ElementFormat format;
  private final TriangleTaper taper;
  private final long bufferBytes;

  private TaperedBlend(Hypercube outputCube, List<PlacedPiece> pieces, ElementFormat format, TriangleTaper taper,
      long bufferBytes) {
    this.outputCube = outputCube;
    this.pieces = pieces;
    this.format = format;
    this.taper = taper;
    this.bufferBytes = bufferBytes;
  }

  /**
   * Blends {@code pieces} into {@code outputCube} using about {@code bufferBytes} of working
   * memory. Each piece's cube must have the lengths of its placement, and the placements must fit
   * in and cover the output.
   */
  public static TaperedBlend of(Hypercube outputCube, List<PlacedPiece> pieces, long bufferBytes) {
    return of(outputCube, pieces, new int[0], bufferBytes);
  }

  /**
   * Blends pieces the program wrote for patches planned in {@code plannedCube}: the output's grid
   * and the pieces' placements follow {@link BlendShape}, so along axes the patches do not cut the
   * pieces' own extent, origin and sampling hold. {@code halo} is as in
   * {@link #of(Hypercube, List, int[], long)}.
   */
  public static TaperedBlend planned(Hypercube plannedCube, List<PlacedPiece> pieces, int[] halo, long bufferBytes) {
    PieceChecks.requirePieces(pieces, "blend");
    List<Window> planned = new ArrayList<>();
    List<Hypercube> cubes = new ArrayList<>();
    for (PlacedPiece p : pieces) {
      planned.add(p.placement());
      cubes.add(p.source().cube());
    }
    BlendShape shape = BlendShape.of(plannedCube, planned, cubes);
    List<PlacedPiece> placed = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      placed.add(new PlacedPiece(pieces.get(i).source(), shape.placements().get(i)));
    }
    return of(shape.cube(), placed, halo, bufferBytes);
  }

  /**
   * Blends as {@link #of(Hypercube, List, long)} does, giving weight 0 to the {@code halo[d]}
   * samples next to each patch's inner edges along axis {@code d + 1} (see {@link TriangleTaper}).
   */
  public static TaperedBlend of(Hypercube outputCube, List<PlacedPiece> pieces, int[] halo, long bufferBytes) {
    Objects.requireNonNull(outputCube, "outputCube");
    PieceChecks.requirePieces(pieces, "blend");
    List<WindowSource> sources = new ArrayList<>();
    List<Window> placements = new ArrayList<>();
    for (PlacedPiece p : pieces) {
      sources.add(p.source());
      placements.add(p.placement());
    }
    ElementFormat format = PieceChecks.commonFormat(sources);
    for (int i = 0; i < pieces.size(); i++) {
      checkPiece(i, pieces.get(i), outputCube);
    }
    SlabPlan.forBudget(outputCube, bufferBytes, bytesPerSample(format), "blend", format);
    Coverage coverage = Coverage.check(outputCube.lengths(), placements);
    if (coverage.result() == Coverage.Result.UNCOVERED) {
      throw new IllegalArgumentException(uncoveredMessage(coverage.firstUncovered().orElseThrow(), outputCube));
    }
    return new TaperedBlend(outputCube, Collections.unmodifiableList(new ArrayList<>(pieces)), format,
        TriangleTaper.of(placements, halo), bufferBytes);
  }

  private static void checkPiece(int i, PlacedPiece piece, Hypercube outputCube) {
    Window w = piece.placement();
    for (int k = 1; k <= Math.max(w.rank(), outputCube.rank()); k++) {
      if (w.end(k - 1) > outputCube.n(k)) {
        throw new IllegalArgumentException("piece " + i + " is placed at " + w + ", which reaches sample "
            + (w.end(k - 1) - 1) + " on axis " + k + " but the output has n" + k + "=" + outputCube.n(k)
            + " (samples 0 to " + (outputCube.n(k) - 1) + ")");
      }
    }
    Hypercube cube = piece.source().cube();
    for (int k = 1; k <= Math.max(cube.rank(), Math.max(w.rank(), outputCube.rank())); k++) {
      if (cube.n(k) != w.count(k - 1)) {
        throw new IllegalArgumentException("piece " + i + " has n" + k + "=" + cube.n(k) + " on axis " + k
            + " but its placement " + w + " spans " + w.count(k - 1) + " samples there");
      }
    }
  }

  private static String uncoveredMessage(int[] sample, Hypercube cube) {
    return "output sample " + Arrays.toString(sample) + " (0-based, axis 1 first) of " + cube
        + " is covered by no piece: the placements must cover the whole output";
  }

  private static int bytesPerSample(ElementFormat format) {
    return format.esize() + 16 * format.components() + 16;
  }

  @Override
  public Hypercube outputCube() {
    return outputCube;
  }

  @Override
  public ElementFormat outputFormat() {
    return format;
  }

  public TriangleTaper taper() {
    return taper;
  }

  @Override
  public void writeRegion(OutputStream out, OutputRegion region) throws IOException {
    SlabPlan plan = SlabPlan.forBudget(outputCube, region, bufferBytes, bytesPerSample(format), "blend", format);
    log.debug("blending {} patches into {} in slabs of up to {} samples", pieces.size(), outputCube,
        plan.slabSamples());
    SlabAccumulator acc = new SlabAccumulator(plan.slabSamples(), format.components(), outputCube.rank());
    byte[] bytes = new byte[plan.slabSamples() * format.esize()];
    double[] values = new double[plan.slabSamples() * format.components()];
    for (Window slab : plan) {
      acc.reset(slab);
      for (int i = 0; i < pieces.size(); i++) {
        Window placement = pieces.get(i).placement();
        Window part = slab.intersect(placement).orElse(null);
        if (part == null) {
          continue;
        }
        int samples = (int) part.elementCount();
        pieces.get(i).source().readWindow(part.relativeTo(placement), bytes, 0);
        format.decode(bytes, 0, values, 0, samples);
        acc.add(values, part, taper, i, placement);
      }
      int samples = (int) slab.elementCount();
      int gap = acc.firstUnweighted(samples);
      if (gap >= 0) {
        throw new IOException(uncoveredMessage(coordinates(slab, gap), outputCube));
      }
      acc.normalise(samples);
      format.encode(acc.sums(), 0, bytes, 0, samples);
      out.write(bytes, 0, samples * format.esize());
    }
  }

  private static int[] coordinates(Window slab, int offset) {
    int[] c = new int[slab.rank()];
    int rest = offset;
    for (int d = 0; d < c.length; d++) {
      c[d] = slab.start(d) + rest % slab.count(d);
      rest /= slab.count(d);
    }
    return c;
  }

  @Override
  public String toString() {
    return "tapered blend of " + pieces.size() + " patches into " + outputCube;
  }
}
