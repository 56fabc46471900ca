package claimwatch.extract;

/** How the article hedges a figure. Serialised as its lower-case label ({@code at_least}, ...). */
public enum Qualifier {
    EXACT, APPROX, AT_LEAST, AT_MOST, RANGE;

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
