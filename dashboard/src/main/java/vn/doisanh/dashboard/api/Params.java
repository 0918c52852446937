package vn.doisanh.dashboard.api;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.doisanh.catalogue.Catalogue;
import vn.doisanh.catalogue.Indicator;
import vn.doisanh.warehouse.query.ComparisonGroup;
import vn.doisanh.warehouse.query.Frame;
import vn.doisanh.warehouse.query.RankingFilter;
import vn.doisanh.warehouse.query.UnitDirectoryQuery;

/**
 * Reads and checks request parameters against the catalogue, the units and the periods the warehouse holds,
 * before any query runs: a bad value is a 400 naming the parameter, never a 500 from deep inside a query.
 */
public final class Params {
    private static final int MAX_UNITS = 8;

    private final Catalogue catalogue;
    private final Snapshots snapshots;

    public Params(Catalogue catalogue, Snapshots snapshots) {
        this.catalogue = catalogue;
        this.snapshots = snapshots;
    }

    public Indicator indicator(Context ctx, String fallback) {
        String id = Optional.ofNullable(ctx.queryParam("indicator")).filter(s -> !s.isBlank()).orElse(fallback);
        return catalogue.find(id).orElseThrow(() -> new BadRequest("unknown_indicator", "indicator",
                "no indicator '" + id + "' in the catalogue"));
    }

    public Indicator indicatorById(String id) {
        return catalogue.find(id).orElseThrow(() -> new BadRequest("unknown_indicator", "indicators",
                "no indicator '" + id + "' in the catalogue"));
    }

    public UnitDirectoryQuery.Entry unit(String code, String parameter) {
        return snapshots.current().units().stream().filter(u -> u.unit().code().equals(code)).findFirst()
                .orElseThrow(() -> new BadRequest("unknown_unit", parameter, "no unit with code '" + code + "'"));
    }

    /** The requested period, or the city-wide default frame. */
    public Frame period(Context ctx) {
        String key = ctx.queryParam("period");
        List<Frame> frames = snapshots.current().frames();
        if (key == null || key.isBlank()) {
            return snapshots.current().defaultFrame();
        }
        return frames.stream().filter(f -> f.periodKey().equals(key)).findFirst()
                .orElseThrow(() -> new BadRequest("unknown_period", "period", "no period '" + key
                        + "' in the warehouse (see /api/periods)"));
    }

    /** Optional period: empty when not given (the query then picks the unit's own latest period). */
    public Optional<Frame> optionalPeriod(Context ctx) {
        String key = ctx.queryParam("period");
        return key == null || key.isBlank() ? Optional.empty() : Optional.of(period(ctx));
    }

    public List<String> unitCodes(Context ctx, int min) {
        String text = Optional.ofNullable(ctx.queryParam("units")).orElse("");
        List<String> codes = Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct()
                .toList();
        if (codes.size() < min || codes.size() > MAX_UNITS) {
            throw new BadRequest("bad_parameter", "units", "give " + min + " to " + MAX_UNITS
                    + " unit codes separated by commas, got " + codes.size());
        }
        codes.forEach(code -> unit(code, "units"));
        return codes;
    }

    public int integer(Context ctx, String name, int fallback, int min, int max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadRequest("bad_parameter", name, name + " must be a whole number from " + min + " to " + max);
        }
    }

    /**
     * The ranking filters of {@code /api/ranking} and of the ranking downloads, read one way for both (issue 14):
     * {@code type}, {@code district}, {@code minPopulation} (0 to 10,000,000) and {@code maxPopulation}; a bad value
     * is a 400 {@code bad_parameter} naming the parameter.
     */
    public RankingFilter rankingFilter(Context ctx) {
        Long min = optionalInteger(ctx, "minPopulation", 0, 10_000_000);
        Long max = optionalInteger(ctx, "maxPopulation", 0, Integer.MAX_VALUE);
        try {
            return RankingFilter.of(ctx.queryParam("type"), ctx.queryParam("district"), min, max);
        } catch (RankingFilter.Invalid e) {
            throw new BadRequest("bad_parameter", e.parameter(), e.getMessage());
        }
    }

    private Long optionalInteger(Context ctx, String name, int min, int max) {
        String text = ctx.queryParam(name);
        return text == null || text.isBlank() ? null : (long) integer(ctx, name, 0, min, max);
    }

    public ComparisonGroup group(Context ctx) {
        String name = Optional.ofNullable(ctx.queryParam("group")).orElse("all");
        return ComparisonGroup.parse(name).orElseThrow(() -> new BadRequest("bad_parameter", "group",
                "group must be one of all, type, district, peers"));
    }

    public String lang(Context ctx) {
        return "en".equals(ctx.queryParam("lang")) ? "en" : "vi";
    }
}
