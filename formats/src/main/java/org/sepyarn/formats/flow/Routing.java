package org.sepyarn.formats.flow;

import org.sepyarn.formats.job.BlockPatch;
import org.sepyarn.formats.job.Copy;
import org.sepyarn.formats.job.Distribution;
import org.sepyarn.formats.job.Patching;
import org.sepyarn.formats.job.Split;

/** How the tasks of a reading step get an intermediate from the pieces the writing step's tasks wrote. */
public enum Routing {
  /**
   * Both steps cut it the same way (the same split axis and block count, or the same patches):
   * task {@code i} reads piece {@code i} as it was written, and may start as soon as it is
   * committed.
   */
  PIECE_BY_PIECE,
  /**
   * The cuts differ (a transpose: written split along axis 3, read split along axis 2): each task
   * reads its window from every piece that holds part of it, each sample from the piece that owns
   * it. The pieces' extents along the written cut are only known once all are written, so the
   * step waits for every piece.
   */
  REDISTRIBUTED,
  /**
   * Written whole by every task ({@code copy}): the intermediate is the sum of every piece, so each
   * task reads its window of each piece and adds them, once all are written.
   */
  SUMMED;

  /**
   * How an intermediate written with {@code written} by {@code writerTasks} tasks reaches the
   * {@code readerTasks} tasks that read it with {@code read}. Patches written with a halo are
   * redistributed even when read in the same patches, so that no task reads the samples the
   * writer's edge effects spoiled: each comes from the neighbouring piece that owns it.
   */
  public static Routing between(Distribution written, int writerTasks, Distribution read, int readerTasks) {
    if (written instanceof Copy) {
      return SUMMED;
    }
    if (written instanceof Split w && read instanceof Split r) {
      return w.axis() == r.axis() && writerTasks == readerTasks ? PIECE_BY_PIECE : REDISTRIBUTED;
    }
    if (written instanceof Patching w && read instanceof Patching r) {
      boolean halo = w instanceof BlockPatch b && b.hasHalo();
      return w.sameCutAs(r) && !halo ? PIECE_BY_PIECE : REDISTRIBUTED;
    }
    return REDISTRIBUTED;
  }

  /** Whether a reading task needs every piece, rather than only its own. */
  public boolean needsEveryPiece() {
    return this != PIECE_BY_PIECE;
  }
}
