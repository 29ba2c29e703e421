package org.sepyarn.am.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NodeNamesTest {
  @Test
  void thePortIsLeftOutWhenEveryNodeHasTheSameOne() {
    NodeNames names = NodeNames.of(List.of("worker-01.example.org:45454", "worker-02.example.org:45454"));

    assertEquals("worker-01.example.org", names.shown("worker-01.example.org:45454"));
  }

  @Test
  void thePortStaysWhenPortsDifferOrOneHostRunsSeveralNodeManagers() {
    assertEquals("host:41001", NodeNames.of(List.of("host:41001", "host:41002")).shown("host:41001"));
    assertEquals("a:1", NodeNames.of(List.of("a:1", "b:2")).shown("a:1"));
  }

  @Test
  void aLongNameIsCutAtItsEndNeverAtItsStart() {
    NodeNames names = NodeNames.of(List.of("compute-node-0017.rack12.datacenter.example.org:8041"));

    assertEquals("compute-node-0017.rack\u2026",
        names.shown("compute-node-0017.rack12.datacenter.example.org:8041", 23));
    assertEquals("short", NodeNames.of(List.of("short:1")).shown("short:1", 23));
  }
}
