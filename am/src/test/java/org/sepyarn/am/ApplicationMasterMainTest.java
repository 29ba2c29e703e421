package org.sepyarn.am;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.FileNotFoundException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The line a crashed ApplicationMaster attempt leaves on its stderr for YARN's diagnostics. */
class ApplicationMasterMainTest {
  @Test
  void theSummaryNamesTheFailureAndEachCause() {
    IOException e = new IOException("cannot read the job's inputs",
        new FileNotFoundException("File hdfs://nn/data/in.H does not exist"));

    assertEquals("the sepyarn ApplicationMaster attempt failed: java.io.IOException: cannot read the job's inputs\n"
        + "  caused by java.io.FileNotFoundException: File hdfs://nn/data/in.H does not exist",
        ApplicationMasterMain.crashSummary(e));
  }

  @Test
  void aFailureWithoutCauseIsOneLine() {
    assertEquals("the sepyarn ApplicationMaster attempt failed: java.lang.IllegalStateException: the job changed",
        ApplicationMasterMain.crashSummary(new IllegalStateException("the job changed")));
  }
}
