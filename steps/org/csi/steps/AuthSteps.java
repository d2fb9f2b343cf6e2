package org.csi.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.zh_cn.当;
import io.cucumber.java.zh_cn.那么;
import java.util.LinkedHashMap;
import java.util.Map;
import org.csi.harness.checks.TokenResponse;
import org.csi.harness.checks.UnauthenticatedReplies;
import org.csi.harness.config.Credential;
import org.csi.harness.http.Caller;
import org.csi.harness.support.EndpointSweep;
import org.csi.harness.support.Fixture;
import org.csi.harness.support.TokenExpiry;

/** GEN-02 未认证访问 and GEN-03 令牌与API密钥. */
public final class AuthSteps {
    private final World world;

    public AuthSteps(World world) {
        this.world = world;
    }

    @当("不带任何凭据调用已声明标准的每个端点")
    public void sweepAnonymous() {
        sweep(world.run.callers().anonymous());
    }

    @当("以 Authorization {string} 调用已声明标准的每个端点")
    public void sweepWith(String authorization) {
        sweep(world.run.callers().withAuthorization(authorization));
    }

    @当("以已过 expires_in 的令牌调用已声明标准的每个端点")
    public void sweepExpired() {
        String token = TokenExpiry.awaitExpired(world.run.probeToken(), world.run.config().tokenExpiryWait());
        sweep(world.run.callers().withAuthorization("Bearer " + token));
    }

    private void sweep(Caller caller) {
        Map<String, String> ids = Fixture.setUp("find resource ids for the sweep", this::realIds);
        world.replies.addAll(EndpointSweep.call(caller, world.run.callers().apiBaseUrl(), world.run.declaration(), ids));
    }

    /** Real resources of T1, so that a solution that leaks would leak real data. */
    private Map<String, String> realIds() {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("testClockId", world.clockId());
        Caller t1 = world.run.as("T1", "APPLICANT");
        ids.put("productId", "unknown-product");
        if (world.run.declaration().declares("CSI-CAT")) {
            JsonNode first = t1.get("/catalog/products").expectStatus(200).json().path("data").path(0);
            if (first.has("productId")) ids.put("productId", first.path("productId").asText());
        }
        JsonNode event = world.run.as("T1", "INSURER").get("/audit-events").expectStatus(200).json().path("data").path(0);
        ids.put("eventId", event.has("eventId") ? event.path("eventId").asText() : "unknown-event");
        return ids;
    }

    @那么("每个响应都是 401 problem+json，带 WWW-Authenticate，且不含资源数据")
    public void allRefused() {
        UnauthenticatedReplies.require(world.replies);
    }

    @当("租户 {tenant} 的 {role} 以 client_credentials 申请令牌")
    public void requestToken(String tenant, String role) {
        Credential c = world.run.credential(tenant, role);
        world.answered(world.run.tokens().requestReply(c.clientId(), c.clientSecret()));
    }

    @当("租户 {tenant} 的 {role} 以错误的密钥申请令牌")
    public void requestTokenWrongSecret(String tenant, String role) {
        Credential c = world.run.credential(tenant, role);
        world.answered(world.run.tokens().requestReply(c.clientId(), c.clientSecret() + "-wrong"));
    }

    @那么("令牌响应含 access_token、token_type Bearer 与 1 至 3600 秒的 expires_in")
    public void tokenResponse() {
        TokenResponse.require(world.reply.json());
    }

    /** GEN-03 names GET /catalog/products; a solution without CSI-CAT is asked for /test-clocks instead. */
    @当("租户 {tenant} 的 {role} 以 API 密钥读取产品目录")
    public void apiKeyCatalog(String tenant, String role) {
        Caller caller = world.run.callers().apiKey(world.run.credential(tenant, role));
        world.answered(caller.get(world.run.declaration().declares("CSI-CAT") ? "/catalog/products" : "/test-clocks"));
    }
}
