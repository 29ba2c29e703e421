package org.sepyarn.am.status;

/**
 * One final output in {@link JobBytes}: how it was merged and how many bytes the merge copied.
 *
 * @param file the output's position in the job's {@code files}
 * @param path the final dataset's path
 * @param merge how it was merged, e.g. {@code concatenate along axis 3 (streamed by the ApplicationMaster)}
 * @param copied the bytes the merge wrote to make it (0 when the file system joined the pieces)
 */
public record OutputBytes(int file, String path, String merge, long copied) {
}
