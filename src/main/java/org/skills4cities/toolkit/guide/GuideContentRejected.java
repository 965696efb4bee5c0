package org.skills4cities.toolkit.guide;

import java.util.List;

/**
 * The guide's files have problems, listed each with its file, entry and field; the guide, and with it the
 * application, does not start until they are mended.
 */
final class GuideContentRejected extends RuntimeException {

    private final List<String> problems;

    GuideContentRejected(List<String> problems) {
        super("The user guide's files have " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
