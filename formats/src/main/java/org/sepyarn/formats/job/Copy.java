package org.sepyarn.formats.job;

/**
 * The file is not cut: an input goes whole to every task, and an output, which every task
 * writes whole, is the sum of the tasks' outputs (for example an image stacked over shots).
 */
public record Copy() implements Distribution {
  public static final Copy INSTANCE = new Copy();

  @Override
  public String kind() {
    return "copy";
  }
}
