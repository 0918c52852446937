package vn.doisanh.extract.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.doisanh.extract.model.Fact;
import vn.doisanh.extract.model.Warning;

/** Cases on time plus cases overdue cannot exceed cases received (nor cases resolved exceed received). */
final class CountsWithinReceived implements ValidationCheck {
    @Override
    public List<Warning> check(List<Fact> facts) {
        List<Warning> warnings = new ArrayList<>();
        for (List<Fact> group : new FactSet(facts).groups()) {
            Optional<Fact> received = FactSet.total(group, "cases_received");
            if (received.isEmpty()) {
                continue;
            }
            double onTime = FactSet.total(group, "cases_on_time").map(Fact::value).orElse(0.0);
            double overdue = FactSet.total(group, "cases_overdue").map(Fact::value).orElse(0.0);
            if (onTime + overdue > received.get().value()) {
                warnings.add(new Warning("counts_exceed_received",
                        "cases on time (" + Numbers.plain(onTime) + ") + overdue (" + Numbers.plain(overdue)
                                + ") = " + Numbers.plain(onTime + overdue) + " exceed cases received ("
                                + Numbers.plain(received.get().value()) + ")",
                        List.of("cases_on_time", "cases_overdue", "cases_received"), received.get().evidence(),
                        Warning.args("onTime", Numbers.plain(onTime), "overdue", Numbers.plain(overdue),
                                "sum", Numbers.plain(onTime + overdue), "received", Numbers.plain(received.get().value()))));
            }
            FactSet.total(group, "cases_resolved").filter(r -> r.value() > received.get().value())
                    .ifPresent(r -> warnings.add(new Warning("counts_exceed_received",
                            "cases resolved (" + Numbers.plain(r.value()) + ") exceed cases received ("
                                    + Numbers.plain(received.get().value()) + ")",
                            List.of("cases_resolved", "cases_received"), r.evidence(),
                            Warning.args("resolved", Numbers.plain(r.value()),
                                    "received", Numbers.plain(received.get().value())))));
        }
        return warnings;
    }
}
