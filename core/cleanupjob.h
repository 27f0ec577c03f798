#pragma once
// Deletes a set of manifests of one repository as one job, one request at a time, with progress:
// what a clean-up, a multi-tag delete and a whole-repository delete run.

#include "registryjobs.h"

#include <QStringList>

namespace berth {

class DeleteManifestsJob final : public RegistryJob
{
    Q_OBJECT
public:
    DeleteManifestsJob(RegistryClient *client, const QString &repository, const QStringList &digests);
    void start();

    int total() const { return int(m_digests.size()); }
    // Deleted now, or already gone (404).
    const QStringList &deleted() const { return m_deleted; }
    const QStringList &failed() const { return m_failed; }

signals:
    void progress(int done, int total, const QString &digest);

private:
    void next();

    QString m_repository;
    QStringList m_digests;
    QStringList m_deleted;
    QStringList m_failed;
    Error m_firstError;
    int m_index = 0;
};

} // namespace berth
