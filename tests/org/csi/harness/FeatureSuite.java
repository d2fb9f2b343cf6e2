package org.csi.harness;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.OBJECT_FACTORY_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PUBLISH_QUIET_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The features as JUnit Platform tests, for a developer in an IDE: run one feature against the embedded reference
 * solution, which is started on a free loopback port because no conformance run is in progress
 * ({@code org.csi.harness.run.RunObjects}). Select the feature with {@code cucumber.features}:
 *
 * <pre>mvn -q test -Dtest=FeatureSuite -Dcucumber.features=classpath:features/CSI-GEN/GEN-04.feature</pre>
 *
 * (or a file path, {@code features/CSI-GEN/GEN-04.feature}; {@code :LINE} selects one scenario). Scenarios pass or fail as
 * tests, with Allure results in {@code target/feature-suite/allure-results}; nothing is planned, judged or scored: for
 * verdicts, use {@code ./csi run --tags @GEN-04}. Surefire leaves this
 * suite out of the normal test command (it would run every scenario a second time); {@code FeatureSuiteTest} runs one
 * feature through it.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "org.csi.steps")
@ConfigurationParameter(key = OBJECT_FACTORY_PROPERTY_NAME, value = "org.csi.harness.run.RunObjects")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "org.csi.harness.run.StandaloneAllure")
@ConfigurationParameter(key = PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, value = "true")
public class FeatureSuite {}
