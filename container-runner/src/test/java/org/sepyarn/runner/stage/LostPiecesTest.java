package org.sepyarn.runner.stage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.IOException;
import org.apache.hadoop.fs.ChecksumException;
import org.apache.hadoop.hdfs.BlockMissingException;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.dataset.InvalidDatasetException;

class LostPiecesTest {
  @Test
  void dataOnceWrittenAndNowGoneOrDamagedIsALoss() {
    assertTrue(LostPieces.isLoss(new FileNotFoundException("pieces/task-00004/f3-_smoothed")));
    assertTrue(LostPieces.isLoss(new IOException("fetch failed", new BlockMissingException("f", "no live nodes", 0))));
    assertTrue(LostPieces.isLoss(new ChecksumException("checksum error", 512)));
    assertTrue(LostPieces.isLoss(new java.io.UncheckedIOException(new InvalidDatasetException("short binary"))));
  }

  @Test
  void anyOtherFailureIsTheAttemptsOwn() {
    assertFalse(LostPieces.isLoss(new IOException("No space left on device")));
    assertFalse(LostPieces.isLoss(new IllegalArgumentException("pieces disagree on axis 1")));
    assertFalse(LostPieces.isLoss(new java.net.SocketTimeoutException("read timed out")));
  }
}
