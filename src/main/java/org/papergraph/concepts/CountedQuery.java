package org.papergraph.concepts;

/**
 * The named queries whose answers every build counts in advance, because answering them live means
 * joining every paper that uses a concept or anything under it (seconds at 100k papers).
 */
public enum CountedQuery {
    /** Tasks of the papers that use or propose a method, and tasks a method is stated to address. */
    TASKS_FOR_METHOD("tasks-for-method"),
    /** Methods stated to use a method, with the methods under it they use. */
    METHODS_USING_METHOD("methods-using-method"),
    /** Datasets the papers that address a task use or propose. */
    DATASETS_FOR_TASK("datasets-for-task"),
    /** Metrics of the papers that address a task. */
    METRICS_FOR_TASK("metrics-for-task");

    private final String queryName;

    CountedQuery(String queryName) {
        this.queryName = queryName;
    }

    /** The shipped query's name (queries/NAME.rq), which its counts are stored under. */
    public String queryName() {
        return queryName;
    }
}
