package vn.doisanh.extract.rules;

import java.util.Locale;

/** The three staff groups a count in post or a quota belongs to, as the fraction and quota readers name them. */
final class StaffGroups {
    /** "cán bộ, công chức", "viên chức giáo dục", "Trạm Y tế": the words that name a group, for a named regex group. */
    static final String NAMES = "cán bộ,? công chức|(?<!viên )công chức|(?:viên chức |khối |ngành )?giáo dục"
            + "|(?:viên chức |khối |ngành |trạm )?y tế";

    private StaffGroups() {
    }

    /** The indicators' prefix for the group the words name: "education_staff", "health_staff" or "civil_servants". */
    static String of(String words) {
        String lower = words.toLowerCase(Locale.ROOT);
        if (lower.contains("giáo dục")) {
            return "education_staff";
        }
        return lower.contains("y tế") ? "health_staff" : "civil_servants";
    }
}
