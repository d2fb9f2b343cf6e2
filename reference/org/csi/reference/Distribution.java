package org.csi.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.SplittableRandom;

/** The distributions of CSI-RQ: poisson, PERT, lognormal (two forms) and fixed. */
sealed interface Distribution {
    /** Z of the 95th percentile of the standard normal (CSI-RQ, the p5/p95 form). */
    double Z95 = 1.6448536269514722;

    double sample(SplittableRandom rng);

    double mean();

    record Poisson(double lambda) implements Distribution {
        public double sample(SplittableRandom rng) {
            return count(rng, lambda);
        }

        public double mean() {
            return lambda;
        }

        /** Knuth's multiplication method, in chunks of λ ≤ 20 so that exp(−λ) never underflows. */
        static int count(SplittableRandom rng, double lambda) {
            int n = 0;
            double rest = lambda;
            while (rest > 0) {
                double chunk = Math.min(rest, 20);
                rest -= chunk;
                double limit = Math.exp(-chunk);
                double p = rng.nextDouble();
                while (p > limit) {
                    n++;
                    p *= rng.nextDouble();
                }
            }
            return n;
        }
    }

    record Pert(double min, double mode, double max) implements Distribution {
        public double sample(SplittableRandom rng) {
            double alpha = 1 + 4 * (mode - min) / (max - min);
            double beta = 1 + 4 * (max - mode) / (max - min);
            double x = gamma(rng, alpha);
            double y = gamma(rng, beta);
            return min + (max - min) * x / (x + y);
        }

        public double mean() {
            return (min + 4 * mode + max) / 6;
        }

        /** Marsaglia and Tsang's method; PERT shapes are always ≥ 1. */
        private static double gamma(SplittableRandom rng, double shape) {
            double d = shape - 1.0 / 3, c = 1 / Math.sqrt(9 * d);
            while (true) {
                double z = rng.nextGaussian(), v = 1 + c * z;
                if (v <= 0) continue;
                v = v * v * v;
                double u = rng.nextDouble();
                if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v;
            }
        }
    }

    record Lognormal(double mu, double sigma) implements Distribution {
        public double sample(SplittableRandom rng) {
            return Math.exp(mu + sigma * rng.nextGaussian());
        }

        public double mean() {
            return Math.exp(mu + sigma * sigma / 2);
        }

        static Lognormal fromPercentiles(double p5, double p95, double z) {
            return new Lognormal((Math.log(p5) + Math.log(p95)) / 2, (Math.log(p95) - Math.log(p5)) / (2 * z));
        }
    }

    record Fixed(double value) implements Distribution {
        public double sample(SplittableRandom rng) {
            return value;
        }

        public double mean() {
            return value;
        }
    }

    /**
     * Reads a distribution at {@code pointer}, recording every violation; returns null when it is invalid.
     * {@code allowed} are the types this place accepts; {@code unitInterval} bounds every value to [0,1].
     */
    static Distribution read(JsonNode d, String pointer, Set<String> allowed, boolean unitInterval, Violations errors, double z95) {
        if (!d.isObject()) {
            errors.add(d.isMissingNode() ? "REQUIRED" : "INVALID_FORMAT", pointer, "A distribution object is required.");
            return null;
        }
        JsonNode type = d.path("type");
        if (!type.isTextual()) {
            errors.add(type.isMissingNode() ? "REQUIRED" : "INVALID_FORMAT", pointer + "/type", "type is required.");
            return null;
        }
        if (!allowed.contains(type.asText())) {
            errors.add("UNKNOWN_ENUM_VALUE", pointer + "/type", "type must be one of " + allowed + " here.");
            return null;
        }
        int before = errors.size();
        switch (type.asText()) {
            case "poisson" -> {
                Double lambda = number(d, "lambda", pointer, errors);
                if (lambda != null && lambda < 0) errors.add("OUT_OF_RANGE", pointer + "/lambda", "lambda must be ≥ 0.");
                return errors.size() > before ? null : new Poisson(lambda);
            }
            case "pert" -> {
                Double min = number(d, "min", pointer, errors), mode = number(d, "mode", pointer, errors), max = number(d, "max", pointer, errors);
                if (errors.size() > before) return null;
                if (unitInterval) {
                    for (String f : new String[] {"min", "mode", "max"}) {
                        double v = d.path(f).asDouble();
                        if (v < 0 || v > 1) errors.add("OUT_OF_RANGE", pointer + "/" + f, f + " must lie in [0,1].");
                    }
                    if (errors.size() > before) return null;
                }
                if (min >= max) errors.add("OUT_OF_RANGE", pointer + "/min", "min must be below max.");
                else if (mode < min || mode > max) errors.add("OUT_OF_RANGE", pointer + "/mode", "mode must lie in [min, max].");
                return errors.size() > before ? null : new Pert(min, mode, max);
            }
            case "lognormal" -> {
                if (d.has("p5") || d.has("p95")) {
                    Double p5 = number(d, "p5", pointer, errors), p95 = number(d, "p95", pointer, errors);
                    if (errors.size() > before) return null;
                    if (p5 <= 0 || p5 >= p95) errors.add("OUT_OF_RANGE", pointer + "/p5", "0 < p5 < p95 is required.");
                    return errors.size() > before ? null : Lognormal.fromPercentiles(p5, p95, z95);
                }
                Double mu = number(d, "mu", pointer, errors), sigma = number(d, "sigma", pointer, errors);
                if (sigma != null && sigma <= 0) errors.add("OUT_OF_RANGE", pointer + "/sigma", "sigma must be > 0.");
                return errors.size() > before ? null : new Lognormal(mu, sigma);
            }
            default -> {
                Double value = number(d, "value", pointer, errors);
                if (value != null && (value < 0 || value > 1)) errors.add("OUT_OF_RANGE", pointer + "/value", "value must lie in [0,1].");
                return errors.size() > before ? null : new Fixed(value);
            }
        }
    }

    private static Double number(JsonNode d, String field, String pointer, Violations errors) {
        JsonNode v = d.path(field);
        if (v.isNumber()) return v.asDouble();
        errors.add(v.isMissingNode() ? "REQUIRED" : "INVALID_FORMAT", pointer + "/" + field, field + " must be a number.");
        return null;
    }

    /** The JSON form with every parameter, as a derived scenario reports its inputs. */
    static ObjectNode toJson(Distribution d) {
        ObjectNode n = Json.object();
        if (d instanceof Poisson p) n.put("type", "poisson").put("lambda", p.lambda());
        if (d instanceof Pert p) n.put("type", "pert").put("min", p.min()).put("mode", p.mode()).put("max", p.max());
        if (d instanceof Lognormal l) n.put("type", "lognormal").put("mu", l.mu()).put("sigma", l.sigma());
        if (d instanceof Fixed f) n.put("type", "fixed").put("value", f.value());
        return n;
    }
}
