package vn.doisanh.sampledata.figures;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of the units merged into a new one, parsed from the registry's {@code merged_from} item
 * "Xã Tân Việt [10825] (toàn bộ; Huyện Thanh Hà)".
 */
public record FormerUnit(String name, String bareName, boolean whole) {
    private static final Pattern ITEM = Pattern.compile("^(.+?) \\[\\d+\\] \\((toàn bộ|một phần); .+\\)$");
    private static final List<String> PREFIXES = List.of("Thị trấn ", "Xã ", "Phường ", "Huyện ", "Đặc khu ");

    public static Optional<FormerUnit> parse(String item) {
        Matcher matcher = ITEM.matcher(item.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String name = matcher.group(1);
        String bare = PREFIXES.stream().filter(name::startsWith).findFirst()
                .map(prefix -> name.substring(prefix.length())).orElse(name);
        return Optional.of(new FormerUnit(name, bare, matcher.group(2).equals("toàn bộ")));
    }

    /** The lower-case kind as prose writes it before the name: "xã", "thị trấn", "phường". */
    public String kind() {
        return name.substring(0, name.length() - bareName.length()).trim().toLowerCase(Locale.ROOT);
    }
}
