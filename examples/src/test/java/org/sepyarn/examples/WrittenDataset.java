package org.sepyarn.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.history.History;
import org.sepyarn.formats.history.HistoryAxes;

/**
 * A dataset as a tool wrote it, read back independently of the tools' own reader: the header
 * text (before {@code \014\014\004} if the data follows), its history, and the binary bytes.
 */
public final class WrittenDataset {
  private final String headerText;
  private final boolean dataFollowed;
  private final History history;
  private final byte[] binary;
  private final Path binaryFile;

  private WrittenDataset(String headerText, boolean dataFollowed, History history, byte[] binary, Path binaryFile) {
    this.headerText = headerText;
    this.dataFollowed = dataFollowed;
    this.history = history;
    this.binary = binary;
    this.binaryFile = binaryFile;
  }

  /** The dataset whose header is the file {@code header}, its binary named relative to {@code cwd}. */
  public static WrittenDataset read(Path header, Path cwd) {
    try {
      return parse(Files.readAllBytes(header), cwd);
    } catch (IOException e) {
      throw new UncheckedIOException("header " + header + " cannot be read", e);
    }
  }

  static WrittenDataset parse(byte[] stdout, Path cwd) {
    int sep = indexOf(stdout, new byte[] {014, 014, 004});
    String text = new String(stdout, 0, sep < 0 ? stdout.length : sep, StandardCharsets.ISO_8859_1);
    History history = History.parse("stdout", text);
    String in = history.requireString("in");
    if (sep >= 0) {
      assertEquals("stdin", in, "data followed the header, so in= must say stdin");
      return new WrittenDataset(text, true, history, Arrays.copyOfRange(stdout, sep + 3, stdout.length), null);
    }
    Path file = cwd.resolve(in);
    try {
      return new WrittenDataset(text, false, history, Files.readAllBytes(file), file);
    } catch (IOException e) {
      throw new UncheckedIOException("the binary named by in=" + in + " cannot be read", e);
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  public String headerText() {
    return headerText;
  }

  public boolean dataFollowed() {
    return dataFollowed;
  }

  public History history() {
    return history;
  }

  public Hypercube cube() {
    return HistoryAxes.cube(history);
  }

  public ElementFormat format() {
    return HistoryAxes.format(history);
  }

  public byte[] binary() {
    return binary;
  }

  public Path binaryFile() {
    return binaryFile;
  }

  /** The samples, decoded with the header's format; checks the binary's size against the header. */
  public double[] values() {
    ElementFormat f = format();
    long elements = cube().elementCount();
    assertEquals(elements * f.esize(), binary.length, "binary size against n1*..*n9*esize");
    double[] v = new double[(int) elements * f.components()];
    f.decode(binary, 0, v, 0, (int) elements);
    return v;
  }
}
