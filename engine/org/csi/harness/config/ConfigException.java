package org.csi.harness.config;

/** Bad configuration or arguments: reported as one clear line, never a stack trace. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
