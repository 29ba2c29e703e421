package org.sepyarn.runner.checksum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.runner.spec.PieceChecksum;

/** On the local file system the checksum is the CRC32C of the file read whole; HDFS's is in the ITs. */
class FileChecksumsTest {
  @TempDir
  java.nio.file.Path tmp;

  @Test
  void theChecksumIsTheCrc32cOfTheWholeFileAndChangesWithOneByte() throws Exception {
    FileSystem fs = FileSystem.getLocal(new Configuration());
    byte[] data = new byte[200_000];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) (i * 31);
    }
    java.nio.file.Path file = Files.write(tmp.resolve("piece.H"), data);
    CRC32C crc = new CRC32C();
    crc.update(data);
    try (FileChecksums sums = new FileChecksums(new Configuration())) {
      Path path = new Path(file.toUri());
      String before = sums.of(fs, path);
      assertEquals("CRC32C:" + String.format("%08x", crc.getValue()), before);
      assertEquals(new PieceChecksum("f1-out.H", "f1-out.H", 200_000, before), sums.piece(fs, path, "f1-out.H",
          "f1-out.H"));
      data[123_456] ^= 1;
      Files.write(file, data);
      assertNotEquals(before, sums.of(fs, path));
    }
  }

  @Test
  void aCompositeCrc32cAndACrc32cOfTheSameValueAreTheSame() {
    assertTrue(FileChecksums.same("CRC32C:0a0b0c0d", "CRC32C:0a0b0c0d"));
    assertTrue(FileChecksums.same("COMPOSITE-CRC32C:0a0b0c0d", "CRC32C:0a0b0c0d"));
    assertTrue(!FileChecksums.same("COMPOSITE-CRC32C:0a0b0c0d", "CRC32C:0a0b0c0e"));
    assertTrue(!FileChecksums.same("COMPOSITE-CRC32:0a0b0c0d", "CRC32C:0a0b0c0d"));
    assertTrue(!FileChecksums.same("MD5-of-0MD5-of-512CRC32C:0a0b", "garbage"));
  }

  @Test
  void theChecksumFileRoundTripsAndIsAbsentForPiecesWithout() throws Exception {
    FileSystem fs = FileSystem.getLocal(new Configuration());
    Path folder = new Path(tmp.resolve("pieces").toUri());
    List<PieceChecksum> sums = List.of(new PieceChecksum("f1-out.H", "f1-out.H", 10, "CRC32C:00000001"),
        new PieceChecksum("f1-out.H", "hdfs://nn:8020/data/.out.H.sepyarn-x-t0-a1@", 4000,
            "COMPOSITE-CRC32C:0a0b0c0d"));
    assertEquals(Optional.empty(), PieceChecksumFile.read(fs, folder));

    PieceChecksumFile.write(fs, folder, sums);

    assertEquals(Optional.of(sums), PieceChecksumFile.read(fs, folder));
    assertTrue(sums.get(0).inPiecesFolder());
    assertTrue(!sums.get(1).inPiecesFolder());
    assertTrue(new String(Files.readAllBytes(tmp.resolve("pieces/checksums.json")), StandardCharsets.UTF_8)
        .contains("COMPOSITE-CRC32C:0a0b0c0d"));
  }
}
