package org.sepyarn.formats.flow;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sepyarn.formats.dataset.WindowSource;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;
import org.sepyarn.formats.merge.PieceChecks;
import org.sepyarn.formats.merge.PieceShapes;
import org.sepyarn.formats.merge.SampleSum;
import org.sepyarn.formats.merge.WindowCopy;

/**
 * An intermediate read by window straight from the pieces its writing step left, without merging
 * them: each sample of a split or patched intermediate from the piece that owns it
 * ({@link PieceRouting#route}), a summed one's window the sum of every piece's, added in piece
 * order as the merge of a summed output adds ({@link SampleSum}), so the bytes are those the merge
 * would have written. Working memory: the window asked for, plus one part of it from one piece.
 * Not thread-safe.
 */
public final class GatheredIntermediate implements WindowSource {
  private final WrittenPieces written;
  private final List<WindowSource> pieces;
  private final ElementFormat format;
  private byte[] partBuffer = new byte[0];
  private SampleSum sum;

  private GatheredIntermediate(WrittenPieces written, List<WindowSource> pieces, ElementFormat format) {
    this.written = written;
    this.pieces = pieces;
    this.format = format;
  }

  /**
   * The intermediate {@code written} describes, read from {@code pieces} (by piece number), each
   * of which must hold exactly the window of the whole its piece holds, all in one format.
   *
   * @throws IllegalArgumentException naming the piece and the axis that do not fit
   */
  public static GatheredIntermediate of(WrittenPieces written, List<? extends WindowSource> pieces) {
    if (pieces.size() != written.pieceCount()) {
      throw new IllegalArgumentException(pieces.size() + " piece files for the " + written.pieceCount()
          + " pieces written: give one per writing task");
    }
    ElementFormat format = PieceChecks.commonFormat(pieces);
    Set<Integer> cut = cutAxes(written);
    for (int p = 0; p < pieces.size(); p++) {
      Optional<String> problem = PieceShapes.disagreement(0, pieces.get(0).cube(), p, pieces.get(p).cube(), cut);
      if (problem.isPresent()) {
        throw new IllegalArgumentException(problem.get() + ": the pieces of an intermediate agree on every axis"
            + " their cut leaves alone");
      }
    }
    for (int p = 0; p < pieces.size(); p++) {
      Hypercube cube = pieces.get(p).cube();
      Window holds = written.holds().get(p);
      for (int k = 1; k <= Math.max(cube.rank(), holds.rank()); k++) {
        if (cube.n(k) != holds.count(k - 1)) {
          throw new IllegalArgumentException("piece " + p + " has n" + k + "=" + cube.n(k) + " on axis " + k
              + " but its place " + holds + " in the intermediate " + written.whole() + " spans " + holds.count(k - 1)
              + " samples there");
        }
      }
    }
    return new GatheredIntermediate(written, new ArrayList<>(pieces), format);
  }

  /** The axes (1-based) along which some piece holds less than the whole. */
  private static Set<Integer> cutAxes(WrittenPieces written) {
    Set<Integer> cut = new TreeSet<>();
    Hypercube whole = written.whole();
    for (Window held : written.holds()) {
      for (int k = 1; k <= Math.max(whole.rank(), held.rank()); k++) {
        if (held.count(k - 1) != whole.n(k)) {
          cut.add(k);
        }
      }
    }
    return cut;
  }

  /** The whole intermediate's grid (axes from piece 0 but along the cut, see {@link WrittenPieces#fromPieces}). */
  @Override
  public Hypercube cube() {
    return written.whole();
  }

  @Override
  public ElementFormat format() {
    return format;
  }

  /** The pieces, as written. */
  public WrittenPieces written() {
    return written;
  }

  @Override
  public void readWindow(Window window, byte[] dst, int offset) throws IOException {
    window.checkFits(written.whole());
    List<PieceWindow> parts = PieceRouting.route(written, List.of(window)).get(0);
    if (written.summed()) {
      addUp(parts, window, dst, offset);
    } else {
      copy(parts, window, dst, offset);
    }
  }

  private void copy(List<PieceWindow> parts, Window window, byte[] dst, int offset) throws IOException {
    int esize = format.esize();
    int rank = Math.max(window.rank(), written.whole().rank());
    Window stored = Window.whole(window.counts());
    for (PieceWindow part : parts) {
      WindowSource piece = pieces.get(part.piece());
      long at = WindowCopy.contiguousOffset(part.inTask(), stored, rank);
      if (at >= 0) {
        piece.readWindow(part.inPiece(), dst, offset + (int) at * esize);
      } else {
        int bytes = (int) part.inPiece().elementCount() * esize;
        if (partBuffer.length < bytes) {
          partBuffer = new byte[bytes];
        }
        piece.readWindow(part.inPiece(), partBuffer, 0);
        WindowCopy.place(partBuffer, part.inTask(), dst, offset, stored, rank, esize);
      }
    }
  }

  private void addUp(List<PieceWindow> parts, Window window, byte[] dst, int offset) throws IOException {
    int samples = (int) window.elementCount();
    if (sum == null || sum.maxSamples() < samples) {
      sum = new SampleSum(format, samples);
    }
    sum.reset(samples);
    for (PieceWindow part : parts) {
      sum.add(pieces.get(part.piece()), part.inPiece());
    }
    System.arraycopy(sum.encoded(), 0, dst, offset, samples * format.esize());
  }

  @Override
  public String toString() {
    return (written.summed() ? "sum of " : "") + pieces.size() + " pieces of " + written.whole();
  }
}
