package org.sepyarn.formats.segy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SegyCodecTest {
  @Test
  void traceHeaderFieldsCoverEveryByteOnceInOrder() {
    int next = 1;
    for (TraceHeaderField f : TraceHeaderField.values()) {
      assertEquals(next, f.position(), f.key());
      assertTrue(f.size() == 2 || f.size() == 4, f.key());
      next += f.size();
    }
    assertEquals(241, next);
    assertEquals(181, TraceHeaderField.CDPX.position());
    assertEquals(37, TraceHeaderField.OFFSET.position());
    assertEquals(189, TraceHeaderField.ILINE.position());
    assertEquals(TraceHeaderField.SX, TraceHeaderField.byKey("sx").orElseThrow());
    assertTrue(TraceHeaderField.byKey("cmp_x").isEmpty());
  }

  @Test
  void traceHeaderValuesAreBigEndianSignedExceptNsAndDt() {
    byte[] h = new byte[240];
    TraceHeader.set(h, 0, TraceHeaderField.OFFSET, -1234567);
    TraceHeader.set(h, 0, TraceHeaderField.SCALCO, -100);
    TraceHeader.set(h, 0, TraceHeaderField.NS, 60000);
    assertEquals(-1234567, TraceHeader.get(h, 0, TraceHeaderField.OFFSET));
    assertEquals(-100, TraceHeader.get(h, 0, TraceHeaderField.SCALCO));
    assertEquals(60000, TraceHeader.get(h, 0, TraceHeaderField.NS));
    assertEquals((byte) 0xff, h[36]);
    assertEquals((byte) 0xed, h[37]);
    assertEquals((byte) 0xea, h[114]);
    assertEquals((byte) 0x60, h[115]);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TraceHeader.set(h, 0, TraceHeaderField.SCALCO, 40000));
    assertTrue(e.getMessage().contains("scalco (bytes 71-72) holds -32768..32767, not 40000"), e.getMessage());
  }

  @Test
  void textualHeadersRoundTripInEbcdicAndAsciiIsRecognised() {
    String text = String.join("\n", java.util.Collections.nCopies(40, "C 1 CLIENT: SEP  (a, b) = 1/2; 100% ok"));
    byte[] ebcdic = TextualHeader.encode(text);
    assertEquals(3200, ebcdic.length);
    assertEquals((byte) 0xC3, ebcdic[0]);
    assertTrue(TextualHeader.isEbcdic(ebcdic));
    String decoded = TextualHeader.decode(ebcdic);
    assertEquals(text, Arrays.stream(decoded.split("\n")).map(String::stripTrailing).reduce((a, b) -> a + "\n" + b)
        .orElseThrow());
    byte[] ascii = new byte[3200];
    Arrays.fill(ascii, (byte) ' ');
    byte[] line = "C 1 WRITTEN IN ASCII".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(line, 0, ascii, 0, line.length);
    assertFalse(TextualHeader.isEbcdic(ascii));
    assertTrue(TextualHeader.decode(ascii).startsWith("C 1 WRITTEN IN ASCII   "));
    assertThrows(IllegalArgumentException.class, () -> TextualHeader.encode("x".repeat(81)));
    assertThrows(IllegalArgumentException.class, () -> TextualHeader.encode("\n".repeat(40)));
  }

  @Test
  void binaryHeaderFieldsAreAtTheirStandardBytes() {
    byte[] b = new byte[400];
    BinaryHeaderField.HDT.set(b, 4000);
    BinaryHeaderField.HNS.set(b, 1501);
    BinaryHeaderField.FORMAT.set(b, 5);
    BinaryHeaderField.REVISION.set(b, 0x0100);
    assertEquals(0x0f, b[16]);
    assertEquals((byte) 0xa0, b[17]);
    assertEquals(0x05, b[20]);
    assertEquals(0xdd, b[21] & 0xff);
    assertEquals(5, b[25]);
    assertEquals(1, b[300]);
    assertEquals(1501, BinaryHeaderField.HNS.get(b));
  }

  @Test
  void tasksGetWholeTracesTheRemainderToTheFirst() {
    SegyLayout layout = SegyLayout.of("f.sgy", new byte[3200], new byte[400], SampleFormat.IBM_FLOAT, 10, 3600,
        3600 + 10 * 280);
    assertEquals(10, layout.traceCount());
    assertArrayEquals(new long[] {0, 4}, layout.taskTraces(0, 3));
    assertArrayEquals(new long[] {4, 3}, layout.taskTraces(1, 3));
    assertArrayEquals(new long[] {7, 3}, layout.taskTraces(2, 3));
    assertArrayEquals(new long[] {3600 + 4 * 280, 3600 + 7 * 280}, layout.taskBytes(1, 3));
    Random random = new Random(4);
    for (int trial = 0; trial < 200; trial++) {
      int traces = random.nextInt(50);
      int tasks = 1 + random.nextInt(12);
      SegyLayout l = SegyLayout.of("f", new byte[3200], new byte[400], SampleFormat.IEEE_FLOAT, 3, 6800,
          6800 + traces * 252L);
      long end = 6800;
      for (int i = 0; i < tasks; i++) {
        long[] bytes = l.taskBytes(i, tasks);
        assertEquals(end, bytes[0]);
        assertEquals(0, (bytes[1] - bytes[0]) % 252);
        long size = (bytes[1] - bytes[0]) / 252;
        assertTrue(size == traces / tasks || size == traces / tasks + 1);
        end = bytes[1];
      }
      assertEquals(6800 + traces * 252L, end);
    }
  }

  @Test
  void aFileWithoutWholeTracesOrAnUnsupportedFormatIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SegyLayout.of("f.sgy",
        new byte[3200], new byte[400], SampleFormat.IBM_FLOAT, 10, 3600, 3600 + 10 * 280 + 7));
    assertTrue(e.getMessage().contains("not a whole number of traces of 280 bytes"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> SampleFormat.ofCode(3, "f.sgy"));
    assertTrue(e.getMessage().contains("code 3 (2-byte integers)"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> SampleFormat.ofCode(0x0100, "f.sgy"));
    assertTrue(e.getMessage().contains("probably little-endian"), e.getMessage());
  }
}
