package org.sepyarn.am.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.status.TaskQuery;
import org.sepyarn.am.status.TaskSort;

class LargePageTest {
  /** The most bytes the page of a job of any size takes. */
  private static final int PAGE_BOUND = 1_500_000;

  @Test
  void thePageOf100000TasksStaysUnderItsBoundAndListsOnePageOfTasks() {
    JobView view = SampleJobs.running(100_000, 100);

    long start = System.nanoTime();
    String html = JobPageRenderer.render(view);
    long millis = (System.nanoTime() - start) / 1_000_000;

    int bytes = html.getBytes(StandardCharsets.UTF_8).length;
    assertTrue(bytes < PAGE_BOUND, "the page takes " + bytes + " bytes");
    assertEquals(TaskTable.PAGE_ROWS, html.split("<tr class=\"", -1).length - 1);
    assertTrue(html.contains("<td class=\"num\">100000</td></tr>"), "counts every task");
    System.out.println("page of 100,000 tasks: " + bytes + " bytes in " + millis + " ms");
  }

  @Test
  void aPageOfTasksSortedByDurationListsTheLongestFirstAndBoundsItsSize() {
    JobView view = SampleJobs.running(100_000, 100);

    String html = JobPageRenderer.render(view, Optional.of(new TaskQuery(0, 1000, "SUCCEEDED", TaskSort.DURATION)));

    assertTrue(html.getBytes(StandardCharsets.UTF_8).length < PAGE_BOUND);
    int firstRow = html.indexOf("<tr class=\"SUCCEEDED\">");
    assertTrue(html.substring(firstRow, html.indexOf("</tr>", firstRow)).contains("5m 00s"), "the longest first");
    assertTrue(html.contains("straggler</span>"), "five times the median is a straggler");
  }

  @Test
  void eachRowShowsItsOwnArgumentsItsDataWindowAndItsEndWithSecretsHidden() {
    String html = JobPageRenderer.render(SampleJobs.running(20, 2));

    assertTrue(html.contains("<code>sx=1025 fmin=3 token=***</code>"), html);
    assertTrue(html.contains("<code>&lt; [0:2000,1:2]</code>"), html);
    assertTrue(html.contains("<th>ended</th>"), html);
    assertTrue(html.contains("This job resumed application_1700000000000_0006: took over 9 finished tasks (0-7, 9)."),
        html);
  }

  @Test
  void nodeNamesLoseTheirCommonPortButNotTheirStart() {
    String html = JobPageRenderer.render(SampleJobs.running(20, 2));

    assertTrue(html.contains("<span title=\"worker-001.seismic.example.org:8041\">worker-001.seismic.example.org</span>"),
        html);
    assertTrue(html.contains("</title>worker-001.seismic.example.org</text>"), "the timeline's label");
    assertFalse(html.contains("\u2026seismic"), "never cut from the left");
  }

  @Test
  void theFailedAttemptsComeBeforeTheTaskTable() {
    String html = JobPageRenderer.render(SampleJobs.running(2_000, 10));

    assertTrue(html.indexOf("Attempts that did not succeed") < html.indexOf("<h2 id=\"tasks\">"));
  }

  @Test
  void theTimelineOf400NodesIsCompactWithAnAxisAboveAndBelow() {
    String svg = TimelineSvg.element(SampleJobs.running(100_000, 400));

    int height = Integer.parseInt(svg.replaceAll("(?s)^.*?height=\"(\\d+)\".*$", "$1"));
    assertTrue(height < 400 * 20, "height " + height);
    assertEquals(2, svg.split("class=\"axis\"", -1).length - 1);
  }
}
