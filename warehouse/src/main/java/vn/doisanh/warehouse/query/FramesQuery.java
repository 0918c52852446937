package vn.doisanh.warehouse.query;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The comparison frames, and which one a request means. Without a period, the city-wide default is the frame in
 * which most units have values (ties: the latest, then the longest), and a unit's default is the latest frame it
 * sent a report for (ties: the longest).
 */
public final class FramesQuery {
    private static final Comparator<Frame> LATEST_LONGEST =
            Comparator.comparing(Frame::end).thenComparing(Frame::start, Comparator.reverseOrder());

    private final Warehouse warehouse;

    public FramesQuery(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    public List<Frame> all() {
        try (Session session = warehouse.session()) {
            return session.dimensions().frames();
        } catch (SQLException e) {
            throw Jdbc.failure("frames", e);
        }
    }

    /** The frame a city-wide request (ranking, distribution…) means. */
    public Frame resolve(Optional<String> period) {
        try (Session session = warehouse.session()) {
            return resolve(session.dimensions().frames(), period);
        } catch (SQLException e) {
            throw Jdbc.failure("frames", e);
        }
    }

    static Frame resolve(List<Frame> frames, Optional<String> period) {
        if (period.isPresent()) {
            return named(frames, period.get());
        }
        return frames.stream()
                .max(Comparator.comparingInt(Frame::units).thenComparing(LATEST_LONGEST))
                .orElseThrow(() -> new IllegalStateException("the warehouse has no periods: no report was loaded"));
    }

    /** The frame a request about one unit means. */
    static Frame resolveForUnit(Session session, String unitCode, Optional<String> period) throws SQLException {
        List<Frame> frames = session.dimensions().frames();
        if (period.isPresent()) {
            return named(frames, period.get());
        }
        List<String> reported = Jdbc.list(session, "queries/unit_frames.sql", row -> row.getString(1),
                unitCode);
        return frames.stream().filter(f -> reported.contains(f.periodKey())).max(LATEST_LONGEST)
                .orElseThrow(() -> noReports(frames, unitCode));
    }

    private static IllegalArgumentException noReports(List<Frame> frames, String unitCode) {
        return new IllegalArgumentException("unit " + unitCode + " sent no report that was loaded; name a period to "
                + "see it against others (" + frames.stream().map(Frame::periodKey).collect(Collectors.joining(", "))
                + ")");
    }

    private static Frame named(List<Frame> frames, String text) {
        Optional<String> key = PeriodText.toKey(text);
        return frames.stream()
                .filter(f -> key.map(f.periodKey()::equals).orElse(f.label().equalsIgnoreCase(text.strip())))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no period '" + text + "' in the warehouse; it has "
                        + frames.stream().map(f -> f.periodKey() + " (" + f.label() + ")")
                                .collect(Collectors.joining(", "))));
    }
}
