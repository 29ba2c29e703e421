package org.sepyarn.am.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sepyarn.am.journal.JournalEntry.TaskMoved;
import org.sepyarn.am.schedule.TaskTransition;

/**
 * An ApplicationMaster of this version recovers a journal the previous version wrote: the file in
 * {@code src/test/resources/journal-before-wire-decoder/} holds {@link SampleEntries#firstAttempt()}
 * as the ApplicationMaster wrote it before transitions were decoded off the wire, and this
 * version writes the same bytes (the wire format did not change).
 */
class JournalOfThePreviousVersionTest {
  private static final String PREVIOUS = "/journal-before-wire-decoder/attempt-000001.log";

  @TempDir
  java.nio.file.Path tmp;

  private static byte[] previous() throws IOException {
    try (InputStream in = JournalOfThePreviousVersionTest.class.getResourceAsStream(PREVIOUS)) {
      return in.readAllBytes();
    }
  }

  @Test
  void aJournalThePreviousVersionWroteIsRecoveredEntryForEntry() throws IOException {
    LocalJournals journals = new LocalJournals(tmp.resolve("journal"));
    Files.createDirectories(journals.folder);
    Files.write(journals.file(1), previous());

    JournalState state = journals.read(2);

    List<TaskTransition> expected = SampleEntries.firstAttempt().stream()
        .filter(e -> e instanceof TaskMoved).map(e -> ((TaskMoved) e).transition()).toList();
    assertEquals(expected, state.transitions());
    assertEquals(Map.of(1, 8), state.recordsRead());
    assertEquals(Optional.of(SampleEntries.FINGERPRINT), state.fingerprint());
    assertEquals("shot 3", state.checkpoints().get(1).text());
  }

  @Test
  void thisVersionWritesTheSameBytes() throws IOException {
    LocalJournals journals = new LocalJournals(tmp.resolve("journal"));
    assertArrayEquals(previous(), journals.write(1, SampleEntries.firstAttempt()));
  }
}
