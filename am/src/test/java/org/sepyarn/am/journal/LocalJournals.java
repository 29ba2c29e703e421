package org.sepyarn.am.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Journal files in a local folder, on the raw local file system (no checksum files, so tests can
 * cut and damage the bytes directly).
 */
final class LocalJournals {
  final FileSystem fs;
  final java.nio.file.Path folder;

  LocalJournals(java.nio.file.Path folder) throws IOException {
    this.fs = FileSystem.getLocal(new Configuration()).getRawFileSystem();
    this.folder = folder;
  }

  Path folderPath() {
    return new Path(folder.toUri());
  }

  java.nio.file.Path file(int amAttempt) {
    return folder.resolve(String.format("attempt-%06d.log", amAttempt));
  }

  /** Writes attempt {@code amAttempt}'s journal of {@code entries} and returns its bytes. */
  byte[] write(int amAttempt, List<JournalEntry> entries) throws IOException {
    try (JournalWriter writer = JournalWriter.create(fs, folderPath(), amAttempt)) {
      for (JournalEntry entry : entries) {
        writer.append(JournalCodec.encode(entry), true);
      }
    }
    return Files.readAllBytes(file(amAttempt));
  }

  JournalState read(int currentAttempt) throws IOException {
    return JournalReader.read(fs, folderPath(), currentAttempt);
  }
}
