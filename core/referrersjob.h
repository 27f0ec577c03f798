#pragma once
// The referrers of a manifest (OCI 1.1: signatures, SBOMs, attestations): the referrers API, or
// on registries without it (Distribution 2.8) the `sha256-<hex>` fallback tag's index.

#include "registryjobs.h"

namespace berth {

class ReferrersJob final : public RegistryJob
{
    Q_OBJECT
public:
    // artifactType empty: every referrer; otherwise only those of that type (filtered here when the
    // registry does not say it applied the filter).
    ReferrersJob(RegistryClient *client, const QString &repository, const QString &digest,
                 const QString &artifactType = {});
    void start();

    const QList<Descriptor> &referrers() const { return m_referrers; }
    // True when the answer came from the fallback tag (or its absence) instead of the API.
    bool usedFallback() const { return m_fallback; }

    // "sha256:<hex>" -> "sha256-<hex>"; empty for an invalid digest.
    static QString fallbackTag(const QString &digest);

private:
    void requestPage(const QUrl &url, const QString &path);
    void requestFallback();
    bool takeIndex(const QByteArray &body, const QByteArray &contentType, bool filterApplied);

    QString m_repository;
    QString m_digest;
    QString m_artifactType;
    QList<Descriptor> m_referrers;
    QSet<QString> m_visited;
    bool m_fallback = false;
};

} // namespace berth
