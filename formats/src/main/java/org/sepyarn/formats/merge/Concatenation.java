package org.sepyarn.formats.merge;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sepyarn.formats.dataset.WindowSource;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pieces laid end to end along one axis, in order: the merge of a split. Their lengths along that
 * axis may differ; along every other axis they must agree. The output cube is piece 0's with the
 * axis's length the sum of the pieces' (origin, sampling, label and unit from piece 0). A byte
 * copy: all pieces must share one format, which is the output's.
 */
public final class Concatenation implements Merge {
  private static final Logger log = LoggerFactory.getLogger(Concatenation.class);

  private final int axis;
  private final List<WindowSource> pieces;
  private final Hypercube outputCube;
  private final ElementFormat format;
  private final int[] offsets;
  private final long bufferBytes;

  private Concatenation(int axis, List<WindowSource> pieces, Hypercube outputCube, ElementFormat format, int[] offsets,
      long bufferBytes) {
    this.axis = axis;
    this.pieces = pieces;
    this.outputCube = outputCube;
    this.format = format;
    this.offsets = offsets;
    this.bufferBytes = bufferBytes;
  }

  /**
   * Concatenates {@code pieces} along axis {@code axis} (1 to 9; an axis beyond the pieces' rank
   * stacks them along a new axis) using about {@code bufferBytes} of working memory.
   */
  public static Concatenation along(int axis, List<? extends WindowSource> pieces, long bufferBytes) {
    if (axis < 1 || axis > Hypercube.MAX_AXES) {
      throw new IllegalArgumentException("concatenation axis " + axis + " is out of range: axes are numbered 1 to "
          + Hypercube.MAX_AXES);
    }
    PieceChecks.requirePieces(pieces, "concatenation");
    ElementFormat format = PieceChecks.commonFormat(pieces);
    List<Hypercube> cubes = new ArrayList<>();
    for (WindowSource p : pieces) {
      cubes.add(p.cube());
    }
    Hypercube first = cubes.get(0);
    int[] offsets = new int[pieces.size()];
    long total = 0;
    for (int i = 0; i < cubes.size(); i++) {
      Hypercube c = cubes.get(i);
      java.util.Optional<String> problem = PieceShapes.disagreement(0, first, i, c, java.util.Set.of(axis));
      if (problem.isPresent()) {
        throw new IllegalArgumentException(problem.get() + ": pieces concatenated along axis " + axis
            + " must agree on every other axis");
      }
      offsets[i] = (int) total;
      total += c.n(axis);
      if (total > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("concatenating " + pieces.size() + " pieces along axis " + axis
            + " gives more than " + Integer.MAX_VALUE + " samples on that axis");
      }
    }
    Hypercube out = first.withAxis(axis, first.axis(axis).withN((int) total));
    SlabPlan.forBudget(out, bufferBytes, bytesPerSample(format), "concatenation", format);
    return new Concatenation(axis, Collections.unmodifiableList(new ArrayList<>(pieces)), out, format, offsets,
        bufferBytes);
  }

  private static int bytesPerSample(ElementFormat format) {
    return 2 * format.esize();
  }

  /** The axis the pieces are laid along. */
  public int axis() {
    return axis;
  }

  @Override
  public Hypercube outputCube() {
    return outputCube;
  }

  @Override
  public ElementFormat outputFormat() {
    return format;
  }

  @Override
  public void writeRegion(OutputStream out, OutputRegion region) throws IOException {
    SlabPlan plan = SlabPlan.forBudget(outputCube, region, bufferBytes, bytesPerSample(format), "concatenation", format);
    int rank = outputCube.rank();
    int dim = axis - 1;
    int esize = format.esize();
    log.debug("concatenating {} pieces along axis {} into {} in slabs of up to {} samples", pieces.size(), axis,
        outputCube, plan.slabSamples());
    byte[] slabBytes = new byte[plan.slabSamples() * esize];
    byte[] readBytes = new byte[plan.slabSamples() * esize];
    Window whole = outputCube.fullWindow();
    for (Window slab : plan) {
      for (int i = 0; i < pieces.size(); i++) {
        int n = pieces.get(i).cube().n(axis);
        if (offsets[i] >= slab.end(dim) || offsets[i] + n <= slab.start(dim)) {
          continue;
        }
        Window part = slab.intersect(whole.with(dim, offsets[i], n)).orElseThrow();
        Window local = part.with(dim, part.start(dim) - offsets[i], part.count(dim));
        long at = WindowCopy.contiguousOffset(part, slab, rank);
        if (at >= 0) {
          pieces.get(i).readWindow(local, slabBytes, (int) at * esize);
        } else {
          pieces.get(i).readWindow(local, readBytes, 0);
          WindowCopy.place(readBytes, part, slabBytes, slab, rank, esize);
        }
      }
      out.write(slabBytes, 0, (int) slab.elementCount() * esize);
    }
  }

  @Override
  public String toString() {
    return "concatenation of " + pieces.size() + " pieces along axis " + axis + " into " + outputCube;
  }
}
