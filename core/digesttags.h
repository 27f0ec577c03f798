#pragma once
// Which tags of a repository point at a digest: what a delete by digest takes away with it.

#include "job.h"

#include <QPointer>
#include <QStringList>

namespace berth {

class RegistryClient;

class DigestTagsJob final : public Job
{
    Q_OBJECT
public:
    static constexpr int Parallel = 8;

    DigestTagsJob(RegistryClient *client, const QString &repository, const QString &digest);
    void start();

    // Tags whose manifest digest is the digest, in natural order.
    const QStringList &tags() const { return m_tags; }

private:
    void headNext();

    QPointer<RegistryClient> m_client;
    QString m_repository;
    QString m_digest;
    QStringList m_pending;
    QStringList m_tags;
    int m_running = 0;
};

} // namespace berth
