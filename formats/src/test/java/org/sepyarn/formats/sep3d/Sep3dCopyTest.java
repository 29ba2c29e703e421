package org.sepyarn.formats.sep3d;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.util.Map;
import java.util.Random;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sep3dCopyTest {
  @TempDir
  java.nio.file.Path dir;

  @Test
  void copiesTracesRecordsAndGridNamingItsOwnParts() throws Exception {
    Configuration conf = new Configuration();
    FileSystem fs = FileSystem.getLocal(conf);
    Random random = new Random(5);
    for (int round = 0; round < 20; round++) {
      RandomSep3d source = new RandomSep3d(random, random.nextBoolean(), random.nextBoolean());
      Path from = source.write(fs, new Path(dir.resolve("a" + round + ".H").toString()));
      Path to = new Path(dir.resolve("copies/b" + round + ".H").toString());
      Sep3dCopy.copy(Sep3dDataset.open(fs, from), conf, fs, to, "test", Map.of("note", "copied"));
      Sep3dDataset copy = Sep3dDataset.open(fs, to);
      assertEquals(to.toUri().getPath() + "@@", copy.traces().history().getString("hff", null));
      assertEquals("copied", copy.traces().history().getString("note", null));
      assertEquals(Sep3dDataset.open(fs, from).traces().cube(), copy.traces().cube());
      assertEquals(source.keys.list(), copy.keys().list());
      for (String suffix : new String[] {"@", "@@@", "@@@@@"}) {
        java.nio.file.Path a = dir.resolve("a" + round + ".H" + suffix);
        java.nio.file.Path b = dir.resolve("copies/b" + round + ".H" + suffix);
        assertEquals(Files.exists(a), Files.exists(b), suffix);
        if (Files.exists(a)) {
          assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "round " + round + ", part " + suffix);
        }
      }
      assertThrows(FileAlreadyExistsException.class,
          () -> Sep3dCopy.copy(Sep3dDataset.open(fs, from), conf, fs, to, "test", Map.of()));
    }
  }
}
