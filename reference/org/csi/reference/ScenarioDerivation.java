package org.csi.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The reference's own model from an application to Open FAIR scenarios (CSI-RQ RQ-11/12). Every better control
 * lowers a frequency or vulnerability multiplier, so better answers never raise the expected loss; magnitudes
 * scale with revenue.
 */
final class ScenarioDerivation {
    record Derived(MonteCarlo.Scenario scenario, ObjectNode inputs) {}

    private final Set<Fault> faults;

    ScenarioDerivation(Set<Fault> faults) {
        this.faults = faults;
    }

    List<Derived> derive(JsonNode application, JsonNode findings) {
        JsonNode a = application.path("questionnaire").path("answers");
        double revenue = application.path("applicant").path("annualRevenue").path("amount").asDouble();
        List<Derived> out = new ArrayList<>();
        double v = 0.40 * (a.path("mfa").path("remoteAccess").asBoolean() && !faults.contains(Fault.RQ11_DERIVATION_IGNORES_MFA) ? 0.5 : 1)
                * (a.path("edrCoveragePercent").asDouble() >= 80 ? 0.6 : 1)
                * (a.path("backup").path("offlineOrImmutable").asBoolean() ? 0.7 : 1)
                * (a.path("patchSlaCriticalDays").asInt(999) <= 14 ? 0.8 : 1);
        double tef = a.path("exposedRdp").asBoolean() ? 3.0 : 1.5;
        out.add(derived("S-RANSOM", "勒索软件 / Ransomware", null, new Distribution.Poisson(tef), new Distribution.Fixed(round6(v)),
                new Distribution.Lognormal(Math.log(revenue * 0.002), 1.0), new Distribution.Lognormal(Math.log(revenue * 0.0005), 1.0), 0.3,
                "QUESTIONNAIRE", "/questionnaire/answers/mfa/remoteAccess"));
        String dmarc = a.path("emailSecurity").path("dmarcPolicy").asText();
        int training = a.path("phishingTrainingPerYear").asInt();
        double bec = 0.2 * (a.path("mfa").path("email").asBoolean() ? 0.6 : 1)
                * (dmarc.equals("REJECT") ? 0.6 : dmarc.equals("QUARANTINE") ? 0.8 : 1)
                * (training >= 4 ? 0.7 : training >= 1 ? 0.85 : 1);
        out.add(derived("S-BEC", "商务邮件诈骗 / Business e-mail compromise", new Distribution.Poisson(round6(bec)), null, null,
                new Distribution.Pert(20_000, 150_000, 1_500_000), null, 0, "QUESTIONNAIRE", "/questionnaire/answers/emailSecurity/dmarcPolicy"));
        double breach = 0.1 * (a.path("privilegedAccessManagement").asBoolean() ? 0.7 : 1) * (a.path("mfa").path("privileged").asBoolean() ? 0.8 : 1);
        out.add(derived("S-BREACH", "数据泄露 / Data breach", new Distribution.Poisson(round6(breach)), null, null,
                new Distribution.Lognormal(Math.log(revenue * 0.001), 1.2), null, 0, "INDUSTRY_DATA", "/applicant/industryCode"));
        for (JsonNode f : findings) {
            if (f.path("cveId").isNull()) continue;
            double lef = round6(0.05 * f.path("severity").path("cvssBaseScore").asDouble() / 10);
            String ref = faults.contains(Fault.RQ12_FINDING_REF_DANGLING) ? "fnd_unknown" : f.path("findingId").asText();
            out.add(derived("S-" + f.path("findingId").asText(), "已知漏洞利用 / Exploit of " + f.path("cveId").asText(),
                    new Distribution.Poisson(lef), null, null, new Distribution.Lognormal(Math.log(revenue * 0.0005), 1.0), null, 0,
                    "ASSESSMENT_FINDING", ref));
        }
        return out;
    }

    private static Derived derived(String id, String name, Distribution lef, Distribution tef, Distribution v, Distribution primary,
                                   Distribution secondary, double p, String provenance, String ref) {
        ObjectNode inputs = Json.object().put("name", name);
        ObjectNode frequency = inputs.putObject("frequency");
        if (lef != null) frequency.set("lossEventFrequency", Distribution.toJson(lef));
        else {
            frequency.set("threatEventFrequency", Distribution.toJson(tef));
            frequency.set("vulnerability", Distribution.toJson(v));
        }
        inputs.set("primaryLossMagnitude", Distribution.toJson(primary));
        if (secondary != null) {
            inputs.set("secondaryLossMagnitude", Distribution.toJson(secondary));
            inputs.put("secondaryLossProbability", p);
        }
        inputs.put("provenance", provenance).put("ref", ref);
        return new Derived(new MonteCarlo.Scenario(id, name, lef, tef, v, primary, secondary, p), inputs);
    }

    private static double round6(double x) {
        return BigDecimal.valueOf(x).setScale(6, RoundingMode.HALF_UP).doubleValue();
    }
}
