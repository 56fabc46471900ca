package claimwatch.serve;

/** A request the API cannot answer as asked; the message is the reason the client gets with the status. */
final class BadRequest extends RuntimeException {

    private final int status;

    BadRequest(int status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }

    static BadRequest of(String reason) {
        return new BadRequest(400, reason);
    }

    static BadRequest notFound(String reason) {
        return new BadRequest(404, reason);
    }

    /** The state a query needs is not queryable right now (starting, rebalancing): worth a retry. */
    static BadRequest unavailable(String reason) {
        return new BadRequest(503, reason);
    }

    int status() {
        return status;
    }
}
