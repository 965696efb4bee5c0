package org.skills4cities.toolkit.assessment.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.skills4cities.toolkit.assessment.Assessments;
import org.skills4cities.toolkit.assessment.GapReport;

/**
 * The radar chart of a gap report drawn as a PNG for the PDF, where no script runs: an axis per competence the role
 * requires (labelled with its code), a ring per level, the required levels in blue and the person's in orange.
 */
final class RadarImage {

    static final Color REQUIRED = new Color(0x0b, 0x5c, 0xad);
    static final Color CURRENT = new Color(0xd9, 0x6c, 0x00);
    private static final int SIZE = 900;

    private RadarImage() {}

    /** The requirement lines in framework order: the axes of the chart. */
    static List<GapReport.Line> axes(GapReport report) {
        List<String> order = Assessments.activeCompetences(report.framework()).stream()
                .map(c -> c.code())
                .toList();
        return report.lines().stream()
                .sorted(java.util.Comparator.comparingInt(
                        l -> order.indexOf(l.competence().code())))
                .toList();
    }

    static String dataUri(GapReport report) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(report));
    }

    static byte[] png(GapReport report) {
        List<GapReport.Line> axes = axes(report);
        int max = Math.max(1, report.framework().highestLevel());
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, SIZE, SIZE);
            double cx = SIZE / 2.0;
            double cy = SIZE / 2.0;
            double radius = SIZE * 0.38;
            int n = Math.max(3, axes.size());
            g.setStroke(new BasicStroke(1.5f));
            g.setColor(new Color(0xcc, 0xcc, 0xcc));
            for (int level = 1; level <= max; level++) {
                g.drawPolygon(polygon(n, cx, cy, radius * level / max, i -> 1.0));
            }
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
            FontMetrics metrics = g.getFontMetrics();
            for (int i = 0; i < axes.size(); i++) {
                double angle = angle(i, n);
                g.setColor(new Color(0xcc, 0xcc, 0xcc));
                g.drawLine((int) cx, (int) cy, (int) (cx + radius * Math.cos(angle)), (int)
                        (cy + radius * Math.sin(angle)));
                String label = axes.get(i).competence().code();
                int x = (int) (cx + (radius + 34) * Math.cos(angle)) - metrics.stringWidth(label) / 2;
                int y = (int) (cy + (radius + 34) * Math.sin(angle)) + metrics.getAscent() / 2;
                g.setColor(new Color(0x1f, 0x29, 0x37));
                g.drawString(label, x, y);
            }
            if (!axes.isEmpty()) {
                series(
                        g,
                        n,
                        cx,
                        cy,
                        radius,
                        max,
                        axes.stream().mapToInt(GapReport.Line::required).toArray(),
                        REQUIRED);
                series(
                        g,
                        n,
                        cx,
                        cy,
                        radius,
                        max,
                        axes.stream().mapToInt(GapReport.Line::current).toArray(),
                        CURRENT);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void series(
            Graphics2D g, int n, double cx, double cy, double radius, int max, int[] values, Color color) {
        Polygon shape = polygon(n, cx, cy, radius, i -> i < values.length ? (double) values[i] / max : 0);
        g.setColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 50));
        g.fillPolygon(shape);
        g.setColor(color);
        g.setStroke(new BasicStroke(4f));
        g.drawPolygon(shape);
    }

    private static Polygon polygon(
            int n, double cx, double cy, double radius, java.util.function.IntToDoubleFunction share) {
        Polygon polygon = new Polygon();
        for (int i = 0; i < n; i++) {
            double angle = angle(i, n);
            double r = radius * share.applyAsDouble(i);
            polygon.addPoint((int) Math.round(cx + r * Math.cos(angle)), (int) Math.round(cy + r * Math.sin(angle)));
        }
        return polygon;
    }

    private static double angle(int i, int n) {
        // counter-clockwise from the top, as ECharts draws the chart on the page
        return -Math.PI / 2 - 2 * Math.PI * i / n;
    }
}
