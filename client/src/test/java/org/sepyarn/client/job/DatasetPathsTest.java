package org.sepyarn.client.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Paths;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;

class DatasetPathsTest {
  private static Configuration localDefault() {
    Configuration conf = new Configuration();
    conf.set("fs.defaultFS", "file:///");
    return conf;
  }

  @Test
  void aPathWithoutSchemeIsOnTheDefaultFileSystem() throws Exception {
    assertEquals(new Path("file:/data/in.H"), DatasetPaths.resolve("/data/in.H", localDefault()));
  }

  @Test
  void aRelativePathStartsFromTheDefaultFileSystemsWorkingDirectory() throws Exception {
    Path expected = new Path(Paths.get(System.getProperty("user.dir")).resolve("in.H").toUri());
    assertEquals(expected, DatasetPaths.resolve("in.H", localDefault()));
  }

  @Test
  void aUriKeepsItsFileSystem() throws Exception {
    assertEquals(new Path("file:/tmp/x.H"), DatasetPaths.resolve("file:///tmp/x.H", localDefault()));
  }

  @Test
  void anEmptyPathIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> DatasetPaths.resolve(" ", localDefault()));
  }
}
