package claimwatch.ingest;

/** An input record that is not a usable article; the message is the reason a person reads on the dead-letter topic. */
public final class InvalidArticleException extends RuntimeException {

    public InvalidArticleException(String reason) {
        super(reason);
    }
}
