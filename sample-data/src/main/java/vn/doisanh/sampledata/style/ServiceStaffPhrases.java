package vn.doisanh.sampledata.style;

import vn.doisanh.sampledata.text.FigureText;
import vn.doisanh.sampledata.text.ReportDraft;

/** Staff of the public service units (schools, health station), as the Hà Bắc report gives them. */
final class ServiceStaffPhrases {
    private ServiceStaffPhrases() {
    }

    static void prose(ReportContext ctx) {
        FigureText text = ctx.text();
        ReportDraft draft = ctx.draft();
        if (text.has("public_service_staff_quota")) {
            boolean detailed = text.has("education_staff_quota") || text.has("health_staff_quota");
            draft.paragraph("- Biên chế sự nghiệp giao năm " + ctx.period().year() + " là "
                    + text.count("public_service_staff_quota") + " biên chế" + (detailed ? ". Trong đó:" : "."));
        }
        if (text.hasAll("education_staff_quota", "education_staff_present")) {
            draft.paragraph("+ Đối với các đơn vị sự nghiệp giáo dục: " + text.count("education_staff_quota")
                    + " biên chế (thực hiện là " + text.count("education_staff_present") + "/"
                    + text.count("education_staff_quota") + " biên chế).");
        }
        if (text.hasAll("health_staff_quota", "health_staff_present")) {
            draft.paragraph("+ Đối với Trạm Y tế " + ctx.words().kind() + ": số biên chế được giao là "
                    + text.count("health_staff_quota") + " biên chế (thực hiện là " + text.count("health_staff_present")
                    + "/" + text.count("health_staff_quota") + " biên chế).");
        }
    }
}
