#pragma once
// Docker Hub mirrors, as Docker's registry-mirrors: a read of a docker.io reference goes to the
// first endpoint (mirrors in order, docker.io last) that has the manifest.

#include "job.h"

#include <QList>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace berth {

class RegistryClient;
class RegistryReply;

namespace mirrors {
// "https://mirror.example.com/", "mirror.example.com:5000" -> "mirror.example.com:5000"; nullopt
// when it is not a registry address (a path on a mirror is not supported, as in Docker).
std::optional<QString> registryOf(const QString &mirror);
// Errors after which the next endpoint is tried: the mirror is down, refuses, lacks the image or
// breaks; not a local problem or a cancellation.
bool fallsBack(const Error &error);
} // namespace mirrors

// Asks each endpoint in order for the manifest (HEAD) and finishes with the first that has it.
// The endpoints are given by the caller, the upstream (docker.io) last; when all fail, the error
// is the last endpoint's. Not owned.
class MirrorSelection final : public Job
{
    Q_OBJECT
public:
    MirrorSelection(const QList<RegistryClient *> &endpoints, const QString &repository, const QString &reference,
                    QObject *parent = nullptr);

    void start();
    void abort() override;

    // The endpoint that has the manifest (valid inside finished() and after, while it lives).
    RegistryClient *client() const { return m_chosen; }
    // One line per endpoint skipped, saying why.
    QStringList skipped() const { return m_skipped; }

private:
    void tryEndpoint(int index);

    QList<QPointer<RegistryClient>> m_endpoints;
    QString m_repository;
    QString m_reference;
    QPointer<RegistryClient> m_chosen;
    QPointer<RegistryReply> m_current;
    QStringList m_skipped;
};

} // namespace berth
