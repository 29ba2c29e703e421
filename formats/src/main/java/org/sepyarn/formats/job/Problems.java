package org.sepyarn.formats.job;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects validation errors. Each view is positioned at one field path; views made with
 * {@link #field} and {@link #index} share the list, so one pass gathers every error of a document.
 */
public final class Problems {
  private final List<JobError> sink;
  private final String path;

  public Problems() {
    this(new ArrayList<>(), "");
  }

  private Problems(List<JobError> sink, String path) {
    this.sink = sink;
    this.path = path;
  }

  public Problems field(String name) {
    return new Problems(sink, path.isEmpty() ? name : path + "." + name);
  }

  public Problems index(int i) {
    return new Problems(sink, path + "[" + i + "]");
  }

  public String path() {
    return path;
  }

  public void add(String message) {
    sink.add(new JobError(path, message));
  }

  /** Errors found so far by every view; compare before and after a check to see if it failed. */
  public int count() {
    return sink.size();
  }

  public List<JobError> errors() {
    return List.copyOf(sink);
  }

  /**
   * Throws if anything was found. Value types call this at the end of their constructors, so
   * they enforce the very rules the parser reports with field paths.
   */
  public void throwIfAny(String source) {
    if (!sink.isEmpty()) {
      throw new JobValidationException(source, sink);
    }
  }
}
