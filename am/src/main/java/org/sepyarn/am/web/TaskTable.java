package org.sepyarn.am.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sepyarn.am.schedule.TaskState;
import org.sepyarn.am.status.TaskListing;
import org.sepyarn.am.status.TaskQuery;
import org.sepyarn.am.status.TaskSort;

/**
 * The page's task table: one page of at most {@link #PAGE_ROWS} tasks (or the page a request asks
 * for), with links to filter by state, to sort by number, state, node or duration and to the other
 * pages; each row gives the task's own arguments and data windows, its start and end, and flags a
 * straggler. The scatter phase's tasks and the merge phase's get a table each.
 */
final class TaskTable {
  /** Tasks a page lists unless a request asks for another size. */
  static final int PAGE_ROWS = 200;
  private static final int MAX_DETAIL_CHARS = 300;

  private final JobView view;
  private final NodeNames nodes;
  private final Optional<DurationSpread> spread;

  TaskTable(JobView view, NodeNames nodes) {
    this.view = view;
    this.nodes = nodes;
    this.spread = DurationSpread.of(view.tasks());
  }

  /** A relative link to a page of the tasks, {@code &} escaped for an attribute. */
  static String pageUrl(int page, int size, String state, String sort) {
    return pageUrl(page, size, state, sort, null);
  }

  /** As above, of the tasks of the flow's step {@code step} (null for every step's). */
  static String pageUrl(int page, int size, String state, String sort, String step) {
    return "?page=" + page + "&amp;size=" + size + (state == null ? "" : "&amp;state=" + state)
        + (sort == null ? "" : "&amp;sort=" + sort)
        + (step == null ? "" : "&amp;step=" + java.net.URLEncoder.encode(step, java.nio.charset.StandardCharsets.UTF_8));
  }

  private static String step(TaskQuery.Listing listing) {
    return listing == null ? null : listing.step();
  }

  void tasks(StringBuilder html, Optional<TaskQuery> query) {
    html.append("<h2 id=\"tasks\">Tasks</h2>\n");
    List<TaskRow> listed;
    TaskQuery.Listing listing;
    if (query.isPresent()) {
      TaskQuery.Page<TaskRow> page = view.page(query.get());
      listed = page.tasks();
      listing = page.listing();
    } else {
      listed = TaskListing.select(view.tasks(), t -> TaskListing.rankOf(t.state().name()), TaskRow::index,
          PAGE_ROWS);
      listing = null;
    }
    filters(html, listing);
    if (listing != null) {
      pageLinks(html, listing);
    } else if (listed.size() < view.tasks().size()) {
      html.append("<p class=\"meta\">").append(listed.size()).append(" of ").append(view.tasks().size())
          .append(" tasks: the failed, the running, then the lowest-numbered others. <a href=\"")
          .append(pageUrl(0, PAGE_ROWS, null, null)).append("\">All tasks by number, ").append(PAGE_ROWS)
          .append(" a page</a>.</p>\n");
    }
    head(html, "task", listing, true);
    for (TaskRow t : listed) {
      row(html, t, Integer.toString(t.index()), view.details().of(t.index()));
    }
    if (listed.isEmpty() && listing != null && listing.step() != null && !view.flowSteps().has(listing.step())) {
      html.append("<tr><td colspan=\"").append(columns()).append("\">The job has no step ")
          .append(Markup.escape(listing.step())).append(view.flowSteps().isFlow() ? "; its steps: "
              + Markup.escape(String.join(", ", view.flowSteps().steps().stream()
                  .map(org.sepyarn.am.status.FlowSteps.Step::name).toList())) : ": it runs one program")
          .append(".</td></tr>\n");
    }
    html.append("</table></div>\n");
  }

  /** The scatter phase's tasks, once it runs. */
  void scatterTasks(StringBuilder html) {
    if (view.scatterTasks().isEmpty()) {
      return;
    }
    int first = view.tasks().size();
    html.append("<h2>Scatter phase</h2>\n<p class=\"meta\">").append(view.scatterTasks().size())
        .append(" scatter tasks each read one slab of an input the tasks read in short runs, in one pass, and write")
        .append(" each task's part of it; the tasks then read their parts. Scatter task <i>k</i> is task ")
        .append(first).append("+<i>k</i> in the timeline and the logs.</p>\n");
    head(html, "scatter task", null, false);
    for (TaskRow t : view.scatterTasks()) {
      row(html, t, t.index() + " (task " + (first + t.index()) + ")", TaskDetails.Detail.EMPTY);
    }
    html.append("</table></div>\n");
  }

  /** The merge phase's tasks, once planned. */
  void mergeTasks(StringBuilder html) {
    if (view.mergeTasks().isEmpty()) {
      return;
    }
    int first = view.firstMergeTask();
    html.append("<h2>Merge phase</h2>\n<p class=\"meta\">").append(view.mergeTasks().size())
        .append(" merge tasks write slabs of the outputs beside them, which the ApplicationMaster then joins in")
        .append(" place. Merge task <i>k</i> is task ").append(first).append("+<i>k</i> in the timeline and the")
        .append(" logs.</p>\n");
    head(html, "merge task", null, false);
    for (TaskRow t : view.mergeTasks()) {
      row(html, t, t.index() + " (task " + (first + t.index()) + ")", TaskDetails.Detail.EMPTY);
    }
    html.append("</table></div>\n");
  }

  /** Links to the tasks in each state, and to every task. */
  private void filters(StringBuilder html, TaskQuery.Listing listing) {
    String sort = listing == null ? null : listing.sort();
    html.append("<p class=\"filters\">Show: ");
    html.append(listing == null || listing.state() == null ? "<span class=\"current\">all</span>"
        : "<a href=\"" + pageUrl(0, PAGE_ROWS, null, sort, step(listing)) + "\">all</a>");
    for (Map.Entry<TaskState, Integer> count : view.counts().entrySet()) {
      String state = count.getKey().name();
      String label = state.toLowerCase(Locale.ROOT) + " (" + count.getValue() + ")";
      html.append(" &middot; ");
      if (listing != null && state.equals(listing.state())) {
        html.append("<span class=\"current\">").append(label).append("</span>");
      } else if (count.getValue() == 0) {
        html.append("<span class=\"meta\">").append(label).append("</span>");
      } else {
        html.append("<a href=\"").append(pageUrl(0, PAGE_ROWS, state, sort, step(listing))).append("\">")
            .append(label).append("</a>");
      }
    }
    html.append("</p>\n");
    if (view.flowSteps().isFlow()) {
      stepFilters(html, listing, sort);
    }
  }

  /** Links to each step's tasks, in the state the listing shows, and to every step's. */
  private void stepFilters(StringBuilder html, TaskQuery.Listing listing, String sort) {
    String state = listing == null ? null : listing.state();
    html.append("<p class=\"filters steps\">Step: ");
    html.append(step(listing) == null ? "<span class=\"current\">every step</span>"
        : "<a href=\"" + pageUrl(0, PAGE_ROWS, state, sort) + "\">every step</a>");
    for (org.sepyarn.am.status.StepSummary s : view.steps()) {
      String label = Markup.escape(s.name()) + " (" + s.taskCount() + ")";
      html.append(" &middot; ");
      if (s.name().equals(step(listing))) {
        html.append("<span class=\"current\">").append(label).append("</span>");
      } else {
        html.append("<a href=\"").append(pageUrl(0, PAGE_ROWS, state, sort, s.name())).append("\">").append(label)
            .append("</a>");
      }
    }
    html.append("</p>\n");
  }

  private void head(StringBuilder html, String first, TaskQuery.Listing listing, boolean sortable) {
    html.append("<div class=\"wide\"><table class=\"tasks\">\n<tr><th>").append(sortLink(first, TaskSort.INDEX, listing, sortable))
        .append(view.flowSteps().isFlow() ? "</th><th title=\"the task's step and its number within the step\">step"
            : "")
        .append("</th><th>").append(sortLink("state", TaskSort.STATE, listing, sortable))
        .append("</th><th>attempt</th><th>failures</th><th>")
        .append(sortLink("node", TaskSort.NODE, listing, sortable))
        .append("</th><th>started</th><th>ended</th><th>")
        .append(sortLink("duration", TaskSort.DURATION, listing, sortable))
        .append("</th><th>progress</th><th>arguments</th>")
        .append("<th title=\"each input piece: tag [start:end,...] in samples from axis 1, ends exclusive\">")
        .append("data window</th><th>last exit</th><th>locality</th><th>logs</th></tr>\n");
  }

  private static String sortLink(String label, TaskSort sort, TaskQuery.Listing listing, boolean sortable) {
    if (!sortable) {
      return label;
    }
    TaskSort current = listing == null || listing.sort() == null ? null : TaskSort.of(listing.sort());
    if (listing != null && (current == sort || current == null && sort == TaskSort.INDEX)) {
      return label + (sort == TaskSort.DURATION ? " &#9660;" : " &#9650;");
    }
    return "<a href=\"" + pageUrl(0, listing == null ? PAGE_ROWS : listing.size(),
        listing == null ? null : listing.state(), sort == TaskSort.INDEX ? null : sort.parameter(), step(listing))
        + "\" title=\"sort by " + label + "\">" + label + "</a>";
  }

  private void row(StringBuilder html, TaskRow t, String label, TaskDetails.Detail detail) {
    boolean straggler = t.durationMillis() != null && t.state() != TaskState.WAITING
        && spread.isPresent() && spread.get().isStraggler(t.durationMillis());
    html.append("<tr class=\"").append(t.state().name()).append("\"><td class=\"num\">").append(label)
        .append(view.flowSteps().isFlow() ? "</td><td>" + (t.step() == null ? "-" : "<span class=\"step-swatch\""
            + " style=\"background:" + StepColours.of(view.flowSteps().position(t.step())) + "\"></span>"
            + Markup.escape(t.stepLabel())) : "")
        .append("</td><td>").append(t.state().name().toLowerCase(Locale.ROOT)).append("</td><td class=\"num\">")
        .append(t.attempt()).append("</td><td class=\"num\">").append(t.failures()).append("</td><td>")
        .append(t.node() == null ? "-" : "<span title=\"" + Markup.escape(t.node()) + "\">"
            + Markup.escape(nodes.shown(t.node())) + "</span>")
        .append("</td><td>").append(t.startedAt() == null ? "-" : TimeText.clock(t.startedAt()))
        .append("</td><td>").append(ended(t)).append("</td><td class=\"num\">")
        .append(t.durationMillis() == null ? "-" : TimeText.duration(t.durationMillis()))
        .append(straggler ? " <span class=\"straggler\" title=\"at least " + (int) DurationSpread.STRAGGLER_FACTOR
            + " times the median duration of the succeeded tasks\">straggler</span>" : "")
        .append("</td><td class=\"num\">").append(String.format(Locale.ROOT, "%.0f%%", 100 * t.progress()))
        .append("</td><td>").append(words(detail.args())).append("</td><td>").append(words(detail.windows()))
        .append("</td><td>").append(t.lastExitReason() == null ? "-" : t.lastExitReason().name()).append("</td><td>")
        .append(t.locality() == null ? "-" : t.locality().text()).append("</td><td>")
        .append(t.logsUrl() == null ? "-" : "<a href=\"" + Markup.escape(t.logsUrl()) + "\">logs</a>")
        .append("</td></tr>\n");
  }

  private int columns() {
    return view.flowSteps().isFlow() ? 15 : 14;
  }

  /** When the task's last attempt ended, for a task none of whose attempts runs now. */
  private static String ended(TaskRow t) {
    if (t.startedAt() == null || t.durationMillis() == null || t.state().holdsContainer()) {
      return "-";
    }
    return TimeText.clock(t.startedAt() + t.durationMillis());
  }

  private static String words(List<String> words) {
    if (words.isEmpty()) {
      return "-";
    }
    String text = String.join(" ", words);
    return "<code>" + Markup.escape(text.length() <= MAX_DETAIL_CHARS ? text
        : text.substring(0, MAX_DETAIL_CHARS - 1) + "\u2026") + "</code>";
  }

  /** Which page this is, with links to the first, previous, next and last pages. */
  private static void pageLinks(StringBuilder html, TaskQuery.Listing listing) {
    html.append("<p class=\"meta\">Page ").append(listing.page() + 1).append(" of ").append(Math.max(1, listing.pages()))
        .append(" of the ").append(listing.matching()).append(listing.state() == null ? " tasks"
            : " " + listing.state().toLowerCase(Locale.ROOT) + " tasks")
        .append(listing.step() == null ? "" : " of step " + Markup.escape(listing.step()))
        .append(listing.sort() == null ? "" : " by " + listing.sort())
        .append(", ").append(listing.size()).append(" a page");
    int last = Math.max(0, listing.pages() - 1);
    if (listing.page() > 0) {
      pageLink(html, listing, 0, "first");
      pageLink(html, listing, Math.min(listing.page() - 1, last), "previous");
    }
    if (listing.page() < last) {
      pageLink(html, listing, listing.page() + 1, "next");
      pageLink(html, listing, last, "last");
    }
    html.append(" &middot; <a href=\"?\">failed and running first</a>.</p>\n");
  }

  private static void pageLink(StringBuilder html, TaskQuery.Listing listing, int page, String label) {
    html.append(" &middot; <a href=\"").append(pageUrl(page, listing.size(), listing.state(), listing.sort(),
        listing.step()))
        .append("\">").append(label).append("</a>");
  }
}
