package org.sepyarn.runner.process;

import java.io.IOException;

/** Starts programs. The one seam between the runner's logic and operating-system processes. */
public interface ProgramLauncher {
  RunningProgram launch(ProgramCommand command) throws IOException;
}
