package org.sepyarn.client.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sepyarn.client.cli.InvalidInputException;

class RerunListTest {
  @Test
  void taskNumbersAreReadSortedAndOnceEach() throws Exception {
    assertEquals(List.of(1, 4), RerunList.parse("4, 1,4", 6));
    assertEquals(List.of(0), RerunList.parse("0", 1));
  }

  @Test
  void anUnknownTaskNumberIsRefusedNamingTheJobsTasks() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> RerunList.parse("1,7,-1", 6));
    assertEquals("--rerun 1,7,-1: the job has no task 7, -1; its 6 tasks are numbered 0 to 5 (sepyarn status"
        + " APPID lists them)", e.getMessage());
  }

  @Test
  void somethingElseThanANumberIsRefused() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> RerunList.parse("1,,2", 6));
    assertEquals("--rerun 1,,2: \"\" is not a task number; give task numbers separated by commas, e.g. --rerun 1,4"
        + " (sepyarn status APPID lists the tasks)", e.getMessage());
    assertThrows(InvalidInputException.class, () -> RerunList.parse("all", 6));
  }
}
