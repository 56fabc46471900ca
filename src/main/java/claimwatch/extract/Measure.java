package claimwatch.extract;

/** What happened to the personnel a claim counts. Serialised as its lower-case label. */
public enum Measure {
    DEPLOYED, KILLED, WOUNDED, CASUALTIES, CAPTURED;

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
