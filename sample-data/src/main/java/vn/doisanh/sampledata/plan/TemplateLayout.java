package vn.doisanh.sampledata.plan;

/** The two layouts of the city's structured template (docs/report-template.md). */
public enum TemplateLayout {
    /** One row per unit, period and indicator; carries breakdowns and qualifiers. */
    LONG,
    /** One row per unit and period, one column per indicator; totals only. */
    WIDE
}
