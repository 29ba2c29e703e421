package org.sepyarn.formats.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Random;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Hypercube;

/** A job's inputs keep their binaries and par= includes on their headers' file systems. */
class BinaryScopeTest {
  private static final Hypercube CUBE = Hypercube.ofLengths(10, 100);
  private static final BinaryScope SAME = BinaryScope.HEADERS_FILE_SYSTEM;

  @TempDir
  java.nio.file.Path tmp;

  private final Configuration conf = OtherSchemeFileSystem.register(new Configuration());
  private final byte[] data = NaiveWindows.randomBytes(new Random(3), 4000);
  private LocalDatasetFiles files;

  @BeforeEach
  void setUp() {
    files = new LocalDatasetFiles(tmp);
  }

  private static String header(String in) {
    return LocalDatasetFiles.history(CUBE, ElementFormat.XDR_FLOAT, in);
  }

  /** The header {@code name} as seen on the {@code other:} file system. */
  private Path onOther(String name, String text) {
    files.text(name, text);
    return new Path("other://" + files.abs(name));
  }

  @Test
  void anInOnTheLocalFileSystemInAHeaderOnAnotherIsRefusedNamingTheDatasetTheValueAndTheFix() {
    files.bytes("bin/x.H@", data);
    String in = "file://" + files.abs("bin/x.H@");
    Path header = onOther("x.H", header(in));

    InvalidDatasetException e = assertThrows(InvalidDatasetException.class, () -> Dataset.open(header, conf, SAME));

    String m = e.getMessage();
    assertTrue(m.startsWith("dataset " + header + " says in=\"" + in + "\""), m);
    assertTrue(m.contains("another file system (file://) than the header's (other://)"), m);
    assertTrue(m.contains("read it from its own disk"), m);
    assertTrue(m.contains("\"allowForeignBinaries\": true"), m);
  }

  @Test
  void anAbsoluteInWithoutSchemeIsOnTheHeadersFileSystemAndAllowed() throws IOException {
    files.bytes("bin/x.H@", data);
    Path header = onOther("x.H", header(files.abs("bin/x.H@")));

    Dataset ds = Dataset.open(header, conf, SAME);

    assertEquals("other", ds.parts().get(0).path().toUri().getScheme(), "resolved on the header's file system");
  }

  @Test
  void aRelativeInAndAnInWithTheHeadersOwnSchemeAreAllowed() throws IOException {
    files.bytes("bin/x.H@", data);

    assertEquals(4000, Dataset.open(onOther("a.H", header("bin/x.H@")), conf, SAME).byteCount());
    assertEquals(4000, Dataset.open(onOther("b.H", header("other://" + files.abs("bin/x.H@"))), conf, SAME)
        .byteCount());
  }

  @Test
  void anInOnAnotherClusterIsRefusedInALocalHeader() {
    Path header = files.text("x.H", header("hdfs://elsewhere:8020/data/x.H@"));

    InvalidDatasetException e = assertThrows(InvalidDatasetException.class, () -> Dataset.open(header, conf, SAME));

    assertTrue(e.getMessage().contains("another file system (hdfs://elsewhere:8020) than the header's (file://)"),
        e.getMessage());
  }

  @Test
  void oneForeignPartOfAMultiFileBinaryIsEnough() {
    files.bytes("bin/a@", new byte[2000]);
    files.bytes("bin/b@", new byte[2000]);
    Path header = onOther("x.H", header(files.abs("bin/a@") + ";file://" + files.abs("bin/b@")));

    assertThrows(InvalidDatasetException.class, () -> Dataset.open(header, conf, SAME));
  }

  @Test
  void aParIncludeOnAnotherFileSystemIsRefused() {
    files.bytes("x.H@", data);
    files.text("shape.par", "n1=10 n2=100 esize=4 data_format=xdr_float\n");
    String par = "file://" + files.abs("shape.par");
    Path header = onOther("x.H", "par=" + par + " in=x.H@\n");

    InvalidDatasetException e = assertThrows(InvalidDatasetException.class, () -> Dataset.open(header, conf, SAME));

    assertTrue(e.getMessage().contains("says par=\"" + par + "\""), e.getMessage());
    assertTrue(e.getMessage().contains("allowForeignBinaries"), e.getMessage());
  }

  @Test
  void aJobThatAllowsForeignBinariesReadsThem() throws IOException {
    files.bytes("bin/x.H@", data);
    files.text("shape.par", "n1=10 n2=100 esize=4 data_format=xdr_float\n");
    Path header = onOther("x.H", "par=file://" + files.abs("shape.par") + " in=file://" + files.abs("bin/x.H@")
        + "\n");

    Dataset ds = Dataset.open(header, conf, BinaryScope.forJob(true));

    assertEquals(CUBE, ds.cube());
    try (DatasetReader r = new DatasetReader(ds, conf)) {
      byte[] all = new byte[4000];
      r.readWindow(ds.cube().fullWindow(), all, 0);
      assertArrayEquals(data, all);
    }
  }

  @Test
  void theDefaultOpenAllowsAnyFileSystemAsBefore() throws IOException {
    files.bytes("bin/x.H@", data);
    Path header = onOther("x.H", header("file://" + files.abs("bin/x.H@")));

    assertEquals(4000, Dataset.open(header, conf).byteCount());
  }
}
