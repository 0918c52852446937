package vn.doisanh.extract.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.doisanh.extract.model.Fact;
import vn.doisanh.extract.model.Warning;

/** Staff in post cannot exceed the posts assigned. */
final class PresentWithinQuota implements ValidationCheck {
    private static final List<String[]> PAIRS = List.of(
            new String[] {"civil_servants_present", "civil_servants_quota"},
            new String[] {"education_staff_present", "education_staff_quota"},
            new String[] {"health_staff_present", "health_staff_quota"});

    @Override
    public List<Warning> check(List<Fact> facts) {
        List<Warning> warnings = new ArrayList<>();
        for (List<Fact> group : new FactSet(facts).groups()) {
            for (String[] pair : PAIRS) {
                Optional<Fact> present = FactSet.total(group, pair[0]);
                Optional<Fact> quota = FactSet.total(group, pair[1]);
                if (present.isPresent() && quota.isPresent() && present.get().value() > quota.get().value()) {
                    warnings.add(new Warning("present_exceeds_quota",
                            pair[0] + " (" + Numbers.plain(present.get().value()) + ") exceeds " + pair[1] + " ("
                                    + Numbers.plain(quota.get().value()) + ")",
                            List.of(pair[0], pair[1]), present.get().evidence(),
                            Warning.args("present", pair[0], "presentValue", Numbers.plain(present.get().value()),
                                    "quota", pair[1], "quotaValue", Numbers.plain(quota.get().value()))));
                }
            }
        }
        return warnings;
    }
}
