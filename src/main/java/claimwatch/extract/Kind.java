package claimwatch.extract;

/**
 * What a figure says about the personnel it counts, for tracking: how many there are
 * ({@code TOTAL}), how many more ({@code INCREMENT}: "another 1,000", "in the past day"), how
 * many are to come ({@code PLANNED}: "plans to send", "expected to reach"), or an earlier figure
 * the article only recalls ({@code RECALLED}: "up from 3,000 last month"). Only totals set an
 * estimate. Serialised as its lower-case label.
 */
public enum Kind {
    TOTAL, INCREMENT, PLANNED, RECALLED;

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
