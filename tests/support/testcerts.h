#pragma once
// Test certificates made with OpenSSL's API: a CA with a server certificate, and a token signing key.

#include <QString>
#include <QStringList>

namespace berth::test {

struct TestCertificates {
    QString caCertFile, caKeyFile, serverCertFile, serverKeyFile; // PEM files in dir

    bool isValid() const { return !caCertFile.isEmpty() && !serverCertFile.isEmpty(); }

    // Server certificate SANs: IP 127.0.0.1, IP 127.0.0.2, IP ::1, DNS localhost, plus the extras.
    // Keys are EC P-256, the CA's name is unique per call; valid from an hour ago for a year.
    static TestCertificates generate(const QString &dir, const QStringList &extraDnsNames = {});
    // For mutual TLS: a client CA (caCertFile/caKeyFile) and a client certificate signed by it
    // (serverCertFile/serverKeyFile name the client's certificate and key), EC P-256.
    static TestCertificates generateClient(const QString &dir);
    // A self-signed RSA 2048 signing certificate (unique name) and key for the token issuer
    // (caCertFile/caKeyFile and serverCertFile/serverKeyFile both name it). Empty on failure.
    static TestCertificates generateSigning(const QString &dir);
};

} // namespace berth::test
