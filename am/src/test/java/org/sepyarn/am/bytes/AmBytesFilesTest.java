package org.sepyarn.am.bytes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.runner.spec.ByteCount;
import org.sepyarn.runner.spec.PhaseBytes;
import org.sepyarn.runner.spec.WorkLayout;

class AmBytesFilesTest {
  @TempDir
  java.nio.file.Path dir;

  @Test
  void aLaterAttemptAddsUpWhatEveryEarlierOneKeptButNotItsOwnFile() throws IOException {
    FileSystem fs = FileSystem.getLocal(new Configuration());
    WorkLayout work = new WorkLayout(new Path(dir.toUri()));
    AmBytesFiles files = new AmBytesFiles(fs, work);

    assertEquals(PhaseBytes.none(), files.earlier(1));
    files.file(1, PhaseBytes.none().plus(PhaseBytes.AM, new ByteCount(1, 2))).run();
    files.file(1, PhaseBytes.none().plus(PhaseBytes.AM, new ByteCount(10, 20))).run();
    files.file(2, PhaseBytes.none().plus(PhaseBytes.MERGE, new ByteCount(300, 400))).run();
    files.file(3, PhaseBytes.none().plus(PhaseBytes.AM, new ByteCount(5000, 5000))).run();
    Files.writeString(dir.resolve("bytes/am-attempt-4.json"), "{not json");

    PhaseBytes earlier = files.earlier(3);

    assertEquals(new ByteCount(10, 20), earlier.phase(PhaseBytes.AM));
    assertEquals(new ByteCount(300, 400), earlier.phase(PhaseBytes.MERGE));
  }
}
