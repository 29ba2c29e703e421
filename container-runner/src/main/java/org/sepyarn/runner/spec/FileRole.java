package org.sepyarn.runner.spec;

/** What a file of a task is to the runner: fetched before the program runs, or collected after. */
public enum FileRole {
  INPUT, OUTPUT
}
