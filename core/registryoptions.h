#pragma once
// How to reach one registry: its address, trust settings and credentials.

#include "credentials.h"

#include <QString>
#include <QStringList>

namespace berth {

struct RegistryOptions {
    QString registry;        // "host[:port]", as ImageReference::registry
    bool insecure = false;   // like Docker's insecure-registries: unverified TLS, then plain HTTP
    QString caFile;          // extra CA (PEM) trusted for this registry
    QString clientCertFile;  // mutual TLS (PEM)
    QString clientKeyFile;
    // Docker's per-registry folder: <dir>/<host:port>/ca.crt, client.cert + client.key.
    QString dockerCertsDir = QStringLiteral("/etc/docker/certs.d");
    // Certificates the user trusted for this registry although they do not verify: SHA-256 of the
    // DER, lower-case hex. Exactly these leaf certificates are accepted, nothing else.
    QStringList pinnedCertificates;
    // "http://host:port", "socks5://host:port", or "direct"; empty: environment / system proxy.
    QString proxy;
    Credentials credentials;
    int timeoutMs = 30000;   // no bytes moving for this long -> the request fails (and may be retried)
    int maxRetries = 4;      // for 429, 502/503/504 and dropped connections
    // Loopback registries (localhost, 127.0.0.0/8, ::1) are insecure implicitly, as in Docker.
    // Off only to verify TLS strictly on loopback (tests; BERTH_STRICT_LOOPBACK=1 for berthctl).
    bool loopbackIsInsecure = true;

    bool allowsInsecure() const { return insecure || (loopbackIsInsecure && isLoopbackHost(registry)); }

    static bool isLoopbackHost(const QString &hostPort);
    // "host" of "host:port" / "[::1]:port".
    static QString hostOf(const QString &hostPort);
};

} // namespace berth
