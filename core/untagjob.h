#pragma once
// Removes one tag and keeps the manifest and its other tags: the OCI tag DELETE where the registry
// supports it, otherwise the tag is pointed at a unique throw-away manifest that is then deleted by
// digest (Distribution 2.8 answers a tag DELETE with 400 DIGEST_INVALID).

#include "registryjobs.h"

#include <QStringList>

namespace berth {

class UntagJob final : public RegistryJob
{
    Q_OBJECT
public:
    enum class Method { None, TagDelete, ThrowAway };
    // Annotation and config media type of the throw-away manifest, so it can be recognised.
    static constexpr char ThrowAwayConfigType[] = "application/vnd.berth.untag.config.v1+json";

    UntagJob(RegistryClient *client, const QString &repository, const QString &tag);
    void start();
    void abort() override;

    // The manifest the tag pointed at; it stays in the repository.
    QString digest() const { return m_digest; }
    Method method() const { return m_method; }
    // Tags still pointing at digest() afterwards (natural order); valid when remainingKnown().
    const QStringList &remainingTags() const { return m_remaining; }
    bool remainingKnown() const { return m_remainingKnown; }

private:
    RequestSpec deleteSpec(const QString &reference) const;
    void deleteTag();
    void fetchOriginal();
    void uploadConfig();
    void putThrowAway();
    void deleteThrowAway(const QString &throwAwayDigest);
    void restore(const Error &cause);
    void listRemaining();
    void track(Job *job) { m_child = job; }

    QString m_repository;
    QString m_tag;
    QString m_digest;
    QByteArray m_original;          // the original manifest's bytes, to restore the tag on failure
    QString m_originalType;
    QByteArray m_config;            // the throw-away's unique config blob
    Method m_method = Method::None;
    QStringList m_remaining;
    bool m_remainingKnown = false;
    QPointer<Job> m_child;
};

} // namespace berth
