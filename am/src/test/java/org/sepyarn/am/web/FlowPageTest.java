package org.sepyarn.am.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.schedule.TaskState;
import org.sepyarn.am.status.FlowSteps;
import org.sepyarn.am.status.JobStatus;
import org.sepyarn.am.status.StepSummary;
import org.sepyarn.am.status.TaskQuery;
import org.sepyarn.am.status.TaskSort;

/** The page, its JSON and its timeline for a flow: each task's step, each step's counts, a filter by step. */
class FlowPageTest {
  private static final int PAGE_BOUND = 1_500_000;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Thirty tasks, ten a step, on two nodes. */
  private static JobView small() {
    return SampleJobs.flow(10, 2);
  }

  private static String rowOf(String html, int task) {
    int at = html.indexOf("\"><td class=\"num\">" + task + "</td><td>");
    return at < 0 ? "" : html.substring(at, html.indexOf("</tr>", at));
  }

  @Test
  void eachTaskRowSaysItsStepAndItsNumberInTheStep() {
    String html = JobPageRenderer.render(small());

    assertTrue(html.contains("<th title=\"the task's step and its number within the step\">step</th>"), html);
    assertTrue(rowOf(html, 13).contains("smooth-time #3</td>"), rowOf(html, 13));
    assertTrue(rowOf(html, 0).contains("scale #0</td>"), rowOf(html, 0));
    assertTrue(rowOf(html, 29).contains("smooth-offset #9</td>"), rowOf(html, 29));
  }

  @Test
  void aSolvesPageShowsItsIterationsTheStepsRunningNowAndThePlot() {
    JobView view = small().withIterations(List.of(new org.sepyarn.am.status.IterationNorms(0, 11.97, 0),
        new org.sepyarn.am.status.IterationNorms(1, 2.63, 0.5)));

    String html = JobPageRenderer.render(view);

    assertTrue(html.contains("<h2>Convergence</h2>"), html);
    assertTrue(html.contains("1 iteration done; running now: steps scale, smooth-time."), html);
    assertTrue(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"convergence\""), html);
    assertTrue(html.contains("<tr><td class=\"num\">1</td><td class=\"num\">2.630</td><td class=\"num\">0.2197</td>"
        + "<td class=\"num\">0.5000</td></tr>"), html);
    assertTrue(view.toStatus().iterations().equals(view.iterations()), "the live status carries them too");
    assertFalse(JobPageRenderer.render(small()).contains("Convergence"), "a flow that shows none has no section");
  }

  @Test
  void thePageSummarisesEachStepAndSaysWhichStepAWaitingStepWaitsFor() {
    JobView view = small();
    List<StepSummary> steps = view.steps();
    assertTrue(steps.get(2).count("WAITING") == 10 && steps.get(1).count("RUNNING") > 0
        && steps.get(0).count("RUNNING") > 0, "the sample's first two steps run, the last waits: " + steps);

    String html = JobPageRenderer.render(view);

    assertTrue(html.contains("<table class=\"steps\">"), html);
    assertTrue(html.contains("<td>waiting for step smooth-time</td>"), html);
    assertTrue(html.contains("<a href=\"?page=0&amp;size=200&amp;step=smooth-offset#tasks\">smooth-offset</a>"), html);
    assertTrue(html.contains("<td>waiting for step scale</td>"), html);
    assertEquals(2, html.split("<td>waiting for step", -1).length - 1, "the first step waits for none");
  }

  @Test
  void theTaskTableCanBeFilteredByStepAndItsLinksKeepTheStep() {
    String html = JobPageRenderer.render(small(),
        Optional.of(new TaskQuery(0, TaskTable.PAGE_ROWS, null, TaskSort.INDEX, "smooth-time")));

    int rows = html.split("<tr class=\"", -1).length - 1;
    assertEquals(10, rows, "smooth-time's ten tasks");
    assertTrue(rowOf(html, 10).contains("smooth-time #0"));
    assertEquals("", rowOf(html, 9), "no task of scale");
    assertTrue(html.contains("of the 10 tasks of step smooth-time"), html);
    assertTrue(html.contains("<span class=\"current\">smooth-time (10)</span>"), html);
    assertTrue(html.contains("&amp;state=SUCCEEDED&amp;step=smooth-time\">succeeded"), "a state within the step");
    assertTrue(html.contains("&amp;sort=duration&amp;step=smooth-time\" title=\"sort by duration\""), html);
  }

  @Test
  void aStepAndAStateTogetherListTheTasksInBoth() {
    JobView view = small();
    TaskQuery query = new TaskQuery(0, TaskTable.PAGE_ROWS, "WAITING", TaskSort.DURATION, "smooth-offset");

    TaskQuery.Page<TaskRow> page = view.page(query);

    assertEquals(view.steps().get(2).count("WAITING"), page.listing().matching());
    assertTrue(page.tasks().stream().allMatch(t -> t.state() == TaskState.WAITING && "smooth-offset".equals(t.step())));
    assertEquals("smooth-offset", page.listing().step());
  }

  @Test
  void aStepTheJobDoesNotHaveIsSaidWithTheStepsItHas() {
    String html = JobPageRenderer.render(small(),
        Optional.of(new TaskQuery(0, TaskTable.PAGE_ROWS, null, TaskSort.INDEX, "nmo")));

    assertTrue(html.contains("The job has no step nmo; its steps: scale, smooth-time, smooth-offset."), html);
  }

  @Test
  void theTimelineFillsEachBarWithItsStepsColourOutlinedByItsOutcomeWithALegendOfSteps() throws Exception {
    String svg = TimelineSvg.element(small());

    assertTrue(svg.contains(">fill: step</text>"), svg);
    assertTrue(svg.contains(">outline: outcome</text>"), svg);
    assertTrue(svg.contains("fill=\"" + StepColours.of(1) + "\"/><text x=\"") && svg.contains(">smooth-time</text>"));
    int bar = svg.indexOf("data-step=\"smooth-time\"");
    assertTrue(bar > 0, svg);
    String rect = svg.substring(svg.lastIndexOf("<rect", bar), svg.indexOf("</rect>", bar));
    assertTrue(rect.contains("fill=\"" + StepColours.of(1) + "\""), rect);
    assertTrue(rect.contains("stroke=\"" + AttemptOutcome.SUCCEEDED.colour() + "\"")
        || rect.contains("stroke=\"" + AttemptOutcome.RUNNING.colour() + "\""), rect);
    assertTrue(rect.contains("<title>task 1"), rect);
    assertTrue(rect.contains(" (smooth-time #"), rect);
    SvgDocuments.parse(TimelineSvg.document(small()));
  }

  @Test
  void compactRowsFillABarWithItsStepsColourAloneButAFailedOneWithRed() throws Exception {
    String svg = TimelineSvg.element(SampleJobs.flow(100_000, 100));

    List<org.w3c.dom.Element> bars = SvgDocuments.rects(SvgDocuments.parse(svg), "step").stream()
        .filter(b -> b.getAttribute("class").startsWith("attempt ")).toList();
    assertTrue(bars.size() > 1000, "compact rows of the latest attempts: " + bars.size());
    for (org.w3c.dom.Element bar : bars) {
      assertFalse(bar.hasAttribute("stroke"), "too thin for an outline");
      boolean failed = bar.getAttribute("class").contains(AttemptOutcome.FAILED.cssClass());
      assertEquals(failed ? AttemptOutcome.FAILED.colour() : StepColours.of(0), bar.getAttribute("fill"));
    }
    assertTrue(bars.stream().anyMatch(b -> b.getAttribute("class").contains("failed")), "the sample has failures");
    assertTrue(svg.contains("(compact rows: failed or lost bars keep the outcome colour)"), "the legend says so");
  }

  @Test
  void theJsonAndTheStatusGiveEachTasksStepAndEachStepsCounts() throws Exception {
    JobView view = small();
    JsonNode json = MAPPER.readTree(JobJson.write(view));
    JobStatus status = view.toStatus();

    assertEquals("smooth-time", json.get("tasks").get(13).get("step").asText());
    assertEquals(3, json.get("tasks").get(13).get("stepTask").asInt());
    assertEquals(3, json.get("steps").size());
    assertEquals("smooth-offset", json.get("steps").get(2).get("name").asText());
    assertEquals(20, json.get("steps").get(2).get("firstTask").asInt());
    assertEquals("smooth-time", json.get("steps").get(2).get("waitingFor").get(0).asText());
    assertEquals("smooth-time", status.tasks().get(13).step());
    assertEquals(3, status.tasks().get(13).stepTask());
    assertEquals(view.steps(), status.steps());
    assertEquals(view.steps(), view.toStatus(new TaskQuery(0, 5, null)).steps());
  }

  @Test
  void aJobOfOneProgramShowsNoStep() throws Exception {
    JobView view = SampleJobs.running(30, 2);
    String html = JobPageRenderer.render(view);
    JsonNode json = MAPPER.readTree(JobJson.write(view));

    for (String shown : List.of("step</th>", "class=\"steps\"", "Step: ", "fill: step", "data-step", "step-swatch\"")) {
      assertFalse(html.contains(shown), "no step column, summary, filter or legend: " + shown);
    }
    assertFalse(json.has("steps"));
    assertFalse(json.get("tasks").get(0).has("step"));
    assertEquals(List.of(), view.toStatus().steps());
    assertEquals(FlowSteps.NONE, view.flowSteps());
  }

  @Test
  void thePageOfAFlowOf300000TasksStaysUnderTheBound() {
    JobView view = SampleJobs.flow(100_000, 100);

    long start = System.nanoTime();
    String html = JobPageRenderer.render(view);
    long millis = (System.nanoTime() - start) / 1_000_000;

    int bytes = html.getBytes(StandardCharsets.UTF_8).length;
    assertTrue(bytes < PAGE_BOUND, "the page takes " + bytes + " bytes");
    assertEquals(TaskTable.PAGE_ROWS, html.split("<tr class=\"", -1).length - 1);
    String filtered = JobPageRenderer.render(view,
        Optional.of(new TaskQuery(3, TaskTable.PAGE_ROWS, null, TaskSort.INDEX, "smooth-offset")));
    assertTrue(filtered.getBytes(StandardCharsets.UTF_8).length < PAGE_BOUND);
    assertTrue(rowOf(filtered, 200_600).contains("smooth-offset #600</td>"), "page 4 of the last step");
    System.out.println("page of a flow of 300,000 tasks: " + bytes + " bytes in " + millis + " ms");
  }
}
