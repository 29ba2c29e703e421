package org.sepyarn.runner.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaskFileTest {

  @Test
  void aNamedFileIsPassedAsItsTagFollowedByTheLocalPath() {
    TaskFile vel = new TaskFile("vel=", FileRole.INPUT, "f2-vel.H", "hdfs:///v.H", null);

    assertEquals("vel=/work/f2-vel.H", vel.argument("/work/f2-vel.H"));
    assertFalse(vel.isStdin());
    assertFalse(vel.isStdout());
  }

  @Test
  void standardStreamsAreNotCommandLineArguments() {
    TaskFile in = new TaskFile("<", FileRole.INPUT, "f0-in.H", "hdfs:///in.H", "[0:10]");
    TaskFile out = new TaskFile(">", FileRole.OUTPUT, "f1-out.H", null, null);

    assertNull(in.argument("/work/f0-in.H"));
    assertNull(out.argument("/work/f1-out.H"));
    assertTrue(in.isStdin());
    assertTrue(out.isStdout());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a/b.H", ".hidden", "..", "../up.H"})
  void aLocalNameMustBeAPlainFileName(String localName) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new TaskFile(">", FileRole.OUTPUT, localName, null, null));

    assertEquals("local name \"" + localName + "\" must be a plain file name", e.getMessage());
  }

  @Test
  void anInputWithoutASourceIsRefusedNamingItsTag() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new TaskFile("vel=", FileRole.INPUT, "f0-vel.H", null, null));

    assertEquals("input vel= has no source dataset", e.getMessage());
  }

  @Test
  void tagRoleAndLocalNameAreRequired() {
    assertThrows(NullPointerException.class, () -> new TaskFile(null, FileRole.INPUT, "a", "s", null));
    assertThrows(NullPointerException.class, () -> new TaskFile("<", null, "a", "s", null));
    assertThrows(NullPointerException.class, () -> new TaskFile("<", FileRole.INPUT, null, "s", null));
  }
}
