package org.sepyarn.formats.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sepyarn.formats.geometry.AxisSplit;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.SplitPiece;
import org.sepyarn.formats.geometry.Window;
import org.sepyarn.formats.job.Copy;
import org.sepyarn.formats.job.Distribution;
import org.sepyarn.formats.job.PatchLayout;
import org.sepyarn.formats.job.Patching;
import org.sepyarn.formats.job.Split;

/**
 * Which parts of which written pieces make each reading task's window of an intermediate: a
 * redistribution without any merge. Each sample comes from the one piece that owns it; a summed
 * intermediate's window is the sum of that window of every piece.
 */
public final class PieceRouting {
  private PieceRouting() {
  }

  /** The window of {@code whole} each of {@code tasks} reading tasks reads when it cuts it with {@code read}. */
  public static List<Window> readWindows(Hypercube whole, Distribution read, int tasks) {
    if (read instanceof Split split) {
      return AxisSplit.of(whole, split.axis(), tasks).pieces().stream().map(SplitPiece::window).toList();
    }
    if (read instanceof Patching patching) {
      return PatchLayout.grid(whole, patching).outerWindows();
    }
    if (read instanceof Copy) {
      List<Window> all = new ArrayList<>();
      for (int t = 0; t < tasks; t++) {
        all.add(whole.fullWindow());
      }
      return all;
    }
    throw new IllegalArgumentException("unknown distribution " + read);
  }

  /**
   * For each reading task, by task number, the parts of the pieces that fill its window, in piece
   * order; together they cover the window exactly once (every piece once, for a summed one).
   */
  public static List<List<PieceWindow>> route(WrittenPieces written, List<Window> readWindows) {
    List<List<PieceWindow>> byTask = new ArrayList<>();
    for (Window window : readWindows) {
      if (!window.fits(written.whole())) {
        throw new IllegalArgumentException("reading window " + window + " does not fit " + written.whole());
      }
      List<PieceWindow> parts = new ArrayList<>();
      for (int p = 0; p < written.pieceCount(); p++) {
        Optional<Window> common = written.owns().get(p).intersect(window);
        if (common.isPresent()) {
          parts.add(new PieceWindow(p, common.get().relativeTo(written.holds().get(p)),
              common.get().relativeTo(window), written.summed()));
        }
      }
      byTask.add(List.copyOf(parts));
    }
    return byTask;
  }
}
