package org.sepyarn.am.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sepyarn.runner.spec.FileRole;
import org.sepyarn.runner.spec.TaskFile;

class LocalNamesTest {

  @Test
  void aNameIsThePositionAndTheBaseName() {
    assertEquals("f0-in.H", LocalNames.of(0, "hdfs:///data/in.H"));
    assertEquals("f12-vel.rsf", LocalNames.of(12, "/survey/north/vel.rsf"));
    assertEquals("f1-plain_name-2.H", LocalNames.of(1, "plain_name-2.H"));
  }

  @Test
  void filesWithTheSameBaseNameGetDifferentNamesByPosition() {
    assertEquals("f0-x.H", LocalNames.of(0, "/a/x.H"));
    assertEquals("f1-x.H", LocalNames.of(1, "/b/x.H"));
  }

  @Test
  void charactersThatAShellOrAFileSystemCouldMisreadBecomeUnderscores() {
    assertEquals("f0-my_data__v2_.H", LocalNames.of(0, "hdfs:///data/my data (v2).H"));
    assertEquals("f0-a_rm_-rf___HOME_.H", LocalNames.of(0, "/d/a;rm -rf $(HOME).H"));
    assertEquals("f0-caf_.H", LocalNames.of(0, "/d/café.H"));
    assertEquals("f0-q_s_d__b_.H", LocalNames.of(0, "/d/q's\"d\\`b`.H"));
  }

  @Test
  void leadingDotsAreDroppedAndAnEmptyNameBecomesData() {
    assertEquals("f0-hidden.H", LocalNames.of(0, "/d/.hidden.H"));
    assertEquals("f0-data", LocalNames.of(0, "/d/..."));
    assertEquals("f0-data", LocalNames.of(0, "/d/folder/"));
    assertEquals("f0-data", LocalNames.of(0, ""));
  }

  @Test
  void aVeryLongBaseNameIsShortenedSoThatTheNameAndItsBinaryFitAFileSystem() {
    String name = LocalNames.of(7, "/d/" + "x".repeat(255));

    assertTrue(name.startsWith("f7-xxx"), name);
    assertEquals("f7-" + "x".repeat(LocalNames.MAX_BASE_LENGTH), name);
  }

  @Test
  void everyNameIsAPlainSafeFileNameAndUniqueWithinAJob() {
    List<String> paths = List.of("/a/in.H", "/b/in.H", "/d/.x", "/d/", "/d/ü", "/d/a b", "hdfs://nn/x@y.H",
        "/d/" + "y".repeat(300), "/d/" + "y".repeat(301));
    Set<String> names = new HashSet<>();
    for (int i = 0; i < paths.size(); i++) {
      String name = LocalNames.of(i, paths.get(i));
      assertTrue(name.matches("[A-Za-z0-9][A-Za-z0-9._-]*"), name);
      new TaskFile(">", FileRole.OUTPUT, name, null, null);
      names.add(name);
    }
    assertEquals(paths.size(), names.size());
  }
}
