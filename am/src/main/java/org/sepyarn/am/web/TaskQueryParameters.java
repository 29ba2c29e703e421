package org.sepyarn.am.web;

import java.util.Optional;
import java.util.function.Function;
import org.sepyarn.am.status.TaskQuery;
import org.sepyarn.am.status.TaskSort;

/**
 * Reads a {@link TaskQuery} from a request's parameters {@code page}, {@code size}, {@code state},
 * {@code sort} and {@code step} (a flow's step); empty when the request has none of them. A bad
 * value is refused with a message that says which parameter and what it accepts, for an HTTP 400.
 */
final class TaskQueryParameters {
  static final String PAGE = "page";
  static final String SIZE = "size";
  static final String STATE = "state";
  static final String SORT = "sort";
  static final String STEP = "step";

  private TaskQueryParameters() {
  }

  /**
   * @param parameter a parameter's value by name, null when absent
   * @throws IllegalArgumentException naming the parameter, for a value that is not allowed
   */
  static Optional<TaskQuery> parse(Function<String, String> parameter) {
    String page = parameter.apply(PAGE);
    String size = parameter.apply(SIZE);
    String state = parameter.apply(STATE);
    String sort = parameter.apply(SORT);
    String step = parameter.apply(STEP);
    if (page == null && size == null && state == null && sort == null && step == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(new TaskQuery(number(PAGE, page, 0), number(SIZE, size, TaskQuery.DEFAULT_SIZE),
          state == null || state.isBlank() ? null : state.strip(),
          sort == null || sort.isBlank() ? TaskSort.INDEX : TaskSort.of(sort), step));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("bad task query: " + e.getMessage() + " (parameters: page=N from 0, size=M"
          + " from 1 to " + TaskQuery.MAX_SIZE + ", state=WAITING|ASSIGNED|RUNNING|SUCCEEDED|FAILED|KILLED,"
          + " sort=index|duration|state|node, step=NAME of a flow's step)", e);
    }
  }

  private static int number(String name, String value, int absent) {
    if (value == null) {
      return absent;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " '" + value + "' is not a whole number", e);
    }
  }
}
