package org.sepyarn.am.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sepyarn.am.status.IterationNorms;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ConvergenceSvgTest {
  private static final List<IterationNorms> NORMS = List.of(new IterationNorms(0, 11.97, 0),
      new IterationNorms(1, 2.63, 0.5), new IterationNorms(2, 0.078, 0.9));

  @Test
  void theScaleSpansThePowersOfTenAroundEveryPositiveNorm() {
    assertArrayEquals(new double[] {-2, 2}, ConvergenceSvg.decades(NORMS));
    assertArrayEquals(new double[] {0, 1}, ConvergenceSvg.decades(List.of(new IterationNorms(0, 1, 1))));
    assertArrayEquals(new double[] {-1, 0}, ConvergenceSvg.decades(List.of(new IterationNorms(0, 0, 0))));
  }

  @Test
  void eachNormIsAPointOnItsLineTitledWithItsValueAndTheResidualFallsOnTheLogScale() throws Exception {
    Document svg = SvgDocuments.parse(ConvergenceSvg.element(NORMS));
    NodeList circles = svg.getElementsByTagNameNS(TimelineSvg.NAMESPACE, "circle");
    assertEquals(6, circles.getLength());
    double[] y = new double[3];
    for (int i = 0; i < 3; i++) {
      Element c = (Element) circles.item(i);
      assertEquals("residual", c.getAttribute("class"));
      y[i] = Double.parseDouble(c.getAttribute("cy"));
    }
    assertTrue(y[0] < y[1] && y[1] < y[2], "a falling residual is drawn lower each iteration (SVG y grows down)");
    // log scale: 11.97 -> 2.63 is 0.658 decades, 2.63 -> 0.078 is 1.528 decades
    assertEquals((Math.log10(11.97) - Math.log10(2.63)) / (Math.log10(2.63) - Math.log10(0.078)),
        (y[1] - y[0]) / (y[2] - y[1]), 0.01);
    assertEquals("iteration 2: |residual| = 0.07800", circles.item(2).getTextContent());
    String model0 = ((Element) circles.item(3)).getAttribute("cy");
    assertEquals(220.0, Double.parseDouble(model0), 0.01, "a zero norm sits at the bottom of the plot (top 30 + 190 high)");
    assertEquals(2, svg.getElementsByTagNameNS(TimelineSvg.NAMESPACE, "polyline").getLength());
  }

  @Test
  void noIterationsDrawNothing() {
    assertEquals("", ConvergenceSvg.element(List.of()));
  }
}
