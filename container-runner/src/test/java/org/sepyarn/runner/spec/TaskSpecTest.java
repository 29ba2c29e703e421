package org.sepyarn.runner.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskSpecTest {

  @Test
  void missingListsAndEnvironmentBecomeEmpty() {
    TaskSpec task = new TaskSpec(0, List.of("prog"), null, null, null, null);

    assertEquals(List.of(), task.args());
    assertEquals(List.of(), task.taskArgs());
    assertEquals(Map.of(), task.env());
    assertEquals(List.of(), task.files());
  }

  @Test
  void aTaskKeepsItsOwnCopyOfTheListsItWasGiven() {
    List<String> args = new ArrayList<>(List.of("a=1"));
    TaskSpec task = new TaskSpec(0, List.of("prog"), args, List.of(), Map.of(), List.of());

    args.add("b=2");

    assertEquals(List.of("a=1"), task.args());
    assertThrows(UnsupportedOperationException.class, () -> task.args().add("c=3"));
  }

  @Test
  void aNegativeIndexIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new TaskSpec(-1, List.of("prog"), null, null, null, null));

    assertEquals("task index -1 is negative", e.getMessage());
  }

  @Test
  void aTaskWithoutACommandIsRefusedNamingTheTask() {
    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
        () -> new TaskSpec(4, List.of(), null, null, null, null));
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> new TaskSpec(4, null, null, null, null, null));

    assertEquals("task 4 has no command", empty.getMessage());
    assertEquals("task 4 has no command", missing.getMessage());
  }
}
