package org.sepyarn.formats.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.history.History;

class DatasetWriterTest {
  private static final Hypercube CUBE = Hypercube.of(new Axis(6, 0, 0.5, "Time", "s"), new Axis(5, 10, 2));

  @TempDir
  java.nio.file.Path tmp;

  private final Configuration conf = new Configuration();
  private FileSystem fs;
  private Path header;

  @BeforeEach
  void setUp() throws IOException {
    fs = FileSystem.getLocal(conf);
    header = new Path(tmp.toUri().toString(), "out.H");
  }

  private DatasetWriter.Builder writer(ElementFormat format) {
    return DatasetWriter.to(fs, header, CUBE, format);
  }

  private Names files() throws IOException {
    try (Stream<java.nio.file.Path> s = Files.list(tmp)) {
      return new Names(s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList()));
    }
  }

  /** The sorted names in the test folder. */
  private record Names(List<String> names) {
  }

  private static byte[] encode(ElementFormat format, double[] values) {
    byte[] b = new byte[values.length / format.components() * format.esize()];
    format.encode(values, 0, b, 0, values.length / format.components());
    return b;
  }

  private byte[] readAll(Path h) throws IOException {
    Dataset ds = Dataset.open(h, conf);
    byte[] all = new byte[(int) ds.byteCount()];
    try (DatasetReader r = new DatasetReader(ds, conf)) {
      r.readWindow(ds.cube().fullWindow(), all, 0);
    }
    return all;
  }

  private void writeWhole(DatasetWriter.Builder builder, byte[] data) throws IOException {
    try (DatasetWriter w = builder.open()) {
      w.binary().write(data);
      w.commit();
    }
  }

  @Test
  void everyElementFormatRoundTripsThroughWriteAndRead() throws IOException {
    for (ElementFormat format : ElementFormat.all()) {
      double[] values = new double[(int) CUBE.elementCount() * format.components()];
      for (int i = 0; i < values.length; i++) {
        values[i] = (i * 7) % 101 - (format.kind() == ElementFormat.Kind.UCHAR ? 0 : 50);
      }
      byte[] data = encode(format, values);
      writeWhole(writer(format).overwrite(true), data);
      Dataset ds = Dataset.open(header, conf);
      assertEquals(format, ds.format(), format.name());
      assertEquals(CUBE, ds.cube(), format.name());
      byte[] read = readAll(header);
      assertArrayEquals(data, read, format.name());
      double[] decoded = new double[values.length];
      format.decode(read, 0, decoded, 0, (int) CUBE.elementCount());
      assertArrayEquals(values, decoded, format.name());
      History h = ds.history();
      assertEquals(format.name(), h.requireString("data_format"));
      assertEquals(format.esize(), h.requireInt("esize"));
    }
  }

  @Test
  void theBinarySitsBesideTheHeaderAndInNamesItsAbsolutePath() throws IOException {
    byte[] data = new byte[120];
    new Random(1).nextBytes(data);
    writeWhole(writer(ElementFormat.XDR_FLOAT).program("sfscale").parameters(Map.of("scale", "2")), data);
    assertEquals(new Names(List.of("out.H", "out.H@")), files());
    Dataset ds = Dataset.open(header, conf);
    assertEquals(tmp.resolve("out.H@").toString(), ds.history().requireString("in"));
    assertEquals("2", ds.history().requireString("scale"));
    assertTrue(ds.history().programTitles().get(0).startsWith("sfscale:"));
    assertArrayEquals(data, readAll(header));
  }

  @Test
  void theDataCanFollowTheHeaderInOneFile() throws IOException {
    byte[] data = new byte[120];
    new Random(2).nextBytes(data);
    writeWhole(writer(ElementFormat.XDR_FLOAT).dataInHeader(true), data);
    assertEquals(new Names(List.of("out.H")), files());
    Dataset ds = Dataset.open(header, conf);
    assertTrue(ds.dataInHeader());
    assertEquals("stdin", ds.history().requireString("in"));
    assertArrayEquals(data, readAll(header));
    byte[] file = Files.readAllBytes(tmp.resolve("out.H"));
    assertEquals("\n\014\014\004", new String(file, file.length - 124, 4, StandardCharsets.ISO_8859_1));
  }

  @Test
  void theBinaryCanGoElsewhere() throws IOException {
    Path binary = new Path(tmp.toUri().toString(), "data/elsewhere@");
    writeWhole(writer(ElementFormat.XDR_FLOAT).binary(binary), new byte[120]);
    assertEquals(tmp.resolve("data/elsewhere@").toString(), Dataset.open(header, conf).history().requireString("in"));
  }

  @Test
  void appendingToASourceHistoryKeepsItsTextAndAddsASection() throws IOException {
    String sourceText = "\n\nSpike:   bob@sep   today\n\t\tn1=6 n2=5 n3=4 label1=Time hff=/d/x.H@@ mystery='keep me'\n"
        + "\t\tsets next: in=\"/data/spike.H@\"\n";
    History source = History.parse("/data/spike.H", sourceText);
    Hypercube cube = Hypercube.ofLengths(6, 5);
    try (DatasetWriter w = DatasetWriter.to(fs, header, cube, ElementFormat.NATIVE_FLOAT).appendTo(source)
        .program("Window3d").open()) {
      assertTrue(w.historyText().startsWith(sourceText));
      w.binary().write(new byte[120]);
      w.commit();
    }
    Dataset ds = Dataset.open(header, conf);
    assertEquals(cube, ds.cube(), "n3=4 of the source is reset by the appended section");
    assertEquals("keep me", ds.history().requireString("mystery"));
    assertEquals("/d/x.H@@", ds.history().requireString("hff"));
    assertEquals(2, ds.history().programTitles().size());
    assertEquals(tmp.resolve("out.H@").toString(), ds.history().requireString("in"));
  }

  @Test
  void aCopyElsewhereCarriesTheParametersOfItsIncludesInline() throws IOException {
    java.nio.file.Path src = Files.createDirectories(tmp.resolve("src"));
    Files.writeString(src.resolve("axes.par"), "o1=100 d1=4 label1=Depth\n");
    Files.write(src.resolve("in.H@"), new byte[120]);
    Files.writeString(src.resolve("in.H"), "\nSpike:   bob@sep   today\n\t\tn1=6 n2=5 esize=4 data_format=xdr_float"
        + " par=axes.par in=" + src.resolve("in.H@") + "\n");
    Dataset source = Dataset.open(new Path(src.resolve("in.H").toUri()), conf);
    try (DatasetWriter w = DatasetWriter.to(fs, header, source.cube(), source.format()).appendTo(source.history())
        .open()) {
      assertFalse(w.historyText().contains("par=axes.par"), w.historyText());
      w.binary().write(new byte[120]);
      w.commit();
    }
    Files.delete(src.resolve("axes.par"));
    Dataset copy = Dataset.open(header, conf);
    assertEquals(source.cube(), copy.cube());
    assertEquals("Depth", copy.history().requireString("label1"));
    assertEquals(100.0, copy.cube().axis(1).o());
  }

  @Test
  void closingWithoutCommitLeavesNoFilesBehind() throws IOException {
    try (DatasetWriter w = writer(ElementFormat.XDR_FLOAT).open()) {
      w.binary().write(new byte[60]);
      assertEquals(2, files().names().size(), "temporary header and binary exist while writing");
    }
    assertEquals(new Names(List.of()), files());
  }

  @Test
  void aShortBinaryFailsTheCommitAndLeavesNoFilesBehind() throws IOException {
    try (DatasetWriter w = writer(ElementFormat.XDR_FLOAT).open()) {
      w.binary().write(new byte[116]);
      InvalidDatasetException e = assertThrows(InvalidDatasetException.class, w::commit);
      assertTrue(e.getMessage().endsWith("got 116 bytes of data but its header describes 120 bytes: 4 bytes are "
          + "missing"), e.getMessage());
      assertThrows(IllegalStateException.class, w::commit);
    }
    assertEquals(new Names(List.of()), files());
  }

  @Test
  void writingPastTheEndFailsAtOnce() throws IOException {
    try (DatasetWriter w = writer(ElementFormat.XDR_FLOAT).open()) {
      OutputStream out = w.binary();
      out.write(new byte[119]);
      IOException e = assertThrows(IOException.class, () -> out.write(new byte[2]));
      assertTrue(e.getMessage().contains("would exceed the 120 bytes its header describes"), e.getMessage());
    }
    assertEquals(new Names(List.of()), files());
  }

  @Test
  void anExistingHeaderOrBinaryIsNotReplacedUnlessAsked() throws IOException {
    Files.writeString(tmp.resolve("out.H"), "old header");
    FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class,
        () -> writer(ElementFormat.XDR_FLOAT).open());
    assertTrue(e.getMessage().endsWith("out.H already exists; refusing to replace it (ask to overwrite, or choose "
        + "another name)"), e.getMessage());
    assertEquals("old header", Files.readString(tmp.resolve("out.H")));
    Files.delete(tmp.resolve("out.H"));
    Files.writeString(tmp.resolve("out.H@"), "someone's binary");
    assertThrows(FileAlreadyExistsException.class, () -> writer(ElementFormat.XDR_FLOAT).open());
    assertEquals(new Names(List.of("out.H@")), files());
  }

  @Test
  void overwritingReplacesHeaderAndBinaryAndLeavesNothingElse() throws IOException {
    writeWhole(writer(ElementFormat.XDR_FLOAT), new byte[120]);
    byte[] data = new byte[120];
    new Random(3).nextBytes(data);
    writeWhole(writer(ElementFormat.XDR_FLOAT).overwrite(true).program("second"), data);
    assertEquals(new Names(List.of("out.H", "out.H@")), files());
    assertArrayEquals(data, readAll(header));
    assertTrue(Dataset.open(header, conf).history().programTitles().get(0).startsWith("second:"));
  }

  @Test
  void aFailedOverwriteLeavesTheExistingOutputUntouched() throws IOException {
    byte[] old = new byte[120];
    new Random(4).nextBytes(old);
    writeWhole(writer(ElementFormat.XDR_FLOAT), old);
    String oldHeader = Files.readString(tmp.resolve("out.H"));
    try (DatasetWriter w = writer(ElementFormat.XDR_FLOAT).overwrite(true).open()) {
      w.binary().write(new byte[8]);
      assertThrows(InvalidDatasetException.class, w::commit);
    }
    assertEquals(new Names(List.of("out.H", "out.H@")), files());
    assertEquals(oldHeader, Files.readString(tmp.resolve("out.H")));
    assertArrayEquals(old, readAll(header));
  }

  @Test
  void aDirectoryInTheWayIsNeverReplaced() throws IOException {
    Files.createDirectories(tmp.resolve("out.H@"));
    FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class,
        () -> writer(ElementFormat.XDR_FLOAT).overwrite(true).open());
    assertTrue(e.getMessage().endsWith("out.H@ is a directory; a dataset file cannot replace it"), e.getMessage());
  }

  @Test
  void noChecksumSideFilesAreWrittenOnTheLocalFileSystem() throws IOException {
    writeWhole(writer(ElementFormat.XDR_FLOAT), new byte[120]);
    assertFalse(files().names().stream().anyMatch(n -> n.endsWith(".crc")), files().toString());
  }

  @Test
  void parametersTheWriterOwnsCannotBePassedAsExtras() {
    for (String key : List.of("n1", "o9", "label2", "unit3", "d4", "esize", "data_format", "in")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> writer(ElementFormat.XDR_FLOAT).parameters(Map.of(key, "1")));
      assertTrue(e.getMessage().startsWith("parameter " + key + " is written by DatasetWriter"), e.getMessage());
    }
  }

  @Test
  void dataInHeaderAndAnExplicitBinaryAreExclusive() {
    assertThrows(IllegalArgumentException.class, () -> writer(ElementFormat.XDR_FLOAT).dataInHeader(true)
        .binary(new Path(tmp.toUri().toString(), "b@")).open());
  }
}
