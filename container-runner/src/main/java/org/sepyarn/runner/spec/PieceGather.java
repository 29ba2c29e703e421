package org.sepyarn.runner.spec;

/**
 * An input of a flow's task made from several pieces of an intermediate that an earlier step
 * wrote: a redistribution (the writer cut it otherwise than this task's step reads it) or a sum
 * (every writing task wrote it whole). The runner finds the pieces in the work folder, learns
 * the intermediate's shape from their headers, and reads its own window of the whole, each
 * sample from the piece that owns it (or the sum of every piece's), without any merge.
 *
 * @param readerStep the reading step's index in the flow
 * @param readerFile the intermediate's index among the reading step's files
 * @param readerTask this task's number within its step (0-based)
 * @param writerFirstTask the job-wide number of the writing step's first task
 * @param writerTasks how many tasks the writing step has, each having written one piece
 * @param writerLocalName the piece's file name in each writing task's committed pieces
 */
public record PieceGather(int readerStep, int readerFile, int readerTask, int writerFirstTask, int writerTasks,
    String writerLocalName) {
  public PieceGather {
    if (readerStep < 0 || readerFile < 0 || readerTask < 0 || writerFirstTask < 0 || writerTasks < 1) {
      throw new IllegalArgumentException("piece gather with a negative index or no writing task: step " + readerStep
          + ", file " + readerFile + ", task " + readerTask + ", writers from " + writerFirstTask + " (" + writerTasks
          + ")");
    }
    java.util.Objects.requireNonNull(writerLocalName, "writerLocalName");
  }
}
