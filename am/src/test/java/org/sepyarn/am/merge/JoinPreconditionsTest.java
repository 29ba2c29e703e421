package org.sepyarn.am.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.merge.JoinPreconditions.Facts;
import org.sepyarn.am.merge.JoinPreconditions.PieceBinary;

class JoinPreconditionsTest {
  private static final String FOLDER = "hdfs://nn:8020/out";
  private static final long BLOCK = 128L << 20;

  private static PieceBinary piece(int t, long bytes) {
    return new PieceBinary(FOLDER + "/.shots.H.sepyarn-app-t" + t + "-a1@", FOLDER, bytes, bytes, BLOCK, null);
  }

  private static List<PieceBinary> pieces() {
    List<PieceBinary> pieces = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      pieces.add(piece(t, 1000 + t));
    }
    return pieces;
  }

  private static Optional<String> whyNot(List<PieceBinary> pieces) {
    return JoinPreconditions.whyNot(new Facts(true, null, FOLDER, true, pieces));
  }

  @Test
  void piecesBesideTheOutputOnHdfsAreJoined() {
    assertEquals(Optional.empty(), whyNot(pieces()));
  }

  @Test
  void everyUnmetConditionIsNamed() {
    assertEquals(Optional.of("the output is not on HDFS"),
        JoinPreconditions.whyNot(new Facts(false, null, FOLDER, true, pieces())));
    assertEquals(Optional.of("the output is not split along its slowest non-unit axis"),
        JoinPreconditions.whyNot(new Facts(true, null, FOLDER, false, pieces())));
    assertEquals(Optional.of("the output's folder is in encryption zone /secure"),
        JoinPreconditions.whyNot(new Facts(true, "/secure", FOLDER, true, pieces())));
    assertEquals(Optional.of("there are no pieces"), whyNot(List.of()));

    List<PieceBinary> inHeader = pieces();
    inHeader.set(2, new PieceBinary(null, "", 1000, 0, 0, null));
    assertEquals(Optional.of("the piece of task 2 has no separate binary"), whyNot(inHeader));

    List<PieceBinary> elsewhere = pieces();
    elsewhere.set(1, new PieceBinary("hdfs://nn:8020/tmp/x@", "hdfs://nn:8020/tmp", 1000, 1000, BLOCK, null));
    assertTrue(whyNot(elsewhere).orElseThrow().startsWith("the piece of task 1 is in hdfs://nn:8020/tmp, not in"));

    List<PieceBinary> empty = pieces();
    empty.set(3, new PieceBinary(FOLDER + "/e@", FOLDER, 0, 0, BLOCK, null));
    assertEquals(Optional.of("the piece of task 3 is empty"), whyNot(empty));

    List<PieceBinary> short_ = pieces();
    short_.set(0, new PieceBinary(FOLDER + "/s@", FOLDER, 1000, 999, BLOCK, null));
    assertEquals(Optional.of("the piece of task 0 holds 999 bytes, not the 1000 its header describes"),
        whyNot(short_));

    List<PieceBinary> bigBlocks = pieces();
    bigBlocks.set(2, new PieceBinary(FOLDER + "/b@", FOLDER, 1000, 1000, 2 * BLOCK, null));
    assertTrue(whyNot(bigBlocks).orElseThrow().contains("larger than the first piece's"));

    List<PieceBinary> coded = pieces();
    coded.set(1, new PieceBinary(FOLDER + "/c@", FOLDER, 1000, 1000, BLOCK, "RS-6-3-1024k"));
    assertEquals(Optional.of("the piece of task 1 has erasure-coding policy RS-6-3-1024k but the first piece has null"),
        whyNot(coded));
  }

  @Test
  void smallerBlocksThanTheFirstPieceAreAllowed() {
    List<PieceBinary> pieces = pieces();
    pieces.set(3, new PieceBinary(FOLDER + "/s@", FOLDER, 1000, 1000, BLOCK / 2, null));
    assertEquals(Optional.empty(), whyNot(pieces));
  }
}
