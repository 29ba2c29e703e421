package org.sepyarn.am.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sepyarn.formats.geometry.Hypercube;
import org.sepyarn.formats.geometry.Window;

class OutputMergeTest {
  private static final Hypercube CUBE = Hypercube.ofLengths(8, 4);
  private static final List<Window> PATCHES = List.of(Window.parse("[0:5,0:4]"), Window.parse("[3:8,0:4]"));

  @Test
  void eachKindDescribesItselfForHistoriesAndLogs() {
    assertEquals("concatenate along axis 3",
        new OutputMerge(1, "/d/out.H", "f1-out.H", OutputMerge.Kind.CONCATENATE, 3, null, null).describe());
    assertEquals("sum over tasks", new OutputMerge(1, "/d/out.H", "f1-out.H", OutputMerge.Kind.SUM, 0, null, null)
        .describe());
    assertEquals("triangle-taper blend of 2 patches",
        new OutputMerge(1, "/d/out.H", "f1-out.H", OutputMerge.Kind.BLEND, 0, CUBE, PATCHES).describe());
  }

  @Test
  void aConcatenationNeedsAnAxis() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new OutputMerge(1, "/d/out.H", "f1-out.H", OutputMerge.Kind.CONCATENATE, 0, null, null));

    assertEquals("a concatenation needs an axis, got 0", e.getMessage());
  }

  @Test
  void aBlendNeedsTheGridAndThePlacements() {
    assertThrows(IllegalArgumentException.class,
        () -> new OutputMerge(1, "/d/out.H", "f1-out.H", OutputMerge.Kind.BLEND, 0, null, PATCHES));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new OutputMerge(1, "/d/out.H", "f1-out.H", OutputMerge.Kind.BLEND, 0, CUBE, List.of()));

    assertEquals("a blend needs the output grid and the patches' placements", e.getMessage());
  }
}
