package claimwatch.alert;

import java.util.Locale;

/** What moved. Serialised as its lower-case label ({@code new_high}, ...). */
public enum AlertKind {
    /** A series reached a figure above every earlier one. */
    NEW_HIGH,
    /** A party's figure changed by at least the configured share from its previous window. */
    CHANGE,
    /** A party published a figure for the series for the first time. */
    FIRST_FIGURE,
    /** Two parties' latest figures differ by more than the configured ratio. */
    DIVERGENCE,
    /** A party reported personnel planned or expected to come ("plans to send 3,000 more"). */
    PLANNED;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
