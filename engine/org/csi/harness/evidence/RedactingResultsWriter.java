package org.csi.harness.evidence;

import io.qameta.allure.AllureResultsWriter;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.Attachment;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.StepResult;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes Allure results with every text redacted: failure messages and traces (they may quote a response body),
 * step names, parameters and attachments. Nothing reaches allure-results without passing through here.
 */
public final class RedactingResultsWriter implements AllureResultsWriter {
    private final FileSystemResultsWriter files;
    private final Redactor redactor;

    public RedactingResultsWriter(Path directory, Redactor redactor) {
        this.files = new FileSystemResultsWriter(directory);
        this.redactor = redactor;
    }

    @Override
    public void write(TestResult result) {
        result.setName(redactor.redact(result.getName()));
        result.setDescription(redactor.redact(result.getDescription()));
        result.setDescriptionHtml(redactor.redact(result.getDescriptionHtml()));
        redact(result.getStatusDetails());
        redactParameters(result.getParameters());
        redactSteps(result.getSteps());
        files.write(result);
    }

    @Override
    public void write(TestResultContainer container) {
        files.write(container);
    }

    @Override
    public void write(String source, InputStream attachment) {
        try (attachment) {
            byte[] raw = attachment.readAllBytes();
            byte[] safe = redactor.redact(new String(raw, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            files.write(source, new ByteArrayInputStream(safe));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write Allure attachment " + source, e);
        }
    }

    private void redactSteps(List<StepResult> steps) {
        if (steps == null) return;
        for (StepResult s : steps) {
            s.setName(redactor.redact(s.getName()));
            redact(s.getStatusDetails());
            redactParameters(s.getParameters());
            if (s.getAttachments() != null) for (Attachment a : s.getAttachments()) a.setName(redactor.redact(a.getName()));
            redactSteps(s.getSteps());
        }
    }

    private void redactParameters(List<Parameter> parameters) {
        if (parameters != null) parameters.forEach(p -> p.setValue(redactor.redact(p.getValue())));
    }

    private void redact(StatusDetails d) {
        if (d == null) return;
        d.setMessage(redactor.redact(d.getMessage()));
        d.setTrace(redactor.redact(d.getTrace()));
    }
}
