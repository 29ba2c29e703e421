package org.sepyarn.am.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.schedule.ExitReason;
import org.sepyarn.am.schedule.TaskState;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class TimelineSvgTest {

  @Test
  void theTimelineIsWellFormedSvgWithOneBarPerAttempt() throws Exception {
    JobView view = Views.mixed();

    Document svg = SvgDocuments.parse(TimelineSvg.document(view));

    assertEquals("svg", svg.getDocumentElement().getLocalName());
    assertEquals(TimelineSvg.NAMESPACE, svg.getDocumentElement().getNamespaceURI());
    assertEquals(view.attempts().size(), SvgDocuments.rects(svg, "attempt").size());
  }

  @Test
  void barsAreColouredByOutcome() throws Exception {
    Document svg = SvgDocuments.parse(TimelineSvg.document(Views.mixed()));

    assertEquals(2, SvgDocuments.rects(svg, "running").stream().filter(this::isBar).count());
    assertEquals(1, SvgDocuments.rects(svg, "succeeded").stream().filter(this::isBar).count());
    assertEquals(1, SvgDocuments.rects(svg, "failed").stream().filter(this::isBar).count());
    assertEquals(1, SvgDocuments.rects(svg, "not-charged").stream().filter(this::isBar).count());
    for (Element bar : SvgDocuments.rects(svg, "failed")) {
      assertEquals(AttemptOutcome.FAILED.colour(), bar.getAttribute("fill"));
    }
  }

  @Test
  void scatterAndMergeTaskBarsAreLabelledWithTheirJobWideNumbersAndSayWhichPhaseTaskTheyAre() throws Exception {
    JobView view = Views.scatteredAndMerging();

    Document svg = SvgDocuments.parse(TimelineSvg.document(view));

    List<String> tooltips = SvgDocuments.rects(svg, "attempt").stream().map(Element::getTextContent).toList();
    assertEquals(4, tooltips.size(), tooltips.toString());
    for (String expected : List.of("task 4 (scatter task 0), attempt 1 on node-a:45454",
        "task 5 (scatter task 1), attempt 1 on node-b:45454", "task 5 (scatter task 1), attempt 2 on node-a:45454",
        "task 6 (merge task 0), attempt 1 on node-b:45454")) {
      assertTrue(tooltips.stream().anyMatch(t -> t.startsWith(expected)), expected + " in " + tooltips);
    }
    for (Element bar : SvgDocuments.rects(svg, "failed")) {
      assertEquals(AttemptOutcome.FAILED.colour(), bar.getAttribute("fill"), "scatter task 1's failed attempt");
    }
    List<String> labels = new java.util.ArrayList<>();
    org.w3c.dom.NodeList texts = svg.getElementsByTagNameNS(TimelineSvg.NAMESPACE, "text");
    for (int i = 0; i < texts.getLength(); i++) {
      if (((Element) texts.item(i)).getAttribute("class").equals("task")) {
        labels.add(texts.item(i).getTextContent());
      }
    }
    assertTrue(labels.containsAll(List.of("4", "5", "6")), labels.toString());
    assertFalse(TimelineSvg.document(Views.mixed()).contains("scatter task"), "the job's tasks say no phase");
  }

  @Test
  void theLegendShowsEveryOutcome() throws Exception {
    Document svg = SvgDocuments.parse(TimelineSvg.document(Views.mixed()));

    assertEquals(AttemptOutcome.values().length, SvgDocuments.rects(svg, "swatch").size());
    String text = svg.getDocumentElement().getTextContent();
    for (AttemptOutcome outcome : AttemptOutcome.values()) {
      assertTrue(text.contains(outcome.label()), outcome.label());
    }
  }

  @Test
  void aBarSpansItsAttemptOnTheTimeAxisAndARunningOneReachesNow() throws Exception {
    AttemptRow ended = Views.ended(0, 1, "n:1", 25_000, 75_000, ExitReason.SUCCEEDED, "");
    AttemptRow running = Views.running(1, 1, "n:1", 50_000);
    JobView view = Views.view("bars", JobPhase.RUNNING,
        List.of(Views.task(0, TaskState.SUCCEEDED, ended, 100_000), Views.task(1, TaskState.RUNNING, running, 100_000)),
        List.of(ended, running), 100_000);

    List<Element> bars = SvgDocuments.rects(SvgDocuments.parse(TimelineSvg.document(view)), "attempt");

    // the plot runs from x=200 (the job's start) to x=936 (now), 736 pixels for 100 seconds
    assertEquals("384.0", bars.get(0).getAttribute("x"));
    assertEquals("368.0", bars.get(0).getAttribute("width"));
    assertEquals("568.0", bars.get(1).getAttribute("x"));
    assertEquals("368.0", bars.get(1).getAttribute("width"));
  }

  @Test
  void userTextIsEscapedAndControlCharactersDoNotBreakTheXml() throws Exception {
    AttemptRow evil = Views.ended(0, 1, "<evil>&node:1", 0, 1_000, ExitReason.PROGRAM_FAILED,
        "\u001b[31merror\u001b[0m </title><script>alert(1)</script>");
    JobView view = Views.view("<script>alert(1)</script>", JobPhase.FAILED,
        List.of(Views.task(0, TaskState.FAILED, evil, 2_000)), List.of(evil), 2_000);

    String text = TimelineSvg.document(view);
    Document svg = SvgDocuments.parse(text);

    assertFalse(text.contains("<script>"), text);
    assertEquals(0, svg.getElementsByTagNameNS("*", "script").getLength());
    Element bar = SvgDocuments.rects(svg, "attempt").get(0);
    String tooltip = bar.getTextContent();
    assertTrue(tooltip.contains("on <evil>&node:1"), tooltip);
    assertTrue(tooltip.contains("\uFFFD[31merror\uFFFD[0m </title><script>alert(1)</script>"), tooltip);
  }

  @Test
  void aJobWithNoAttemptYetGivesAnEmptyButWellFormedTimeline() throws Exception {
    JobView view = Views.view("fresh", JobPhase.RUNNING, List.of(Views.waiting(0)), List.of(), 0);

    Document svg = SvgDocuments.parse(TimelineSvg.document(view));

    assertEquals(0, SvgDocuments.rects(svg, "attempt").size());
    assertTrue(svg.getDocumentElement().getTextContent().contains("No attempt has started yet."));
  }

  private boolean isBar(Element rect) {
    return rect.getAttribute("class").startsWith("attempt ");
  }
}
