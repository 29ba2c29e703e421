package org.sepyarn.am;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The documented largest job, a million tasks, can start: planned, its plan written, scheduled and
 * its status written by the ApplicationMaster's code in a JVM with the heap the ApplicationMaster
 * gets by default (3/4 of its 1024 MB container).
 */
class MillionTaskStartTest {

  @Test
  void aMillionTaskJobStartsInTheApplicationMastersDefaultHeap() throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process p = new ProcessBuilder(List.of(java, "-Xmx768m", "-XX:+UseSerialGC", "-cp",
        System.getProperty("java.class.path"), MillionTaskStart.class.getName(), "1000000"))
        .redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "finished");
    String text = new String(out, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), text);
    assertTrue(text.contains("planned 1000000 tasks"), text);
    assertTrue(text.contains("ran a first wave of 1000 tasks"), text);
    assertTrue(text.contains("1000 tasks listed"), "status.json lists a bounded page of the tasks: " + text);
    assertTrue(text.contains("started, heap in use"), text);
    System.out.println(text);
  }
}
