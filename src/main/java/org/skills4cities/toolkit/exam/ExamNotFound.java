package org.skills4cities.toolkit.exam;

/** A body, session or attempt that does not exist, or that the person asking may not see: both answer 404. */
public class ExamNotFound extends RuntimeException {

    public ExamNotFound(String what) {
        super("Not found: " + what);
    }
}
