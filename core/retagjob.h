#pragma once
// Puts an existing manifest under another tag of the same repository: its exact bytes are read and
// PUT under the new tag, so the digest stays the same.

#include "registryjobs.h"

namespace berth {

class RetagJob final : public RegistryJob
{
    Q_OBJECT
public:
    // reference: a tag or a digest of the repository.
    RetagJob(RegistryClient *client, const QString &repository, const QString &reference, const QString &newTag);
    void start();
    void abort() override;

    QString digest() const { return m_digest; }

private:
    QString m_repository;
    QString m_reference;
    QString m_newTag;
    QString m_digest;
    QPointer<Job> m_child;
};

} // namespace berth
