package org.sepyarn.am.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.plan.JobPlan;
import org.sepyarn.am.plan.JobPlanner;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.job.JobSpec;
import org.sepyarn.runner.spec.WorkLayout;

/** A flow's task rows say which pieces each task reads: one whole, or its window across a step's. */
class FlowTaskDetailsTest {
  private static String file(String tag, String path, String usage, int axis) {
    return "{\"tag\": \"" + tag + "\", \"path\": \"" + path + "\", \"usage\": \"" + usage
        + "\", \"distribute\": {\"split\": {\"axis\": " + axis + "}}}";
  }

  @Test
  void aReaderSaysThePieceItReadsWholeOrThePiecesItReadsAcross() {
    JobSpec job = JobSpec.parse("{\"name\": \"f\", \"steps\": ["
        + "{\"name\": \"a\", \"program\": {\"command\": [\"a\"]}, \"tasks\": 2, \"files\": ["
        + file("<", "/d/in.H", "input", 2) + ", " + file(">", "@x", "output", 2) + "]},"
        + "{\"name\": \"b\", \"program\": {\"command\": [\"b\"]}, \"tasks\": 2, \"files\": ["
        + file("<", "@x", "input", 2) + ", " + file(">", "@y", "output", 2) + "]},"
        + "{\"name\": \"c\", \"program\": {\"command\": [\"c\"]}, \"tasks\": 2, \"files\": ["
        + file("<", "@y", "input", 1) + ", " + file(">", "/d/out.H", "output", 1) + "]}]}", "test");
    WorkLayout work = new WorkLayout(new org.apache.hadoop.fs.Path("hdfs://nn/work"));
    JobPlan plan = JobPlanner.plan(job, Map.of("/d/in.H", Hypercube.ofLengths(8, 6)), p -> "hdfs://nn" + p,
        (task, local) -> work.piece(task, local).toString());
    TaskDetails details = TaskDetails.of(job, plan.tasks());

    assertEquals(List.of("< [0:8,0:3]"), details.of(0).windows());
    assertEquals(List.of("< the piece of task 1, whole"), details.of(3).windows());
    assertEquals(List.of("< its window across the pieces of tasks 2 to 3"), details.of(5).windows());
  }
}
