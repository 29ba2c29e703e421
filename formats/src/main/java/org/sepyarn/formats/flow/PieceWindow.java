package org.sepyarn.formats.flow;

import java.util.Objects;
import org.sepyarn.formats.geometry.Window;

/**
 * One part of a reading task's window, taken from one written piece.
 *
 * @param piece the piece (the writing step's task number)
 * @param inPiece the samples to take, relative to what the piece file holds
 * @param inTask where they go, relative to the reading task's window
 * @param add whether they are added to what is there (a summed intermediate) rather than copied
 */
public record PieceWindow(int piece, Window inPiece, Window inTask, boolean add) {
  public PieceWindow {
    Objects.requireNonNull(inPiece, "inPiece");
    Objects.requireNonNull(inTask, "inTask");
    if (piece < 0) {
      throw new IllegalArgumentException("piece " + piece + " is negative");
    }
  }
}
