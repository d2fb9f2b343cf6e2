package org.csi.harness.target;

import com.github.dockerjava.api.exception.NotFoundException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.csi.harness.config.ConfigException;
import org.csi.harness.config.Credential;
import org.csi.harness.config.HarnessConfig;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * A solution given as a container image (--target image:NAME[:TAG]), started with Testcontainers on the host
 * network, on loopback only. Nothing is ever pulled: the image must be on this machine. The solution is told its
 * port in CSI_PORT and must serve /.well-known/csi-configuration there.
 */
public final class ImageTarget implements Target {
    public static final String PREFIX = "image:";

    /** Host networking publishes nothing, so the container's port is the host's own. */
    private static final class HostNetworkContainer extends GenericContainer<HostNetworkContainer> {
        HostNetworkContainer(DockerImageName image) {
            super(image);
            withNetworkMode("host");
        }

        @Override
        public Integer getMappedPort(int port) {
            return port;
        }

        @Override
        public String getHost() {
            return "127.0.0.1";
        }
    }

    private final String image;
    private final String imageId;
    private final int port;
    private final HostNetworkContainer container;
    private final List<Credential> credentials;

    public ImageTarget(String target, HarnessConfig config) {
        this.image = target.substring(PREFIX.length());
        if (config.credentials().isEmpty()) {
            throw new ConfigException("--target image:… needs credentials: pass --config FILE (see fixtures/config/example-config.json)");
        }
        this.credentials = config.credentials();
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new ConfigException("no Docker engine is reachable for --target " + target + " (start dockerd; DOCKER_HOST if it is elsewhere)");
        }
        try {
            this.imageId = DockerClientFactory.instance().client().inspectImageCmd(image).exec().getId();
        } catch (NotFoundException e) {
            throw new ConfigException("image " + image + " is not on this machine; nothing is pulled, so build or load it first");
        }
        this.port = freeLoopbackPort();
        this.container = new HostNetworkContainer(DockerImageName.parse(image))
                .withImagePullPolicy(name -> false)
                .withEnv(config.containerEnv())
                .withEnv("CSI_PORT", String.valueOf(port))
                .waitingFor(Wait.forHttp("/.well-known/csi-configuration").forPort(port).forStatusCode(200)
                        .withStartupTimeout(config.containerStartup()));
        try {
            container.start();
        } catch (RuntimeException e) {
            String logs = "";
            try {
                logs = container.getLogs();
            } catch (RuntimeException ignored) {
                // the container may be gone already
            }
            container.stop();
            throw new ConfigException("the solution in image " + image + " did not serve /.well-known/csi-configuration on port " + port
                    + " within " + config.containerStartup().toSeconds() + " s" + (logs.isBlank() ? "" : "; its last output: "
                    + logs.strip().lines().reduce((a, b) -> b).orElse("")));
        }
    }

    private static int freeLoopbackPort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free loopback port", e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public List<Credential> credentials() {
        return credentials;
    }

    public String identity() {
        return PREFIX + image + " (" + imageId + ")";
    }

    @Override
    public String imageId() {
        return imageId;
    }

    @Override
    public void close() {
        container.stop();
    }
}
