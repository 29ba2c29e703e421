package org.sepyarn.am.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.plan.OutputMerge;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;

class PieceShapeWatchTest {
  private static final OutputMerge BLEND = new OutputMerge(1, "/out/spectrum.H", "f1", OutputMerge.Kind.BLEND, 0,
      Hypercube.ofLengths(200, 8), List.of(Window.parse("[0:200,0:5]"), Window.parse("[0:200,3:8]")));
  private static final OutputMerge SPLIT = new OutputMerge(2, "/out/split.H", "f2", OutputMerge.Kind.CONCATENATE, 2,
      null, null);
  private static final OutputMerge SUM = new OutputMerge(3, "/out/sum.H", "f3", OutputMerge.Kind.SUM, 0, null, null);

  /** Piece shapes by task and output file, as committed headers would give them. */
  private static final class FakeHeaders implements PieceShapeWatch.PieceHeaders {
    private final Map<String, PieceShapeWatch.PieceHeader> headers = new HashMap<>();

    FakeHeaders put(int task, OutputMerge output, Hypercube cube) {
      return put(task, output, cube, ElementFormat.XDR_FLOAT);
    }

    FakeHeaders put(int task, OutputMerge output, Hypercube cube, ElementFormat format) {
      headers.put(task + "/" + output.fileIndex(), new PieceShapeWatch.PieceHeader(cube, format));
      return this;
    }

    @Override
    public PieceShapeWatch.PieceHeader header(int task, OutputMerge output) {
      return headers.get(task + "/" + output.fileIndex());
    }
  }

  @Test
  void piecesThatChangeAnUncutAxisAlikeAreAccepted() throws Exception {
    Axis freq = new Axis(101, 0, 1.25, "frequency", "Hz");
    FakeHeaders headers = new FakeHeaders()
        .put(0, BLEND, Hypercube.of(freq, Axis.ofLength(5)))
        .put(1, BLEND, Hypercube.of(freq, Axis.ofLength(5)));
    PieceShapeWatch watch = new PieceShapeWatch(List.of(BLEND), headers);
    assertEquals(Optional.empty(), watch.committed(1));
    assertEquals(Optional.empty(), watch.committed(0));
  }

  @Test
  void aPieceDisagreeingWithTheFirstCommittedIsNamedWithIt() throws Exception {
    FakeHeaders headers = new FakeHeaders()
        .put(0, SPLIT, Hypercube.ofLengths(50, 3))
        .put(1, SPLIT, Hypercube.ofLengths(49, 4));
    PieceShapeWatch watch = new PieceShapeWatch(List.of(SPLIT), headers);
    assertEquals(Optional.empty(), watch.committed(0));
    String problem = watch.committed(1).orElseThrow();
    assertTrue(problem.startsWith("output files[2] /out/split.H cannot be merged (concatenate along axis 2): piece 1"
        + " has n1=49 on axis 1 but piece 0 has n1=50"), problem);
    assertTrue(problem.endsWith("pieces concatenated along axis 2 must agree on every other axis, so the job stops at"
        + " task 1's commit"), problem);
  }

  @Test
  void aPieceThatDoesNotFillItsPatchIsRefusedEvenWhenItCommitsFirst() throws Exception {
    FakeHeaders headers = new FakeHeaders().put(1, BLEND, Hypercube.ofLengths(200, 4));
    String problem = new PieceShapeWatch(List.of(BLEND), headers).committed(1).orElseThrow();
    assertTrue(problem.contains("piece 1 has n2=4 on axis 2, which is cut into patches, but its patch [0:200,3:8]"
        + " spans 5 samples there"), problem);
  }

  @Test
  void summedPiecesMustAgreeOnOriginAndSamplingToo() throws Exception {
    FakeHeaders headers = new FakeHeaders()
        .put(0, SUM, Hypercube.of(new Axis(10, 0, 0.004)))
        .put(1, SUM, Hypercube.of(new Axis(10, 0, 0.008)));
    PieceShapeWatch watch = new PieceShapeWatch(List.of(SUM), headers);
    assertEquals(Optional.empty(), watch.committed(0));
    assertTrue(watch.committed(1).orElseThrow().contains("piece 1 has o1=0.0 d1=0.008 on axis 1 but piece 0 has"
        + " o1=0.0 d1=0.004"));
  }

  @Test
  void aPieceInAnotherFormatThanTheFirstIsRefusedAtItsCommitNamingBothFormatsAndTheRerun() throws Exception {
    FakeHeaders headers = new FakeHeaders()
        .put(0, SPLIT, Hypercube.ofLengths(50, 3), ElementFormat.XDR_FLOAT)
        .put(1, SPLIT, Hypercube.ofLengths(50, 3), ElementFormat.NATIVE_FLOAT)
        .put(2, SPLIT, Hypercube.ofLengths(50, 3), ElementFormat.XDR_DOUBLE);
    PieceShapeWatch watch = new PieceShapeWatch(List.of(SPLIT), headers, "application_1_0003");
    assertEquals(Optional.empty(), watch.committed(0));

    String problem = watch.committed(1).orElseThrow();

    assertTrue(problem.startsWith("output files[2] /out/split.H cannot be merged: piece 1 is stored as"
        + " data_format=\"native_float\" (esize=4) but piece 0 as \"xdr_float\" (esize=4)"), problem);
    assertTrue(problem.contains("job stops at task 1's commit"), problem);
    assertTrue(problem.endsWith("sepyarn resume application_1_0003 --rerun 1 (or --rerun 0 if piece 0 is the wrong one)"),
        problem);
    assertTrue(watch.committed(2).orElseThrow().contains("\"xdr_double\" (esize=8)"));
  }
}
