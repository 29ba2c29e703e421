package org.sepyarn.client.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sepyarn.client.cli.InvalidInputException;

class BenchOptionsTest {
  @Test
  void defaultsAreOneGibibyteAndFourTasksOnTheConfiguredCluster() throws Exception {
    BenchOptions o = BenchOptions.parse(false, null, null, false, null);
    assertEquals(1L << 30, o.sizeBytes());
    assertEquals(4, o.tasks());
    assertFalse(o.embedded());
    assertFalse(o.json());
    assertNull(o.dir());
  }

  @Test
  void sizesTakeBinaryUnits() throws Exception {
    assertEquals(64L << 20, BenchOptions.parse(true, "64m", "8", true, "/b").sizeBytes());
    assertEquals(4L << 20, BenchOptions.parse(true, "4M", "2", false, null).sizeBytes());
    assertEquals(2L << 30, BenchOptions.parse(true, "2g", "2", false, null).sizeBytes());
  }

  @Test
  void badSizesSayWhatIsAccepted() {
    assertTrue(message("lots", "4").startsWith("--size: \"lots\" is not a size"));
    assertTrue(message("12q", "4").contains("unknown unit"));
    assertEquals("--size 512k is out of range: give 1m to 1t (e.g. 64m, 1g)", message("512k", "4"));
    assertEquals("--size 2t is out of range: give 1m to 1t (e.g. 64m, 1g)", message("2t", "4"));
  }

  @Test
  void tasksMustBeAWholeNumberFromOneToAThousand() {
    assertEquals("--tasks four is not a whole number: give 1 to 1000", message("64m", "four"));
    assertEquals("--tasks 0 is out of range: give 1 to 1000", message("64m", "0"));
    assertEquals("--tasks 1001 is out of range: give 1 to 1000", message("64m", "1001"));
  }

  @Test
  void anEmptyDirIsRefused() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> BenchOptions.parse(false, "64m", "4", false, " "));
    assertEquals("--dir is empty: give a folder on the cluster file system", e.getMessage());
  }

  private static String message(String size, String tasks) {
    return assertThrows(InvalidInputException.class, () -> BenchOptions.parse(false, size, tasks, false, null))
        .getMessage();
  }
}
