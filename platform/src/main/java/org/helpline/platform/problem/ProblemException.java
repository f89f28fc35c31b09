package org.helpline.platform.problem;

/** A refusal the service means to give: mapped to its problem document as it is. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final Long retryAfterSeconds;

    public ProblemException(Problem problem) {
        this(problem, null);
    }

    /** A refusal the client may retry later (429, 503): answered with {@code Retry-After}. */
    public ProblemException(Problem problem, Long retryAfterSeconds) {
        super(problem.detail());
        this.problem = problem;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(404, "Not Found", detail));
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Problem.of(400, "Bad Request", detail));
    }

    public Problem problem() {
        return problem;
    }

    /** Seconds for {@code Retry-After}, or null. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
