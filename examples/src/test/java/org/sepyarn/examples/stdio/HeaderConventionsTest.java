package org.sepyarn.examples.stdio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.examples.Datasets;
import org.sepyarn.examples.ToolHarness;
import org.sepyarn.examples.ToolRun;
import org.sepyarn.examples.WrittenDataset;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;

class HeaderConventionsTest {
  private static final String OLD_HISTORY = "# made by hand\n"
      + "\n\nMaker:   alice@rig   Mon Jan  5 10:00:00 2026\n"
      + "survey_name=\"North Sea\" foo_bar=42\n"
      + "\t\tsets next: in=\"/old/place@\"\n";

  @TempDir
  Path root;
  private ToolHarness world;
  private Hypercube cube;

  @BeforeEach
  void setUp() {
    world = new ToolHarness(root);
    cube = Hypercube.of(new Axis(4, 0, 0.004, "time", "s"), new Axis(3, 100, 25, "offset", "m"));
  }

  private byte[] input() {
    return Datasets.write(world.cwd(), "in.H", OLD_HISTORY, cube, ElementFormat.XDR_FLOAT, Datasets.ramp(12, 1))
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void theInputHistoryIsCopiedVerbatimAndOneSectionIsAppended() {
    byte[] in = input();
    WrittenDataset out = world.run(in, "scale", "scale=2").dataset();
    String original = new String(in, StandardCharsets.ISO_8859_1);
    assertTrue(out.headerText().startsWith(original), out.headerText());
    String section = out.headerText().substring(original.length());
    assertTrue(section.startsWith("\n\nscale:   "), section);
    assertEquals(2, out.history().programTitles().size());
    assertTrue(out.history().programTitles().get(1).startsWith("scale:"));
  }

  @Test
  void unknownKeysOfTheInputHistorySurvive() {
    WrittenDataset out = world.run(input(), "scale", "scale=2").dataset();
    assertEquals("North Sea", out.history().requireString("survey_name"));
    assertEquals("42", out.history().requireString("foo_bar"));
    assertEquals(cube, out.cube());
  }

  @Test
  void esizeAndDataFormatAreWrittenEvenWhenUnchanged() {
    String original = new String(input(), StandardCharsets.ISO_8859_1);
    WrittenDataset out = world.run(original.getBytes(StandardCharsets.ISO_8859_1), "scale", "scale=2").dataset();
    List<String> section = List.of(out.headerText().substring(original.length()).split("\n"));
    assertTrue(section.contains("esize=4"), section.toString());
    assertTrue(section.contains("data_format=xdr_float"), section.toString());
    assertFalse(section.contains("n1=4"), "unchanged axes are not repeated: " + section);
  }

  @Test
  void aGeneratorWritesEveryAxisEsizeAndDataFormat() {
    WrittenDataset out = world.run("spike", "n1=5", "n2=3", "d1=0.5", "label2=trace").dataset();
    assertTrue(out.headerText().startsWith("spike:   "), out.headerText());
    assertEquals("5", out.history().requireString("n1"));
    assertEquals("3", out.history().requireString("n2"));
    assertEquals("0.5", out.history().requireString("d1"));
    assertEquals("trace", out.history().requireString("label2"));
    assertEquals("4", out.history().requireString("esize"));
    assertEquals("xdr_float", out.history().requireString("data_format"));
  }

  @Test
  void inNamesTheBinaryInTheDatapathAfterTheFileStdoutIsRedirectedTo() throws Exception {
    Path data = Files.createDirectories(root.resolve("data"));
    Path header = world.cwd().resolve("out.H");
    WrittenDataset out = world.runTo(header, input(), "scale", "scale=2", "datapath=" + data + "/").dataset();
    assertEquals(data.resolve("out.H@").toString(), out.history().requireString("in"));
    assertEquals(12 * 4, Files.size(data.resolve("out.H@")));
    assertEquals(data.resolve("out.H@"), out.binaryFile());
  }

  @Test
  void aLeadingHOfTheHeaderNameIsDroppedFromTheBinaryNameAsSeplibDoes() {
    Path header = world.cwd().resolve("Hsmooth");
    WrittenDataset out = world.runTo(header, input(), "scale", "scale=2").dataset();
    assertEquals(world.cwd().resolve("smooth@").toString(), out.history().requireString("in"));
  }

  @Test
  void withoutAKnownHeaderFileTheBinaryIsNamedAfterTheProgramAndProcess() {
    WrittenDataset out = world.run(input(), "scale", "scale=2").dataset();
    String expected = world.cwd().resolve("scale." + ProcessHandle.current().pid() + ".H@").toString();
    assertEquals(expected, out.history().requireString("in"));
  }

  @Test
  void outEqualsStdoutPutsTheDataAfterTheHeaderAndSeparator() {
    for (String arg : new String[] {"out=stdout", "--out=stdout"}) {
      ToolRun run = world.run(input(), "scale", "scale=2", arg);
      WrittenDataset out = run.dataset();
      assertTrue(out.dataFollowed());
      assertEquals("stdin", out.history().requireString("in"));
      String all = new String(run.stdout(), StandardCharsets.ISO_8859_1);
      assertTrue(all.contains("in=stdin\n\014\014\004"), "header, newline, \\014\\014\\004, then data");
      assertEquals(12 * 4, out.binary().length);
      assertEquals(22.0, out.values()[11]);
    }
  }

  @Test
  void aPipeOnStdoutCarriesTheDataAfterTheHeaderAsSeplibDoes() {
    WrittenDataset out = world.runIntoPipe(input(), "scale", "scale=2").dataset();
    assertTrue(out.dataFollowed());
    assertEquals(12 * 4, out.binary().length);
  }

  @Test
  void dataFollowingTheHeaderOnStdinIsRead() {
    ToolRun first = world.run(input(), "scale", "scale=2", "out=stdout");
    WrittenDataset second = world.run(first.stdout(), "scale", "scale=3", "out=stdout").dataset();
    assertEquals(6.0 * 11, second.values()[11]);
    assertEquals(3, second.history().programTitles().size());
  }

  @Test
  void aDataFileThatRunsOnPastTheHeaderIsRefused() {
    byte[] stream = world.run(input(), "scale", "scale=2", "out=stdout").stdout();
    byte[] longer = Arrays.copyOf(stream, stream.length + 4);
    ToolRun run = world.run(longer, "scale", "scale=1").failed();
    assertTrue(run.stderr().contains("holds more than the 48 bytes"), run.stderr());
  }

  @Test
  void outEqualsAFileNamesTheBinaryDirectly() {
    WrittenDataset out = world.run(input(), "scale", "scale=2", "out=x.bin").dataset();
    assertEquals(world.cwd().resolve("x.bin").toString(), out.history().requireString("in"));
    assertEquals(48, out.binary().length);
  }

  @Test
  void outputIsXdrBigEndianByDefaultAndNativeWhenAsked() {
    WrittenDataset xdr = world.run("spike", "n1=2", "k1=1", "mag=1.5").dataset();
    assertArrayEquals(ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN).putFloat(1.5f).putFloat(0).array(),
        xdr.binary());
    WrittenDataset nat = world.run("spike", "n1=2", "k1=1", "mag=1.5", "out_format=native_float").dataset();
    assertEquals("native_float", nat.history().requireString("data_format"));
    assertArrayEquals(ByteBuffer.allocate(8).order(ByteOrder.nativeOrder()).putFloat(1.5f).putFloat(0).array(),
        nat.binary());
  }

  @Test
  void theOutputFormatFollowsTheInputUnlessOutFormatSaysOtherwise() {
    byte[] in = Datasets.write(world.cwd(), "d.H", "", cube, ElementFormat.NATIVE_DOUBLE, Datasets.ramp(12, 0.5))
        .getBytes(StandardCharsets.ISO_8859_1);
    WrittenDataset same = world.run(in, "scale", "scale=2").dataset();
    assertEquals("native_double", same.history().requireString("data_format"));
    assertEquals("8", same.history().requireString("esize"));
    WrittenDataset xdr = world.run(in, "scale", "scale=2", "out_format=xdr_int").dataset();
    assertEquals("xdr_int", xdr.history().requireString("data_format"));
    assertEquals(11.0, xdr.values()[11]);
  }

  @Test
  void aHeaderWithoutDataFormatIsXdrFloatAsSeplibAssumes() throws Exception {
    Files.write(world.cwd().resolve("b@"), ByteBuffer.allocate(8).putFloat(1).putFloat(2).array());
    byte[] in = "n1=2\nin=b@\n".getBytes(StandardCharsets.ISO_8859_1);
    WrittenDataset out = world.run(in, "scale", "scale=10").dataset();
    assertArrayEquals(new double[] {10, 20}, out.values());
    assertEquals("xdr_float", out.history().requireString("data_format"));
  }

  @Test
  void aRelativeInIsFoundFromTheCurrentFolder() throws Exception {
    Files.createDirectories(world.cwd().resolve("sub"));
    Files.write(world.cwd().resolve("sub/b.H@"), ByteBuffer.allocate(4).putFloat(3).array());
    byte[] in = "n1=1 esize=4 data_format=xdr_float in=sub/b.H@\n".getBytes(StandardCharsets.ISO_8859_1);
    assertArrayEquals(new double[] {6}, world.run(in, "scale", "scale=2").dataset().values());
  }

  @Test
  void axisParametersOnTheCommandLineOverrideTheHistoryAndAreRecorded() {
    String original = new String(input(), StandardCharsets.ISO_8859_1);
    WrittenDataset out = world.run(original.getBytes(StandardCharsets.ISO_8859_1), "scale", "scale=1", "d1=0.002")
        .dataset();
    assertEquals(0.002, out.cube().axis(1).d());
    assertEquals(List.of("d1=0.002"), out.headerText().substring(original.length()).lines()
        .filter(l -> l.startsWith("d1=") || l.startsWith("n1=")).toList());
  }

  @Test
  void aBinaryOfTheWrongSizeIsReportedWithBothSizes() throws Exception {
    Files.write(world.cwd().resolve("short@"), new byte[12]);
    byte[] in = "n1=2 n2=2 esize=4 data_format=xdr_float in=short@\n".getBytes(StandardCharsets.ISO_8859_1);
    ToolRun run = world.run(in, "scale", "scale=2").failed();
    assertTrue(run.stderr().startsWith("scale: binary "), run.stderr());
    assertTrue(run.stderr().contains("holds 12 bytes, but its header describes 16"), run.stderr());
  }

  @Test
  void aMissingBinaryIsNamed() {
    byte[] in = "n1=2 in=/nowhere/x.H@\n".getBytes(StandardCharsets.ISO_8859_1);
    ToolRun run = world.run(in, "scale", "scale=2").failed();
    assertTrue(run.stderr().contains("/nowhere/x.H@"), run.stderr());
    assertTrue(run.stderr().contains("does not exist"), run.stderr());
  }

  @Test
  void dataThatEndsEarlyOnStdinIsReported() {
    byte[] header = "n1=4 esize=4 data_format=xdr_float in=stdin\n\014\014\004".getBytes(StandardCharsets.ISO_8859_1);
    byte[] in = Arrays.copyOf(header, header.length + 8);
    ToolRun run = world.run(in, "scale", "scale=2").failed();
    assertTrue(run.stderr().contains("ends after 8 bytes, but the header needs 16"), run.stderr());
  }

  @Test
  void multiPartBinariesAndPipeHeadersAreRefusedWithAReason() {
    ToolRun parts = world.run("n1=2 in=\"/a@;/b@\"\n".getBytes(StandardCharsets.ISO_8859_1), "scale", "scale=2")
        .failed();
    assertTrue(parts.stderr().contains("multi-part datasets are not supported"), parts.stderr());
    ToolRun pipe = world.run("PIPE myhost 5000 123\n".getBytes(StandardCharsets.ISO_8859_1), "scale", "scale=2")
        .failed();
    assertTrue(pipe.stderr().contains("SEPlib pipe header"), pipe.stderr());
  }

  @Test
  void inStdinWithoutTheSeparatorIsRefused() {
    ToolRun run = world.run("n1=2 in=stdin\n".getBytes(StandardCharsets.ISO_8859_1), "scale", "scale=2").failed();
    assertTrue(run.stderr().contains("no \\014\\014\\004 separator"), run.stderr());
  }

  @Test
  void aBadNumberNamesTheParameterItsValueAndOrigin() {
    ToolRun run = world.run(input(), "scale", "scale=two").failed();
    assertEquals("scale: scale=\"two\" (on the command line) is not a number: expected a decimal such as "
        + "scale=0.004 or scale=4e-3\n", run.stderr());
  }

  @Test
  void aMissingParameterIsNamed() {
    ToolRun run = world.run(input(), "scale").failed();
    assertEquals("scale: missing parameter scale= (looked for on the command line)\n", run.stderr());
  }

  @Test
  void aMissingDatapathFolderIsReportedWithWhereTheDatapathCameFrom() {
    world.env().put("DATAPATH", root.resolve("absent").toString() + "/");
    ToolRun run = world.run(input(), "scale", "scale=2").failed();
    assertTrue(run.stderr().contains("$DATAPATH"), run.stderr());
    assertTrue(run.stderr().contains("does not exist"), run.stderr());
  }
}
