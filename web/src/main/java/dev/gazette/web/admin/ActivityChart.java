package dev.gazette.web.admin;

import dev.gazette.persistence.figures.NewsroomFigures.DayCount;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * Articles per day per source as an SVG chart, drawn on the server by JFreeChart into JFreeSVG: no script, no
 * outside service. The busiest sources have a line each; the rest are summed as "Other sources".
 */
final class ActivityChart {

    static final int WIDTH = 900;
    static final int HEIGHT = 360;
    private static final int LINES = 6;

    private ActivityChart() {
    }

    /** The busiest sources first, with their totals over the counts given. */
    static Map<String, Long> totals(List<DayCount> counts) {
        return counts.stream().collect(Collectors.groupingBy(DayCount::source, Collectors.summingLong(DayCount::count)))
                .entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    static String svg(List<DayCount> counts, LocalDate from, LocalDate to) {
        List<String> busiest = totals(counts).keySet().stream().limit(LINES).toList();
        Map<String, TimeSeries> series = new LinkedHashMap<>();
        busiest.forEach(source -> series.put(source, new TimeSeries(source)));
        TimeSeries other = new TimeSeries("Other sources");
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Day period = day(day);
            series.values().forEach(line -> line.add(period, 0));
            other.add(period, 0);
        }
        for (DayCount count : counts) {
            TimeSeries line = series.getOrDefault(count.source(), other);
            Day period = day(count.day());
            if (line.getDataItem(period) != null) {
                line.update(period, line.getValue(period).longValue() + count.count());
            }
        }
        TimeSeriesCollection dataset = new TimeSeriesCollection();
        series.values().forEach(dataset::addSeries);
        if (counts.stream().anyMatch(c -> !busiest.contains(c.source()))) {
            dataset.addSeries(other);
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(null, "Day (UTC)", "Articles", dataset, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(new Color(0xfbfaf7));
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(svg, new Rectangle(0, 0, WIDTH, HEIGHT));
        return svg.getSVGDocument();
    }

    private static Day day(LocalDate date) {
        return new Day(java.util.Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()), java.util.TimeZone.getTimeZone("UTC"),
                java.util.Locale.ENGLISH);
    }
}
