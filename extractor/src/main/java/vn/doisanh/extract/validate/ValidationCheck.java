package vn.doisanh.extract.validate;

import java.util.List;
import vn.doisanh.extract.model.Fact;
import vn.doisanh.extract.model.Warning;

/** One validation rule over the facts of one report. It reports; it never changes a value. */
interface ValidationCheck {
    List<Warning> check(List<Fact> facts);
}
