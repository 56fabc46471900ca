package claimwatch.track;

/**
 * How much of a window a {@link WindowEstimate} keeps, so that a window's state (and every record
 * of it on the changelog and on {@code estimate-updates}) stays bounded however busy the window is.
 * What is let go is counted ({@link WindowEstimate#figuresDropped()}, {@link WindowEstimate#outletsDropped()}).
 *
 * @param maxFigures the most figures a window keeps ({@code claimwatch.window.max.figures}): each party's
 *                   figure in force, then the most recently published others
 * @param maxOutlets the most outlets a window keeps ({@code claimwatch.window.max.outlets}): those with the
 *                   most mentions, the latest one always among them
 */
public record WindowLimits(int maxFigures, int maxOutlets) {

    public static final int DEFAULT_MAX_FIGURES = 100;
    public static final int DEFAULT_MAX_OUTLETS = 50;

    public WindowLimits {
        if (maxFigures < 1 || maxOutlets < 1) {
            throw new IllegalArgumentException("a window keeps at least one figure and one outlet: claimwatch.window.max.figures="
                    + maxFigures + ", claimwatch.window.max.outlets=" + maxOutlets);
        }
    }
}
