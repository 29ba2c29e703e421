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
 * The sample-by-sample sum of pieces on one grid: how SEP merges the "copy" outputs each task
 * produces whole. All pieces must have the same axis lengths and format; the output takes piece
 * 0's cube (origins, samplings and labels included) and format. Arithmetic is in double; integer
 * formats round and clamp when the sum is stored.
 */
public final class Summation implements Merge {
  private static final Logger log = LoggerFactory.getLogger(Summation.class);

  private final List<WindowSource> pieces;
  private final Hypercube outputCube;
  private final ElementFormat format;
  private final long bufferBytes;

  private Summation(List<WindowSource> pieces, Hypercube outputCube, ElementFormat format, long bufferBytes) {
    this.pieces = pieces;
    this.outputCube = outputCube;
    this.format = format;
    this.bufferBytes = bufferBytes;
  }

  /** Sums {@code pieces} using about {@code bufferBytes} of working memory. */
  public static Summation of(List<? extends WindowSource> pieces, long bufferBytes) {
    PieceChecks.requirePieces(pieces, "summation");
    ElementFormat format = PieceChecks.commonFormat(pieces);
    List<Hypercube> cubes = new ArrayList<>();
    for (WindowSource p : pieces) {
      cubes.add(p.cube());
    }
    Hypercube first = cubes.get(0);
    PieceShapes.requireAgreement(cubes, java.util.Set.of(), "summed pieces must have the same shape");
    SlabPlan.forBudget(first, bufferBytes, bytesPerSample(format), "summation", format);
    return new Summation(Collections.unmodifiableList(new ArrayList<>(pieces)), first, format, bufferBytes);
  }

  private static int bytesPerSample(ElementFormat format) {
    return SampleSum.bytesPerSample(format);
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
    SlabPlan plan = SlabPlan.forBudget(outputCube, region, bufferBytes, bytesPerSample(format), "summation", format);
    log.debug("summing {} pieces of {} in slabs of up to {} samples", pieces.size(), outputCube, plan.slabSamples());
    SampleSum sum = new SampleSum(format, plan.slabSamples());
    for (Window slab : plan) {
      int samples = (int) slab.elementCount();
      sum.reset(samples);
      for (WindowSource piece : pieces) {
        sum.add(piece, slab);
      }
      out.write(sum.encoded(), 0, samples * format.esize());
    }
  }

  @Override
  public String toString() {
    return "summation of " + pieces.size() + " pieces of " + outputCube;
  }
}
