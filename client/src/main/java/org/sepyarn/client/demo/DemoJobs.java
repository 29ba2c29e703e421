package org.sepyarn.client.demo;

import java.util.List;
import org.sepyarn.formats.job.BlockPatch;
import org.sepyarn.formats.job.Split;

/**
 * The demo's input and its two jobs, as job files a user can read and run again with
 * {@code sepyarn submit --embedded}: triangle smoothing in 2x2 overlapping patches, and scaling in
 * 4 blocks along axis 2. Both run the example programs from {@code sepyarn.jar}, which sepyarn
 * localizes into every task's working folder. Paths are relative to the job files' folder, as the
 * embedded mode reads them.
 */
final class DemoJobs {
  static final String INPUT = "input.H";
  static final List<String> SPIKE_ARGS = List.of("plane=y", "n1=200", "n2=120", "d1=0.004", "d2=0.025",
      "label1=time", "unit1=s", "label2=offset", "unit2=km", "k1=40,120,60", "p2=0.5,-0.3,1.2", "mag=1,0.7,-0.5",
      "freq=10");

  static final String SMOOTH = "smooth";
  static final List<String> SMOOTH_ARGS = List.of("rect1=5", "rect2=5");
  static final BlockPatch PATCHES = BlockPatch.of(List.of(2, 2), List.of(10, 10));
  static final String PATCH_JOB = "patch-job.json";
  static final String PATCHED = "smooth-patched.H";
  static final String SMOOTH_SERIAL = "smooth-serial.H";

  static final String SCALE = "scale";
  static final List<String> SCALE_ARGS = List.of("scale=2");
  static final Split SPLIT = new Split(2);
  static final int SPLIT_TASKS = 4;
  static final String SPLIT_JOB = "split-job.json";
  static final String SPLIT_OUTPUT = "scale-split.H";
  static final String SCALE_SERIAL = "scale-serial.H";

  private DemoJobs() {
  }

  static String patchJob() {
    String patch = "{\"patch\": {\"blocks\": " + PATCHES.blocks() + ", \"overlap\": " + PATCHES.overlap() + "}}";
    return job("demo-smooth-in-patches", SMOOTH, SMOOTH_ARGS, patch, PATCHED, "");
  }

  static String splitJob() {
    String split = "{\"split\": {\"axis\": " + SPLIT.axis() + "}}";
    return job("demo-scale-in-blocks", SCALE, SCALE_ARGS, split, SPLIT_OUTPUT, "  \"tasks\": " + SPLIT_TASKS + ",\n");
  }

  private static String job(String name, String tool, List<String> args, String distribute, String output,
      String tasks) {
    return "{\n"
        + "  \"name\": \"" + name + "\",\n"
        + "  \"program\": {\n"
        + "    \"command\": [\"java\", \"-jar\", \"sepyarn.jar\", \"tool\", \"" + tool + "\"],\n"
        + "    \"args\": " + quoted(args) + "\n"
        + "  },\n"
        + "  \"files\": [\n"
        + "    {\"tag\": \"<\", \"path\": \"" + INPUT + "\", \"usage\": \"input\", \"distribute\": " + distribute
        + "},\n"
        + "    {\"tag\": \">\", \"path\": \"" + output + "\", \"usage\": \"output\", \"distribute\": " + distribute
        + "}\n"
        + "  ],\n"
        + tasks
        + "  \"resources\": {\"memory\": \"512m\"},\n"
        + "  \"overwrite\": true\n"
        + "}\n";
  }

  private static String quoted(List<String> words) {
    StringBuilder sb = new StringBuilder("[");
    for (String w : words) {
      sb.append(sb.length() == 1 ? "" : ", ").append('"').append(w).append('"');
    }
    return sb.append(']').toString();
  }
}
