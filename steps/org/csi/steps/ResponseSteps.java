package org.csi.steps;

import io.cucumber.java.zh_cn.那么;
import org.csi.harness.checks.ProblemDetails;

/** Assertions on the last response, shared by every standard. */
public final class ResponseSteps {
    private final World world;

    public ResponseSteps(World world) {
        this.world = world;
    }

    @那么("响应状态为 {int}")
    public void status(int status) {
        world.reply.expectStatus(status);
    }

    @那么("响应状态为 {int} 或 {int}")
    public void statusEither(int a, int b) {
        world.reply.expectStatus(a, b);
    }

    @那么("响应是 problem+json，且其 status 与 HTTP 状态一致")
    public void problem() {
        ProblemDetails.requireProblem(world.reply);
    }

    @那么("响应状态为 {int}，错误码 {word} 指向 {string}")
    public void pointerError(int status, String code, String pointer) {
        world.reply.expectStatus(status);
        ProblemDetails.requirePointerError(world.reply, code, pointer);
    }

    @那么("响应状态为 {int}，错误指向 {string}")
    public void pointed(int status, String pointer) {
        world.reply.expectStatus(status);
        ProblemDetails.requirePointer(world.reply, pointer);
    }

    @那么("响应状态为 {int}，错误码 {word}")
    public void codeError(int status, String code) {
        world.reply.expectStatus(status);
        ProblemDetails.requirePointerError(world.reply, code, null);
    }

    @那么("响应状态为 {int}，错误指向查询参数 {string}")
    public void parameterError(int status, String parameter) {
        world.reply.expectStatus(status);
        ProblemDetails.requireParameterError(world.reply, null, parameter);
    }

    @那么("响应状态为 {int}，错误码 {word} 指向查询参数 {string}")
    public void parameterCodeError(int status, String code, String parameter) {
        world.reply.expectStatus(status);
        ProblemDetails.requireParameterError(world.reply, code, parameter);
    }
}
