package org.sepyarn.am.merge;

import org.sepyarn.am.plan.OutputMerge;
import org.sepyarn.formats.history.History;

/**
 * How one final output was made from its pieces, for the job's byte count and the output's
 * history.
 *
 * @param method how, in words: {@code concatenate along axis 3 (streamed by the ApplicationMaster)}
 * @param outputBytes the bytes of the output's data
 * @param copiedBytes the bytes the merge wrote to make it: all of them when the merge streams the
 *     output, 0 when the file system joins the pieces without copying
 */
public record MergeRecord(String method, long outputBytes, long copiedBytes) {
  /** History parameter recording {@link #method}. */
  public static final String METHOD_PARAMETER = "sepyarn_merge_method";
  /** History parameter recording {@link #copiedBytes}. */
  public static final String COPIED_PARAMETER = "sepyarn_merge_copied";

  public MergeRecord {
    if (outputBytes < 0 || copiedBytes < 0) {
      throw new IllegalArgumentException("merge " + method + ": byte counts cannot be negative (output "
          + outputBytes + ", copied " + copiedBytes + ")");
    }
  }

  /** An output the ApplicationMaster streams from the pieces, writing every one of its bytes. */
  public static MergeRecord streamed(OutputMerge merge, long outputBytes) {
    return new MergeRecord(merge.describe() + " (streamed by the ApplicationMaster)", outputBytes, outputBytes);
  }

  /**
   * What an output's history says of its merge; an output merged before merges were recorded was
   * streamed, as {@code fallbackMethod} says.
   */
  public static MergeRecord fromHistory(History history, long outputBytes, String fallbackMethod) {
    return new MergeRecord(history.getString(METHOD_PARAMETER, fallbackMethod), outputBytes,
        history.getLong(COPIED_PARAMETER, outputBytes));
  }
}
