#include "digest.h"

#include <openssl/evp.h>

namespace berth {

bool isValidDigest(QStringView digest)
{
    static constexpr QStringView prefix = u"sha256:";
    if (digest.size() != prefix.size() + 64 || !digest.startsWith(prefix))
        return false;
    for (QChar c : digest.mid(prefix.size())) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return false;
    }
    return true;
}

QString digestHex(QStringView digest)
{
    return isValidDigest(digest) ? digest.mid(7).toString() : QString();
}

struct Sha256::Private {
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~Private() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256() : d(std::make_unique<Private>())
{
    reset();
}

Sha256::~Sha256() = default;

void Sha256::reset()
{
    EVP_DigestInit_ex(d->ctx, EVP_sha256(), nullptr);
}

void Sha256::addData(const char *data, qsizetype size)
{
    EVP_DigestUpdate(d->ctx, data, size_t(size));
}

QString Sha256::digest()
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_DigestFinal_ex(d->ctx, md, &len);
    return QStringLiteral("sha256:")
        + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(md), int(len)).toHex());
}

QString Sha256::digestOf(const QByteArray &data)
{
    Sha256 h;
    h.addData(data);
    return h.digest();
}

} // namespace berth
