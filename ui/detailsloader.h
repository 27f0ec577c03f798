#pragma once
// Loads what the details pane shows for a tag or digest: the manifest, and for an image its config.

#include "core/error.h"
#include "core/manifest.h"

#include <QObject>
#include <QPointer>

namespace berth {

class RegistryConnections;

struct ImageDetails {
    QString registry;
    QString repository;
    QString reference;   // the tag or digest asked for
    Manifest manifest;
    QByteArray config;   // image config bytes (empty for an index or an artifact)
    Error error;

    bool hasManifest() const { return !manifest.digest.isEmpty(); }
    bool isImageConfig() const;
    // host/repo:tag or host/repo@digest.
    QString fullReference() const;
};

class DetailsLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsLoader)
public:
    explicit DetailsLoader(RegistryConnections *connections, QObject *parent = nullptr);

    // Starts loading; an earlier load still running is forgotten.
    void load(const QString &registry, const QString &repository, const QString &reference);
    void cancel() { ++m_generation; }

signals:
    void loaded(const berth::ImageDetails &details);

private:
    void loadConfig(ImageDetails details, quint64 generation);

    RegistryConnections *m_connections;
    quint64 m_generation = 0;
};

} // namespace berth
