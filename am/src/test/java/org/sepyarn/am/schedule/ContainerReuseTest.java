package org.sepyarn.am.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContainerReuseTest {
  private static Allocated container(String id) {
    return new Allocated(id, "n1:8041");
  }

  @Test
  void withOneTaskPerContainerEveryWaitingTaskWantsAContainerAndNoneRunsAnother() {
    ContainerReuse reuse = new ContainerReuse(1);
    reuse.launched(container("c1"));
    assertEquals(7, reuse.containersWanted(7));
    assertEquals(Optional.empty(), reuse.mayRunAnother("c1"));
    assertEquals(0, reuse.spareTasks());
  }

  @Test
  void runningContainersCoverWhatTheyMayStillTakeAndTheRestIsAskedForKToAContainer() {
    ContainerReuse reuse = new ContainerReuse(4);
    assertEquals(3, reuse.containersWanted(10), "10 tasks, 4 to a container");
    assertEquals(0, reuse.containersWanted(0));

    reuse.launched(container("c1"));
    reuse.launched(container("c2"));
    assertEquals(6, reuse.spareTasks());
    assertEquals(0, reuse.containersWanted(6));
    assertEquals(1, reuse.containersWanted(7));

    reuse.ranAnother("c1");
    reuse.ranAnother("c1");
    reuse.ranAnother("c1");
    assertEquals(Optional.empty(), reuse.mayRunAnother("c1"), "four tasks run: no more");
    assertEquals(container("c2"), reuse.mayRunAnother("c2").orElseThrow());
    assertEquals(3, reuse.spareTasks());

    reuse.forget("c2");
    reuse.forget("c2");
    assertEquals(0, reuse.spareTasks(), "forgotten once");
    reuse.forget("c1");
    assertEquals(0, reuse.spareTasks());
    assertEquals(2, reuse.containersWanted(5));
  }

  @Test
  void onlyAContainerThatRunsATaskCanBeGivenAnother() {
    ContainerReuse reuse = new ContainerReuse(3);
    assertThrows(IllegalStateException.class, () -> reuse.ranAnother("c9"));
    assertThrows(IllegalArgumentException.class, () -> new ContainerReuse(0));
  }
}
