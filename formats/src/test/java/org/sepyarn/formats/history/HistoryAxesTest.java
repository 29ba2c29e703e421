package org.sepyarn.formats.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.element.ElementFormat;
import org.sepyarn.formats.geometry.Axis;
import org.sepyarn.formats.geometry.Hypercube;

class HistoryAxesTest {
  private static final Hypercube CUBE = Hypercube.of(new Axis(100, 0, 0.004, "Time", "s"),
      new Axis(20, -1000, 12.5, "Offset", "m"), new Axis(3, 1, 1));

  @Test
  void missingAxisValuesTakeSeplibsDefaults() {
    History h = History.parse("x.H", "n1=10 d2=2.5 label4=\"Shot\"");
    Hypercube cube = HistoryAxes.cube(h);
    assertEquals(4, cube.rank());
    assertEquals(new Axis(10, 0, 1), cube.axis(1));
    assertEquals(new Axis(1, 0, 2.5), cube.axis(2));
    assertEquals(new Axis(1, 0, 1), cube.axis(3));
    assertEquals(new Axis(1, 0, 1, "Shot", ""), cube.axis(4));
  }

  @Test
  void anEmptyHistoryIsASingleSample() {
    assertEquals(Hypercube.ofLengths(1), HistoryAxes.cube(History.empty("x.H")));
  }

  @Test
  void aCubeWrittenAsParametersReadsBackEqual() {
    History h = History.parse("x.H", new HistorySection("p", "u", "h", "d",
        HistoryAxes.parameters(CUBE, ElementFormat.NATIVE_FLOAT)).appendTo(""));
    assertEquals(CUBE, HistoryAxes.cube(h));
    assertEquals(ElementFormat.NATIVE_FLOAT, HistoryAxes.format(h));
  }

  @Test
  void everyElementFormatRoundTripsThroughItsParameters() {
    for (ElementFormat f : ElementFormat.all()) {
      Map<String, String> p = HistoryAxes.parameters(CUBE, f);
      assertEquals(Integer.toString(f.esize()), p.get("esize"), f.name());
      assertEquals(f.name(), p.get("data_format"));
      History h = History.parse("x.H", new HistorySection("p", "u", "h", "d", p).appendTo(""));
      assertEquals(f, HistoryAxes.format(h), f.name());
    }
  }

  @Test
  void aHeaderWithoutDataFormatIsXdrFloatAsInSeplib() {
    assertEquals(ElementFormat.XDR_FLOAT, HistoryAxes.format(History.parse("x.H", "n1=3")));
    assertEquals(ElementFormat.XDR_FLOAT, HistoryAxes.format(History.parse("x.H", "n1=3 esize=4")));
    assertEquals(ElementFormat.XDR_COMPLEX, HistoryAxes.format(History.parse("x.H", "n1=3 esize=8")));
  }

  @Test
  void anInconsistentFormatNamesTheFile() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HistoryAxes.format(History.parse("/d/x.H", "esize=4 data_format=xdr_double")));
    assertTrue(e.getMessage().startsWith("history /d/x.H: esize=4 disagrees"), e.getMessage());
  }

  @Test
  void aZeroLengthAxisIsAnErrorNamingKeyAndFile() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HistoryAxes.cube(History.parse("/d/x.H", "n1=10 n2=0")));
    assertEquals("n2=0 in history /d/x.H is not a valid axis length: n2 must be at least 1", e.getMessage());
  }

  @Test
  void axesWhoseProductOverflowsAreAnErrorNamingTheFile() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HistoryAxes.cube(History.parse("/d/x.H", "n1=2000000000 n2=2000000000 n3=2000000000")));
    assertTrue(e.getMessage().startsWith("history /d/x.H describes more than"), e.getMessage());
  }

  @Test
  void changesWriteOnlyWhatDiffersButAlwaysTheFormat() {
    History previous = History.parse("x.H", "n1=100 o1=0.0 d1=.004 label1=Time unit1=s n2=20 o2=-1000 d2=12.5 "
        + "label2=Offset unit2=m n3=3 o3=1 esize=4 data_format=native_float");
    Map<String, String> changes = HistoryAxes.changes(previous, CUBE, ElementFormat.NATIVE_FLOAT);
    assertEquals(Map.of("esize", "4", "data_format", "native_float"), changes);
  }

  @Test
  void changesResetAxesBeyondTheNewRankAndClearLabels() {
    History previous = History.parse("x.H", "n1=100 n2=20 label2=Offset n3=3 o3=1 d4=9");
    Hypercube cube = Hypercube.of(new Axis(100, 0, 1), new Axis(5, 0, 1));
    Map<String, String> changes = HistoryAxes.changes(previous, cube, ElementFormat.XDR_FLOAT);
    assertEquals("5", changes.get("n2"));
    assertEquals("", changes.get("label2"));
    assertEquals("1", changes.get("n3"));
    assertEquals("0", changes.get("o3"));
    assertEquals("1", changes.get("d4"));
    assertFalse(changes.containsKey("n1"));
    History after = History.parse("x.H", new HistorySection("p", "u", "h", "d", changes).appendTo(previous.text()));
    assertEquals(cube, HistoryAxes.cube(after));
  }

  @Test
  void theRankIsTheHighestAxisWithAnyKey() {
    assertEquals(1, HistoryAxes.rank(History.parse("x", "n1=5")));
    assertEquals(3, HistoryAxes.rank(History.parse("x", "n1=5 unit3=m")));
    assertEquals(9, HistoryAxes.rank(History.parse("x", "o9=1")));
  }
}
