package vn.doisanh.sampledata.write;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.doisanh.sampledata.Dice;
import vn.doisanh.sampledata.text.VnDates;
import vn.doisanh.sampledata.text.VnNumbers;

/**
 * The small ways filled-in templates differ: separator, BOM, Vietnamese or plain numbers, ISO or dd/mm/yyyy
 * dates, and whether the unit is given by code, by name or both. All are allowed by docs/report-template.md.
 */
public record TemplateDialect(char separator, boolean bom, boolean vietnameseNumbers, boolean isoDates,
        boolean withCode, boolean withName) {

    public TemplateDialect {
        if (!withCode && !withName) {
            throw new IllegalArgumentException("a template row needs the unit's code or its name");
        }
    }

    public static TemplateDialect draw(Dice dice) {
        boolean semicolon = dice.chance(0.4);
        int identity = dice.between(0, 5);
        return new TemplateDialect(semicolon ? ';' : ',', dice.chance(0.5),
                semicolon ? dice.chance(0.8) : dice.chance(0.15), dice.chance(0.6), identity != 0, identity <= 1);
    }

    public String number(BigDecimal value) {
        return vietnameseNumbers ? VnNumbers.decimal(value, true) : value.stripTrailingZeros().toPlainString();
    }

    public String date(LocalDate date) {
        return isoDates ? date.toString() : VnDates.padded(date);
    }
}
