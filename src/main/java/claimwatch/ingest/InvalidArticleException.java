package claimwatch.ingest;

import java.util.Locale;

/** An input record that is not a usable article; the message is the reason a person reads on the dead-letter topic. */
public final class InvalidArticleException extends RuntimeException {

    /**
     * What is wrong, in a few words a dashboard can group by (the message names the byte, the field,
     * the limit, and so is different for nearly every record).
     */
    public enum Kind {
        EMPTY, TOO_LARGE, NOT_UTF8, NOT_JSON, NOT_AN_OBJECT, NO_TEXT, BAD_FIELD, BAD_PUBLISHED_AT, TOO_MANY_CLAIMS;

        /** The metric label: {@code not_json}, {@code too_large}, ... */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Kind kind;

    public InvalidArticleException(Kind kind, String reason) {
        super(reason);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
