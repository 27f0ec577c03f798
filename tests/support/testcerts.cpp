#include "testcerts.h"

#include <QDir>
#include <QFile>
#include <QUuid>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace berth::test {
namespace {

using KeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using CertPtr = std::unique_ptr<X509, decltype(&X509_free)>;

// TLS keys are P-256: RSA key generation takes about a second on a busy machine, EC a few ms.
KeyPtr makeTlsKey()
{
    return KeyPtr(EVP_EC_gen("P-256"), &EVP_PKEY_free);
}

// The token signing key must be RSA 2048 (RS256); one per process keeps tests fast. Certificates
// stay distinct by name, so one issuer's tokens never verify against another issuer's bundle.
KeyPtr signingKey()
{
    static EVP_PKEY *key = EVP_RSA_gen(2048);
    if (!key || EVP_PKEY_up_ref(key) != 1)
        return KeyPtr(nullptr, &EVP_PKEY_free);
    return KeyPtr(key, &EVP_PKEY_free);
}

QByteArray uniqueName(const char *prefix)
{
    return prefix + QUuid::createUuid().toByteArray(QUuid::WithoutBraces).left(8);
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

// A certificate for `key` named `cn`, issued by `issuer` (self-issued when null); signed later.
CertPtr makeCert(EVP_PKEY *key, const QByteArray &cn, X509 *issuer, long serial)
{
    CertPtr cert(X509_new(), &X509_free);
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), serial);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 365L * 24 * 3600);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("Berth tests"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : name);
    return cert;
}

bool sign(X509 *cert, EVP_PKEY *key)
{
    return X509_sign(cert, key, EVP_sha256()) > 0;
}

bool writePem(const QString &path, const std::function<int(BIO *)> &write)
{
    BIO *bio = BIO_new(BIO_s_mem());
    const bool ok = write(bio) == 1;
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    QFile f(path);
    const bool written = ok && f.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && f.write(data, len) == len;
    BIO_free(bio);
    return written;
}

bool writeCert(const QString &path, X509 *cert)
{
    return writePem(path, [cert](BIO *b) { return PEM_write_bio_X509(b, cert); });
}

bool writeKey(const QString &path, EVP_PKEY *key)
{
    return writePem(path, [key](BIO *b) {
        return PEM_write_bio_PrivateKey(b, key, nullptr, nullptr, 0, nullptr, nullptr);
    });
}

} // namespace

TestCertificates TestCertificates::generate(const QString &dir, const QStringList &extraDnsNames)
{
    QDir().mkpath(dir);
    KeyPtr caKey = makeTlsKey();
    KeyPtr serverKey = makeTlsKey();
    if (!caKey || !serverKey)
        return {};

    CertPtr ca = makeCert(caKey.get(), uniqueName("Berth Test CA "), nullptr, 1);
    bool ok = addExtension(ca.get(), ca.get(), NID_basic_constraints, "critical,CA:TRUE")
        && addExtension(ca.get(), ca.get(), NID_key_usage, "critical,keyCertSign,cRLSign")
        && addExtension(ca.get(), ca.get(), NID_subject_key_identifier, "hash")
        && sign(ca.get(), caKey.get());

    QByteArray sans = "IP:127.0.0.1,IP:127.0.0.2,IP:::1,DNS:localhost";
    for (const QString &name : extraDnsNames)
        sans += ",DNS:" + name.toUtf8();
    CertPtr server = makeCert(serverKey.get(), "localhost", ca.get(), 2);
    ok = ok && addExtension(server.get(), ca.get(), NID_basic_constraints, "critical,CA:FALSE")
        && addExtension(server.get(), ca.get(), NID_key_usage, "critical,digitalSignature")
        && addExtension(server.get(), ca.get(), NID_ext_key_usage, "serverAuth")
        && addExtension(server.get(), ca.get(), NID_subject_alt_name, sans.constData())
        && addExtension(server.get(), ca.get(), NID_authority_key_identifier, "keyid:always")
        && sign(server.get(), caKey.get());
    if (!ok)
        return {};

    TestCertificates c{dir + u"/ca.crt"_s, dir + u"/ca.key"_s, dir + u"/server.crt"_s, dir + u"/server.key"_s};
    if (!writeCert(c.caCertFile, ca.get()) || !writeKey(c.caKeyFile, caKey.get())
        || !writeCert(c.serverCertFile, server.get()) || !writeKey(c.serverKeyFile, serverKey.get()))
        return {};
    return c;
}

TestCertificates TestCertificates::generateClient(const QString &dir)
{
    QDir().mkpath(dir);
    KeyPtr caKey = makeTlsKey();
    KeyPtr clientKey = makeTlsKey();
    if (!caKey || !clientKey)
        return {};
    CertPtr ca = makeCert(caKey.get(), uniqueName("Berth Test Client CA "), nullptr, 1);
    bool ok = addExtension(ca.get(), ca.get(), NID_basic_constraints, "critical,CA:TRUE")
        && addExtension(ca.get(), ca.get(), NID_key_usage, "critical,keyCertSign,cRLSign")
        && addExtension(ca.get(), ca.get(), NID_subject_key_identifier, "hash") && sign(ca.get(), caKey.get());
    CertPtr client = makeCert(clientKey.get(), "berth-test-client", ca.get(), 2);
    ok = ok && addExtension(client.get(), ca.get(), NID_basic_constraints, "critical,CA:FALSE")
        && addExtension(client.get(), ca.get(), NID_key_usage, "critical,digitalSignature")
        && addExtension(client.get(), ca.get(), NID_ext_key_usage, "clientAuth")
        && addExtension(client.get(), ca.get(), NID_authority_key_identifier, "keyid:always")
        && sign(client.get(), caKey.get());
    if (!ok)
        return {};
    TestCertificates c{dir + u"/client-ca.crt"_s, dir + u"/client-ca.key"_s, dir + u"/client.crt"_s,
                       dir + u"/client.key"_s};
    if (!writeCert(c.caCertFile, ca.get()) || !writeKey(c.caKeyFile, caKey.get())
        || !writeCert(c.serverCertFile, client.get()) || !writeKey(c.serverKeyFile, clientKey.get()))
        return {};
    return c;
}

TestCertificates TestCertificates::generateSigning(const QString &dir)
{
    QDir().mkpath(dir);
    KeyPtr key = signingKey();
    if (!key)
        return {};
    CertPtr cert = makeCert(key.get(), uniqueName("Berth Test Token Signer "), nullptr, 1);
    const bool ok = addExtension(cert.get(), cert.get(), NID_basic_constraints, "critical,CA:TRUE")
        && addExtension(cert.get(), cert.get(), NID_key_usage, "critical,digitalSignature,keyCertSign")
        && sign(cert.get(), key.get());
    const QString certFile = dir + u"/signing.crt"_s;
    const QString keyFile = dir + u"/signing.key"_s;
    if (!ok || !writeCert(certFile, cert.get()) || !writeKey(keyFile, key.get()))
        return {};
    return TestCertificates{certFile, keyFile, certFile, keyFile};
}

} // namespace berth::test
