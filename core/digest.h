#pragma once
// Content digests: validation of "sha256:<64 lowercase hex>" and streaming SHA-256 (OpenSSL EVP).

#include <QByteArray>
#include <QString>

#include <memory>

namespace berth {

// True only for "sha256:" followed by exactly 64 lowercase hex digits. Anything else must never
// reach a file path (CVE-2024-3727).
bool isValidDigest(QStringView digest);

// The hex part of a valid digest, or an empty string.
QString digestHex(QStringView digest);

class Sha256 final
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(const char *data, qsizetype size);
    void addData(const QByteArray &data) { addData(data.constData(), data.size()); }
    void reset();
    // "sha256:<hex>"; finalises the hash, call reset() to reuse.
    QString digest();

    static QString digestOf(const QByteArray &data);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace berth
