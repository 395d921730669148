package org.stint.university.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * A bar chart as plain SVG shapes, drawn on the server: no script, nothing to download, and the
 * same figures are in a table next to it. Suppressed groups (fewer than 5 students) get no bar.
 * {@code shown}: some group has figures to draw; otherwise the page says why there is no chart
 * ({@code smallGroups}: groups had students but too few to show) instead of an empty frame.
 */
record Chart(int width, int height, List<Rect> rects, List<Label> labels, boolean shown, boolean smallGroups) {

    record Rect(double x, double y, double width, double height, String css, String title) {}

    record Label(double x, double y, String text, String anchor) {}

    /** A named measure drawn as one bar per group. */
    record Series(String name, String css, ToLongFunction<OutcomeFigures> value) {}

    private static final int LEFT = 48;

    private static final int BOTTOM = 36;

    private static final int TOP = 12;

    /** Vertical bars, one cluster per group, one bar per series; labels under each cluster. */
    static Chart columns(List<String> groupLabels, List<OutcomeFigures> groups, List<Series> series, String fewerText) {
        int width = 760;
        int height = 260;
        long max = 1;
        for (OutcomeFigures f : groups) {
            if (!f.suppressed()) {
                for (Series s : series) {
                    max = Math.max(max, s.value().applyAsLong(f));
                }
            }
        }
        List<Rect> rects = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        boolean shown = false;
        boolean smallGroups = false;
        double plot = height - BOTTOM - TOP;
        double slot = (double) (width - LEFT) / Math.max(1, groups.size());
        double bar = slot * 0.8 / series.size();
        for (int tick = 0; tick <= 2; tick++) {
            long value = Math.round(max * tick / 2.0);
            double y = TOP + plot - plot * value / max;
            labels.add(new Label(LEFT - 6, y + 4, Long.toString(value), "end"));
            rects.add(new Rect(LEFT, y, width - LEFT, 0.5, "chart-grid", ""));
        }
        for (int g = 0; g < groups.size(); g++) {
            OutcomeFigures figures = groups.get(g);
            double x0 = LEFT + g * slot + slot * 0.1;
            labels.add(new Label(x0 + slot * 0.4, height - BOTTOM + 16, groupLabels.get(g), "middle"));
            if (figures.suppressed() && figures.students() > 0) {
                labels.add(new Label(x0 + slot * 0.4, TOP + plot - 4, fewerText, "middle"));
                smallGroups = true;
                continue;
            }
            shown |= !figures.suppressed();
            for (int s = 0; s < series.size(); s++) {
                long value = figures.suppressed() ? 0 : series.get(s).value().applyAsLong(figures);
                double h = plot * value / max;
                rects.add(new Rect(
                        x0 + s * bar,
                        TOP + plot - h,
                        Math.max(1, bar - 2),
                        h,
                        series.get(s).css(),
                        groupLabels.get(g) + ": " + series.get(s).name() + " " + value));
            }
        }
        return new Chart(width, height, rects, labels, shown, smallGroups);
    }
}
