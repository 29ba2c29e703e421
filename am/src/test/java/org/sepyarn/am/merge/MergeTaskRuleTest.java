package org.sepyarn.am.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;

class MergeTaskRuleTest {
  private static final long MIB = 1L << 20;
  private static final long GIB = 1L << 30;
  private final MergeTaskRule rule = MergeTaskRule.from(new Configuration(false));

  @Test
  void smallOutputsAreMergedByTheApplicationMaster() {
    assertEquals(0, rule.tasksFor(0, Optional.empty(), 10));
    assertEquals(0, rule.tasksFor(64 * MIB - 1, Optional.empty(), 10));
    assertEquals(1, rule.tasksFor(64 * MIB, Optional.empty(), 10));
  }

  @Test
  void largerOutputsGetOneTaskPerGibUpToTheClusterWidth() {
    assertEquals(1, rule.tasksFor(GIB, Optional.empty(), 10));
    assertEquals(2, rule.tasksFor(GIB + 1, Optional.empty(), 10));
    assertEquals(10, rule.tasksFor(50 * GIB, Optional.empty(), 10));
    assertEquals(1, rule.tasksFor(50 * GIB, Optional.empty(), 0), "a cluster whose size is not known yet");
    assertEquals(256, rule.tasksFor(10_000 * GIB, Optional.empty(), 5000));
  }

  @Test
  void theJobsMergeTasksDecideWhateverTheSize() {
    assertEquals(3, rule.tasksFor(1, Optional.of(3), 1));
    assertEquals(7, rule.tasksFor(100 * GIB, Optional.of(7), 100));
  }

  @Test
  void settingsComeFromTheConfiguration() {
    Configuration conf = new Configuration(false);
    conf.setLong("sepyarn.merge.am-bytes", 0);
    conf.setLong("sepyarn.merge.task-bytes", 100);
    assertEquals(3, MergeTaskRule.from(conf).tasksFor(250, Optional.empty(), 8));
    assertThrows(IllegalArgumentException.class, () -> new MergeTaskRule(-1, 1));
    assertThrows(IllegalArgumentException.class, () -> new MergeTaskRule(0, 0));
  }
}
